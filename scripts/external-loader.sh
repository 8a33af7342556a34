#!/bin/sh
# Trunk post-build hook: moves Trunk's inline loader (<script type="module"> … </script>) out of
# index.html into a file of its own, so that the page runs under a Content-Security-Policy with
# `script-src 'self' 'wasm-unsafe-eval'` (no inline script). The file name carries a checksum of
# its contents, so a browser never pairs a cached loader with a newer build. Works on minified
# HTML too (the whole page on one line).
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
html="$dir/index.html"
tmp="$dir/loader.tmp.js"
LOADER_OUT="$tmp" perl -0777 -ne '
  m{<script type="?module"?>(.*?)</script>}s or exit 3;
  open(my $f, ">", $ENV{LOADER_OUT}) or die "$!";
  print $f $1;
' "$html" || { echo "external-loader: no inline loader found in $html" >&2; exit 1; }
sum=$(cksum < "$tmp" | cut -d' ' -f1)
mv "$tmp" "$dir/loader-$sum.js"
LOADER_SRC="./loader-$sum.js" perl -0777 -pi -e '
  s{<script type="?module"?>.*?</script>}{<script type="module" src="$ENV{LOADER_SRC}"></script>}s
' "$html"

# Release builds: minify wasm-bindgen's JavaScript (needs node and terser, which scripts/setup.sh
# installs with wasm-opt, also needed only for release builds).
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node "${TRUNK_SOURCE_DIR:-.}/scripts/minify-glue.mjs" "$dir"
fi

# The static first view: the default view's chart, drawn as SVG by the explorer's own native
# chart code from the bundled data, written into the page (src/cli/first_view.rs).
(cd "${TRUNK_SOURCE_DIR:-.}" && cargo run --quiet --bin first-view -- . "$html")
