#!/usr/bin/env bash
# Starts Parallax from a fresh machine: `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
export TURBO_TELEMETRY_DISABLED=1

ensure_pnpm
ensure_deps
pnpm -s parallax compare ../shared/seeds/000_666e79362ecab168.txt ../shared/seeds/004_81cbc7f277f12237.txt "$@"
