# The two commands of the README, and a few more for analysts and developers.
.PHONY: serve test setup build data validate bench bench-size fuzz

## Serve the app at http://127.0.0.1:8080 (installs what is missing first).
serve:
	scripts/serve.sh

## Run every test (installs what is missing first).
test:
	scripts/test.sh

## Install the tools only.
setup:
	scripts/setup.sh

## Release build into dist/ (relative URLs: host it under any path).
build:
	scripts/setup.sh
	. scripts/env.sh && trunk build --release

## Rebuild data/ from the raw public files in raw/.
data:
	cargo run --quiet --bin prepare-data

## Check the data files (and write every figure to figures.csv with CSV=figures.csv).
validate:
	cargo run --quiet --bin validate -- data/ $(if $(CSV),--csv $(CSV))

## Print the gzip size of what a first visit downloads (after `make build`).
bench-size:
	scripts/bench-size.sh

## Performance benchmarks in headless Chromium; writes bench/RESULTS.md (RUNS=7 visits per case).
bench:
	scripts/bench.sh

## Fuzz the JSON loader, the CSV importer and the address parser (FUZZ_SECONDS each, default 600).
fuzz:
	scripts/fuzz.sh $(or $(FUZZ_SECONDS),600)
