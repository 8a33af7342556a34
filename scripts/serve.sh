#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 (works offline).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh
exec trunk serve "$@"
