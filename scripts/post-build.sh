#!/bin/sh
# Trunk's post-build hook, its steps in order (Trunk would run separate hooks at the same time):
# the explorer's wasm split into a main module and chunks loaded when first needed
# (scripts/split-wasm.mjs); then the loader moved out of the page, the glue minified and the
# static first view written (scripts/external-loader.sh).
set -eu
src="${TRUNK_SOURCE_DIR:-.}"
node "$src/scripts/split-wasm.mjs"
sh "$src/scripts/external-loader.sh"
