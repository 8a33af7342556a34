#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm32), native tests, the data check,
# a release build with trunk, and the end-to-end tests in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native: the explorer and the build's wasm splitter, tools/split-wasm)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings

step "cargo test (native)"
cargo test --locked

step "data/ is rebuilt exactly from raw/, and passes the validator"
cargo run --quiet --locked --bin prepare-data -- --check
cargo run --quiet --locked --bin validate -- data/

step "trunk build --release"
trunk build --release

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 --test-reporter=spec e2e/
