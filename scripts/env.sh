# Sourced by the other scripts: puts the project's tools on PATH.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Keep npm quiet and offline-friendly: no audit or funding requests.
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
