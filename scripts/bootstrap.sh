#!/usr/bin/env bash
# Brings a fresh clone to a runnable state with nothing but Node 20 and npm: pnpm at the version
# pinned in package.json, the locked dependencies, and the SDK bundle the collector serves.
# Sourced by test-all.sh (so a pnpm installed under .tools/ stays on PATH), run by `npm run demo`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  # corepack cannot verify signatures against this registry, so pnpm comes from npm itself.
  if ! npm install -g "pnpm@$pnpm_version" >/dev/null 2>&1; then
    echo "bootstrap: npm cannot install globally here; installing pnpm@$pnpm_version under .tools/"
    npm install --no-save --prefix .tools "pnpm@$pnpm_version" >/dev/null
    export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  fi
fi
echo "bootstrap: pnpm $(pnpm --version)"

pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
pnpm --filter @shinsa/sdk build
