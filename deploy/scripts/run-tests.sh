#!/usr/bin/env bash
# Every test, as the README's `./mud test` and CI run them. Installs what the tests need from Debian's
# packages when missing (PostgreSQL; tintin++ for the MSDP client test; chromium and chromium-driver for the
# browser tests), starts a throwaway PostgreSQL on loopback unless MUD_TEST_POSTGRES names one, builds in
# Release and runs the whole suite. Extra arguments go to `dotnet test` (for example --filter "Category=Unit").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# Real clients from Debian's packages: tintin++ (an MSDP-speaking MUD client) and Chromium with its
# chromedriver for the browser tests. Nothing is downloaded at run time.
missing=()
[[ -x /usr/games/tt++ || -x /usr/bin/tt++ ]] || missing+=(tintin++)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
if (( ${#missing[@]} > 0 )); then
  [[ $EUID -eq 0 ]] || { echo "mud test: ${missing[*]} missing and we are not root to install them" >&2; exit 1; }
  echo "mud test: installing ${missing[*]} with apt-get (one-off)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ -z "${MUD_TEST_POSTGRES:-}" ]]; then
  PG_DIR="$(mktemp -d /tmp/mud-test-pg.XXXXXX)"
  trap 'bash "$ROOT/deploy/scripts/test-postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true' EXIT
  MUD_TEST_POSTGRES="$(bash "$ROOT/deploy/scripts/test-postgres.sh" start "$PG_DIR" | tail -n 1)"
  export MUD_TEST_POSTGRES
fi

echo "mud test: building (Release)"
dotnet build Mud.sln -c Release -nologo -v quiet -clp:ErrorsOnly

echo "mud test: running tests"
RESULTS="$(mktemp -d /tmp/mud-test-results.XXXXXX)"
status=0
# A test that stops making progress for 5 minutes fails the run and is named, rather than hanging CI.
dotnet test Mud.sln -c Release --no-build --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" \
  --results-directory "$RESULTS" --blame-hang-timeout 5m --blame-hang-dump-type none "$@" || status=$?

# Each failed test again, then one plain closing line that any CI reads: "N passed, N failed".
passed=0 failed=0
for trx in "$RESULTS"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -m 1 -o '<Counters [^>]*>' "$trx")"
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  awk -f "$ROOT/deploy/scripts/trx-failures.awk" "$trx"
done
rm -rf "$RESULTS"
echo "tests: $passed passed, $failed failed"
if (( passed == 0 )); then echo "mud test: no test ran" >&2; exit 1; fi
exit "$status"
