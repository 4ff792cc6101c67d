#!/usr/bin/env bash
# Every check and every test, from a fresh clone: `npm test` (README), also what .ci/run calls.
# Installs what a fresh machine lacks when it can (pnpm, Chromium, a running PostgreSQL), and
# fails loudly when it cannot: PostgreSQL is never skipped silently.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_COLOR=1
source scripts/bootstrap.sh
set +e

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
have_apt() { command -v apt-get >/dev/null; }

# --- Chromium for the browser tests (Debian's; Playwright never downloads one here) ---
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "test: installing Chromium from apt"
  if have_apt; then
    (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >/dev/null
  fi
  [ -x "$CHROMIUM_PATH" ] || { echo "test: no Chromium at $CHROMIUM_PATH; install it or set CHROMIUM_PATH" >&2; exit 1; }
fi

# --- Xvfb for the adversary specs: their honest controls are headed browsers nobody automates ---
if ! command -v Xvfb >/dev/null && have_apt; then
  echo "test: installing Xvfb from apt"
  (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb) >/dev/null || true
fi
command -v Xvfb >/dev/null || echo "test: no Xvfb; the adversary specs will be skipped (apt-get install -y xvfb)" >&2
# Debian's ChromeDriver, for the adversary run's Selenium technique (left out where it is missing).
if [ ! -x /usr/bin/chromedriver ] && have_apt; then
  echo "test: installing ChromeDriver from apt"
  (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-driver) >/dev/null || true
fi

# --- PostgreSQL for the database tests ---
export DATABASE_URL="${DATABASE_URL:-postgres://root:root@127.0.0.1:5432/test}"
pg_up() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_up; then
  if ! command -v pg_ctlcluster >/dev/null && have_apt; then
    echo "test: installing PostgreSQL from apt"
    (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null
  fi
  if command -v pg_ctlcluster >/dev/null; then
    for version in $(ls /etc/postgresql 2>/dev/null); do
      as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null
    done
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if pg_up && [ "$(id -u)" = 0 ] && command -v su >/dev/null; then
  # A plain Debian install has neither the role nor the database the tests use.
  su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='root'\"" 2>/dev/null | grep -q 1 ||
    su postgres -c "psql -qc \"create role root superuser login password 'root'\"" >/dev/null 2>&1
  su postgres -c "psql -qtAc \"select 1 from pg_database where datname='test'\"" 2>/dev/null | grep -q 1 ||
    su postgres -c "createdb -O root test" >/dev/null 2>&1
fi
if ! node -e 'const s=require("net").connect(5432,"127.0.0.1");s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1))'; then
  if [ "${SHINSA_SKIP_PG:-}" = 1 ] && [ -z "${CI:-}" ]; then
    echo "test: WARNING: PostgreSQL is unreachable and SHINSA_SKIP_PG=1: its tests are SKIPPED" >&2
  else
    echo "test: PostgreSQL is unreachable at 127.0.0.1:5432; its tests cannot run (outside CI, SHINSA_SKIP_PG=1 skips them)" >&2
    exit 1
  fi
fi

# --- Checks, then tests; every runner writes a JSON report into reports/ ---
status=0
pnpm -r build || status=1
pnpm -r typecheck || status=1
pnpm exec biome ci --colors=off . || status=1
rm -rf reports && mkdir -p reports
pnpm -r --workspace-concurrency=1 --no-bail test || status=1
node scripts/ci-summary.mjs reports || status=1
exit $status
