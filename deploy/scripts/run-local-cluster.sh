#!/usr/bin/env bash
# Several silos, the Portal and the WebPortal on this machine, on PostgreSQL:
#   deploy/scripts/run-local-cluster.sh start [N]   N silos (default 3)
#   deploy/scripts/run-local-cluster.sh stop        stop them (and the PostgreSQL this script started)
# With MUD_POSTGRES set to an Npgsql connection string it uses that database; otherwise it starts a private
# PostgreSQL of its own under <data>/local-postgres (deploy/scripts/test-postgres.sh; installs Debian's
# postgresql package if needed) and keeps it between runs until `stop`. Everything else is ./mud: the same
# settings (Mud__Telnet__Port, Mud__DataDirectory, ...), `./mud status`, `./mud reload` (a rolling restart).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$(realpath -m "${Mud__DataDirectory:-$ROOT/data}")"
PG_DIR="$DATA/local-postgres"

case "${1:-}" in
  start)
    silos="${2:-3}"
    postgres="${MUD_POSTGRES:-}"
    if [[ -z "$postgres" ]]; then
      mkdir -p "$DATA"
      # Resumed when it exists (after a reboot, say), so the game's data stays.
      if [[ -e "$PG_DIR" ]]; then what=resume; else what=start; fi
      postgres="$(bash "$ROOT/deploy/scripts/test-postgres.sh" "$what" "$PG_DIR" | tail -n 1)"
    fi
    exec "$ROOT/mud" start --postgres "$postgres" --silos "$silos"
    ;;
  stop)
    "$ROOT/mud" stop
    if [[ -e "$PG_DIR" ]]; then bash "$ROOT/deploy/scripts/test-postgres.sh" stop "$PG_DIR"; fi
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
