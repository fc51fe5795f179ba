#!/usr/bin/env bash
# Measures failover: three silos on PostgreSQL with players connected, then KILLS silos killed with SIGKILL one
# after another (each brought back before the next kill). Prints, per kill, how long after the SIGKILL every
# player's next command was answered, and the median and worst over all kills. It runs the end-to-end test
# SiloFailoverTests with MUD_FAILOVER_KILLS set, so the same assertions hold on every kill.
#   deploy/scripts/measure-failover.sh [KILLS]     (default 5; needs a Release build, e.g. after ./mud test;
#                                                  MUD_FAILOVER_LOG=FILE keeps the whole test output)
# Uses MUD_TEST_POSTGRES when set; otherwise starts a throw-away PostgreSQL like ./mud test does.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export MUD_FAILOVER_KILLS="${1:-5}"

if [[ -z "${MUD_TEST_POSTGRES:-}" ]]; then
  PG_DIR="$(mktemp -d /tmp/mud-measure-pg.XXXXXX)"
  trap 'bash "$ROOT/deploy/scripts/test-postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true' EXIT
  MUD_TEST_POSTGRES="$(bash "$ROOT/deploy/scripts/test-postgres.sh" start "$PG_DIR" | tail -n 1)"
  export MUD_TEST_POSTGRES
fi

dotnet test Tests/Mud.Tests/Mud.Tests.csproj -c Release --no-build --filter "FullyQualifiedName~SiloFailoverTests" \
  --logger "console;verbosity=detailed" | tee "${MUD_FAILOVER_LOG:-/dev/null}" | grep -E "^ *(kill [0-9]+|failover over|Passed|Failed)" 
