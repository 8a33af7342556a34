#!/usr/bin/env bash
# Prints the gzip-compressed size of what a first visit downloads: the page, the wasm, the JS,
# the CSS and the data files the first screen fetches. A benchmark, not a test: it prints
# numbers and checks nothing. Builds dist/ first when it is missing.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
if [ ! -f dist/index.html ]; then
  scripts/setup.sh
  trunk build --release
fi
gz() { gzip -9 -c "$1" | wc -c; }
total=0
row() { # label file
  local raw gzipped
  raw=$(wc -c < "$2"); gzipped=$(gz "$2")
  total=$((total + gzipped))
  printf '%-10s %-40s %10s %10s\n' "$1" "${2#dist/}" "$raw" "$gzipped"
}
printf '%-10s %-40s %10s %10s\n' kind file bytes gzip
row html dist/index.html
# The importer's worker (import-worker*) is fetched only when a user opens a file, and the wasm
# chunks (split_*, chunk_*: docs/performance.md, item 12) when their view is first shown.
for f in dist/*.wasm; do case "$f" in */import-worker*|*/split_*|*/chunk_*) ;; *) row wasm "$f" ;; esac; done
for f in dist/*.js; do case "$f" in */import-worker*) ;; *) row js "$f" ;; esac; done
for f in dist/*.css; do row css "$f"; done
# The first screen (Population) fetches the area list and the population data.
row data dist/data/areas.json
row data dist/data/population.json
printf '%-10s %-40s %10s %10s\n' total "first visit" "" "$total"
# Each other theme's file is fetched when the theme is first opened.
for f in dist/data/*.json; do
  case "$f" in */areas.json|*/population.json) continue ;; esac
  row later "$f"
done
printf '%-10s %-40s %10s %10s\n' total "all themes opened" "" "$total"
# The views split off, each when first shown.
for f in dist/split_*.wasm dist/chunk_*.wasm; do [ -f "$f" ] && row later "$f"; done
printf '%-10s %-40s %10s %10s
' total "and every split view shown" "" "$total"
# The importer, when a user first opens a file.
for f in dist/import-worker*; do row later "$f"; done
printf '%-10s %-40s %10s %10s\n' total "and a file opened" "" "$total"
