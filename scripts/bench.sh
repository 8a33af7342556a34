#!/usr/bin/env bash
# Performance benchmarks (not tests): builds the release, runs bench/run.mjs in headless Chromium
# and writes its report to bench/RESULTS.md (and the terminal). RUNS sets the visits per case.
#
#   make bench            # or: RUNS=9 scripts/bench.sh
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh
trunk build --release
node bench/run.mjs "${RUNS:-7}" | tee bench/RESULTS.md.new
mv bench/RESULTS.md.new bench/RESULTS.md
