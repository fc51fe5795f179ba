#!/usr/bin/env bash
# A throwaway TinyMUX (Debian's tinymux package) on a loopback port, and the comparison of Mud against it.
#   deploy/bench/tinymux.sh start DIR PORT    install a game into DIR, start it on 127.0.0.1:PORT
#   deploy/bench/tinymux.sh stop DIR          stop the game started in DIR
#   deploy/bench/tinymux.sh restart PORT      have the game on PORT restart itself (@restart keeps the connections)
#   deploy/bench/tinymux.sh compare [OUT]     run the same workloads against a running Mud and a fresh TinyMUX,
#                                             one after the other, and print Mud's figures as ratios to
#                                             TinyMUX's. JSON reports go to OUT (default a temp folder).
# The workloads, in this order: idle sessions (memory at rest and per session: start the Mud just before, so both
# servers are fresh), think at one command a second (latency), think flat out (throughput), say in a crowded room,
# a player's round of look, get, drop, say, a line on the Public channel and a builder's @create and @destroy in a
# room of 200 pebbles (mixed: on the Mud, MUD_ADMIN=NAME:PASSWORD, an Admin, makes the clients Builders first), and
# think at one command a second while the game restarts (reload: ./mud reload, TinyMUX's @restart). For mixed, the
# Mud must run the benchmark world (Mud.Bench world --rooms 50 --items 200, whose pebbles lie in r0); TinyMUX gets
# as many pebbles in Limbo. One more, crowd, runs only when named: 10,000 idle sessions on the Mud alone (start it
# just before; TinyMUX's select() loop aborts past about 3,400 connections).
# compare reads the running Mud's port and data folder from Mud__Telnet__Port and Mud__DataDirectory (as the
# launcher does), the workload sizes from IDLE_CLIENTS (500), LATENCY_CLIENTS (500), THINK_CLIENTS (50),
# SAY_CLIENTS (200), MIXED_CLIENTS (50), MIXED_ITEMS (200), RELOAD_CLIENTS (1000), CROWD_CLIENTS (10000),
# LOAD_SECONDS (30; reload runs 40 s whatever it says), and which workloads to run from WORKLOADS (the six above,
# in that order).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GAME=/usr/share/tinymux/game
BIN=/usr/lib/tinymux/game/bin

say() { printf 'tinymux: %s\n' "$*"; }
fail() { printf 'tinymux: %s\n' "$*" >&2; exit 1; }

ensure_installed() {
  [[ -x "$BIN/netmux" ]] && return
  say "installing Debian's tinymux package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tinymux >/dev/null
}

alive() {
  local pid="$1" state
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "$state" != "Z" && "$state" != "X" ]]
}

