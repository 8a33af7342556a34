#!/bin/sh
# Trunk post-build hook: moves Trunk's inline loader (<script type="module"> … </script>) out of
# index.html into a file of its own, so that the page runs under a Content-Security-Policy with
# `script-src 'self' 'wasm-unsafe-eval'` (no inline script). The file name carries a checksum of
# its contents, so a browser never pairs a cached loader with a newer build.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
html="$dir/index.html"
tmp="$dir/loader.tmp.js"
awk -v out="$tmp" '
  !inside && /<script type="module">/ { inside = 1; found = 1; print "@@LOADER@@"; next }
  inside && /<\/script>/ { inside = 0; next }
  inside { print > out; next }
  { print }
  END { if (!found) exit 3 }
' "$html" > "$html.new" || { echo "external-loader: no inline loader found in $html" >&2; exit 1; }
sum=$(cksum < "$tmp" | cut -d' ' -f1)
mv "$tmp" "$dir/loader-$sum.js"
sed "s|@@LOADER@@|<script type=\"module\" src=\"./loader-$sum.js\"></script>|" "$html.new" > "$html"
rm "$html.new"
