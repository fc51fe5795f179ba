#!/usr/bin/env bash
# Runs the scenarios of docs/performance.md against a running Mud, RUNS times each (default 3), and prints
# the median of the headline figures. The Mud must have been started with the bench world and its
# accounts placed (see deploy/bench/README.md); Mud__Telnet__Port and Mud__DataDirectory name it. The oob
# scenario expects Mud__Vitals__RegenerationSeconds=1 on the Mud, so vitals change every second.
#   deploy/bench/measure.sh OUT [SCENARIO...]     scenarios: latency throughput crowd walk oob reload capacity idle
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:?usage: $0 OUT [SCENARIO...]}"; shift
RUNS="${RUNS:-3}"
PORT="${Mud__Telnet__Port:-4000}"
RUN_DIR="${Mud__DataDirectory:-$ROOT/data}/run"
BENCH="$ROOT/deploy/bench/Mud.Bench/bin/Release/net10.0/Mud.Bench.dll"
[[ -f "$BENCH" ]] || dotnet build "$ROOT/deploy/bench/Mud.Bench" -c Release -nologo -v quiet -clp:ErrorsOnly
mkdir -p "$OUT"
common=(--port "$PORT" --run-dir "$RUN_DIR")

args_of() {
  case "$1" in
    latency) echo "--scenario think --clients 500 --rate 1 --ramp 10 --duration 30 --prefix cap" ;;
    throughput) echo "--scenario think --clients 50 --rate 0 --ramp 2 --duration 20 --prefix cap" ;;
    crowd) echo "--scenario say --clients 200 --rate 0.5 --ramp 10 --duration 30 --prefix crowd" ;;
    oob) echo "--scenario oob --clients 1000 --rate 0.5 --ramp 10 --duration 30 --prefix cap" ;;
    walk) echo "--scenario walk --clients 500 --rate 1 --ramp 10 --duration 30 --prefix cap" ;;
    reload) echo "--scenario think --clients 1000 --rate 1 --ramp 10 --duration 40 --during 'MUD_NO_BUILD=1 $ROOT/mud reload' --during-at 10 --timeout 120 --prefix cap" ;;
    capacity) echo "--scenario think --clients 10000 --rate 0.2 --ramp 0 --login-concurrency 100 --duration 60 --prefix cap" ;;
    idle) echo "--scenario idle --clients 1000 --ramp 10 --duration 2 --settle 10 --prefix cap" ;;
    *) echo "unknown scenario $1" >&2; exit 2 ;;
  esac
}

for scenario in "${@:-latency throughput crowd walk oob reload idle capacity}"; do
  for scenario1 in $scenario; do
    for run in $(seq 1 "$RUNS"); do
      eval "set -- $(args_of "$scenario1")"
      echo "== $scenario1 run $run (load average $(cut -d' ' -f1-3 /proc/loadavg))"
      dotnet "$BENCH" "$@" "${common[@]}" --label "$scenario1 $run" --output "$OUT/$scenario1-$run.json" | tee "$OUT/$scenario1-$run.txt"
    done
  done
done