cmd_start() {
  local dir="$1" port="$2"
  ensure_installed
  [[ -e "$dir/game" ]] && fail "$dir/game exists already; use an empty folder"
  mkdir -p "$dir/game/bin" "$dir/game/data" "$dir/game/text" "$dir/run"
  cp "$GAME"/*.conf "$GAME/mux.config" "$dir/game/"
  cp "$GAME"/text/*.txt "$dir/game/text/"
  for lib in netmux slave stubslave libmux.so sum.so; do ln -s "$BIN/$lib" "$dir/game/bin/$lib"; done
  # Loopback only; no command quota, creation limit or output cap, as Mud's per-address limits are lifted for the runs;
  # no checkpoint dumps in the middle of a measurement.
  cat >>"$dir/game/netmux.conf" <<CONF
port $port
ip_address 127.0.0.1
command_quota_max 1000000
command_quota_increment 1000000
pcreate_per_hour 1000000
output_limit 1048576
idle_timeout 86400
dump_interval 86400
CONF
  (cd "$dir/game" && LD_LIBRARY_PATH=bin setsid bin/netmux -c netmux.conf -p netmux.pid -e . >netmux.out 2>&1 </dev/null &)
  local waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    (( waited < 300 )) || fail "TinyMUX did not listen on $port in 30s (see $dir/game/netmux.out and $dir/game/*.log)"
    sleep 0.1; waited=$((waited + 1))
  done
  cp "$dir/game/netmux.pid" "$dir/run/tinymux.pid"
  say "running on 127.0.0.1:$port (pid $(cat "$dir/run/tinymux.pid"), folder $dir)"
}

cmd_stop() {
  local dir="$1" pid waited=0
  pid="$(cat "$dir/run/tinymux.pid" 2>/dev/null || true)"
  if alive "$pid"; then
    kill -TERM "$pid"
    while alive "$pid" && (( waited < 100 )); do sleep 0.1; waited=$((waited + 1)); done
    alive "$pid" && kill -KILL "$pid"
  fi
  rm -f "$dir/run/tinymux.pid"
}

# Creates COUNT objects named pebble in Limbo, where new players start, and the channel Public (which every player
# created after it joins as "pub", as on the Mud), as the Wizard of a fresh game.
furnish() {
  local port="$1" count="$2" line i
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  {
    printf 'connect Wizard potrzebie\r\n@ccreate Public\r\n'
    for ((i = 0; i < count; i++)); do printf '@create pebble\r\ndrop pebble\r\n'; done
    printf 'think furnished\r\nQUIT\r\n'
  } >&3
  while IFS= read -r -t 30 line <&3; do
    if [[ "$line" == furnished* ]]; then
      exec 3<&-
      say "put $count pebbles in Limbo and made the channel Public"
      return
    fi
  done
  exec 3<&-
  fail "TinyMUX did not confirm the $count pebbles"
}

# @restart as the Wizard, which a game refuses for its first seconds: asked again until it agrees.
cmd_restart() {
  local port="$1" line tries
  for ((tries = 0; tries < 30; tries++)); do
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'connect Wizard potrzebie\r\n@restart\r\n' >&3
    while IFS= read -r -t 30 line <&3; do
      case "$line" in
        *"Restart finished."*) exec 3<&-; say "restarted"; return ;;
        *"Server just started."*) break ;;
      esac
    done
    exec 3<&-
    sleep 2
  done
  fail "TinyMUX on $port did not restart"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-29999 -n 1
}

cmd_compare() {
  local out="${1:-$(mktemp -d /tmp/mud-vs-tinymux.XXXXXX)}"
  local mud_port="${Mud__Telnet__Port:-4000}" mud_run="${Mud__DataDirectory:-$ROOT/data}/run"
  local idle_clients="${IDLE_CLIENTS:-500}" latency_clients="${LATENCY_CLIENTS:-500}"
  local think_clients="${THINK_CLIENTS:-50}" say_clients="${SAY_CLIENTS:-200}" seconds="${LOAD_SECONDS:-30}"
  local mixed_clients="${MIXED_CLIENTS:-50}" mixed_items="${MIXED_ITEMS:-200}"
  local reload_clients="${RELOAD_CLIENTS:-1000}" crowd_clients="${CROWD_CLIENTS:-10000}"
  local bench="$ROOT/deploy/bench/Mud.Bench/bin/Release/net10.0/Mud.Bench.dll"
  [[ -f "$bench" ]] || dotnet build "$ROOT/deploy/bench/Mud.Bench" -c Release -nologo -v quiet -clp:ErrorsOnly
  mkdir -p "$out"
  local mux_dir; mux_dir="$(mktemp -d /tmp/tinymux.XXXXXX)"
  local mux_port; mux_port="$(free_port)"
  trap "bash '$0' stop '$mux_dir'; rm -rf '$mux_dir'" EXIT

  local -A workloads=(
    [idle]="--scenario idle --clients $idle_clients --ramp 10 --duration 2 --settle 10 --prefix cmpidle"
    [latency]="--scenario think --clients $latency_clients --rate 1 --ramp 10 --duration $seconds --prefix cmplat"
    [think]="--scenario think --clients $think_clients --rate 0 --ramp 5 --duration $seconds --prefix cmpthink"
    [say]="--scenario say --clients $say_clients --rate 0.5 --ramp 10 --duration $seconds --prefix cmpsay"
    [mixed]="--scenario mixed --clients $mixed_clients --rate 1 --ramp 5 --duration $seconds --spread 1 --prefix cmpmix"
    [reload]="--scenario think --clients $reload_clients --rate 1 --ramp 10 --duration 40 --during-at 10 --timeout 120 --prefix cmpreload"
    [crowd]="--scenario idle --clients $crowd_clients --ramp 0 --login-concurrency 100 --duration 2 --settle 10 --timeout 120 --spread 50 --prefix cmpcrowd"
  )
  # What the game does while a workload runs, on each server; and the workloads TinyMUX cannot run.
  local -A mud_during=([reload]="MUD_NO_BUILD=1 $ROOT/mud reload")
  local -A mux_during=([reload]="bash $ROOT/deploy/bench/tinymux.sh restart $mux_port")
  local -A mud_only=([crowd]=1)
  # The Mud's players spread over the benchmark world's rooms (20 a room), as in docs/performance.md; TinyMUX has only
  # Limbo. Its mixed round builds, which only a Builder may on the Mud (any TinyMUX player may).
  local -A mud_extra=([reload]="--spread 50" [mixed]="--admin ${MUD_ADMIN:-}")
  local order name
  read -r -a order <<<"${WORKLOADS:-idle latency think say mixed reload}"
  for name in "${order[@]}"; do
    [[ -n "${workloads[$name]:-}" ]] || fail "unknown workload '$name' in WORKLOADS (known: ${!workloads[*]})"
    [[ "$name" != mixed || -n "${MUD_ADMIN:-}" ]] \
      || fail "mixed builds: set MUD_ADMIN=NAME:PASSWORD to an Admin of the Mud (its first account is its Developer)"
  done
  cmd_start "$mux_dir" "$mux_port"
  furnish "$mux_port" "$mixed_items"
  for name in "${order[@]}"; do
    # Word splitting of the workload's options is meant: they hold no spaces of their own.
    # shellcheck disable=SC2086
    dotnet "$bench" ${workloads[$name]} ${mud_extra[$name]:-} ${mud_during[$name]:+--during "${mud_during[$name]}"} \
      --port "$mud_port" --run-dir "$mud_run" --output "$out/mud-$name.json"
    [[ -n "${mud_only[$name]:-}" ]] && continue
    # shellcheck disable=SC2086
    dotnet "$bench" ${workloads[$name]} ${mux_during[$name]:+--during "${mux_during[$name]}"} \
      --target tinymux --port "$mux_port" --run-dir "$mux_dir/run" --output "$out/tinymux-$name.json"
  done
  for name in "${order[@]}"; do
    echo
    if [[ -n "${mud_only[$name]:-}" ]]; then
      echo "$name: the Mud alone"
      dotnet "$bench" median "$out/mud-$name.json"
    else
      dotnet "$bench" compare "$out/mud-$name.json" "$out/tinymux-$name.json"
    fi
  done
  say "reports in $out"
}

case "${1:-}" in
  start) [[ $# -eq 3 ]] || fail "usage: $0 start DIR PORT"; cmd_start "$2" "$3" ;;
  stop) [[ $# -eq 2 ]] || fail "usage: $0 stop DIR"; cmd_stop "$2" ;;
  restart) [[ $# -eq 2 ]] || fail "usage: $0 restart PORT"; cmd_restart "$2" ;;
  compare) shift; cmd_compare "$@" ;;
  *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
