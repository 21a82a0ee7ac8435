#!/usr/bin/env bash
# Starts Parallax from a fresh machine: `npm start`. The API and the web app on one port
# (PORT, default 8787), stories kept in an embedded PostgreSQL under .data/ unless DATABASE_URL
# names a server.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
export TURBO_TELEMETRY_DISABLED=1

ensure_pnpm
ensure_deps
pnpm exec turbo run build --filter=@parallax/web --output-logs=errors-only
exec node --import tsx apps/api/src/server.ts
