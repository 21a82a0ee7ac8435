#!/usr/bin/env bash
# Every check and every test, from a fresh machine: `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
export TURBO_TELEMETRY_DISABLED=1 NO_COLOR=1

ensure_pnpm
ensure_postgres
ensure_chromium
ensure_deps

pnpm exec prettier --check . --log-level warn
pnpm exec turbo run lint typecheck build --output-logs=errors-only
rm -rf packages/*/test-results/vitest.json apps/*/test-results/vitest.json bench/*/test-results/vitest.json
pnpm exec turbo run test --concurrency=1 --output-logs=full -- \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
node scripts/test-summary.mjs
