#!/bin/sh
# Fuzzes with cargo-fuzz (libFuzzer) on the nightly toolchain: the JSON loaders, the Fingertips
# CSV importer, the address (URL state) parser, the whole path of a user's file to the drawn SVG
# and the downloadable figure (render), and the addresses the page writes (written_url).
#
#   scripts/fuzz.sh                 # each target for 600 s (10 minutes)
#   scripts/fuzz.sh 60 csv_import   # one target for a minute
#
# Seeds come from the bundled data and the test fixtures; the growing corpus stays in
# fuzz/corpus/ (not committed). A crash stops the script, leaving the input in fuzz/artifacts/.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
seconds="${1:-600}"
[ "$#" -gt 0 ] && shift
targets="${*:-json_loader csv_import url_state render written_url}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
for target in $targets; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  case "$target" in
    json_loader)
      cp data/areas.json data/boundaries.json data/housing.json data/finance-workforce.json "$corpus/"
      cp tests/fixtures/broken/*.json "$corpus/" 2>/dev/null || true ;;
    csv_import)
      cp tests/fixtures/import/*.csv "$corpus/" ;;
    render)
      cp tests/fixtures/import/*.csv "$corpus/" ;;
    written_url)
      printf 'Jun 2025\nae-4hr\nE06000023\nRD1\n' > "$corpus/monthly-imported"
      printf '2022/23\nfingertips-21001\nE00000001\n' > "$corpus/financial-year" ;;
    url_state)
      printf '%s' 'theme=health-inequalities&indicator=smoking-prevalence&areas=E06000030,E92000001&mode=absolute&map=places&view=table' > "$corpus/deep-link"
      printf '%s' '?theme=wealth&areas=E06000030,NOPE&mode=sideways&period=2022%2F23&embed=1' > "$corpus/stale-link" ;;
  esac
  echo "== fuzzing $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1
done
