#!/usr/bin/env bash
# The Mud launcher: builds and runs the silo, the telnet Portal and the WebPortal in the background.
#   ./mud start    build, start everything, return once players can connect
#   ./mud stop     stop everything this data folder's launcher started
#   ./mud status   each process with its PID and port
#   ./mud reload   rebuild and restart the silo; the Portal keeps every socket open
#   ./mud test     install what the tests need, then run every test
# Settings come from environment variables (Mud__Telnet__Port=4100, Mud__DataDirectory=/var/lib/mud, ...);
# see the README for the full list.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONFIGURATION="${MUD_CONFIGURATION:-Release}"
DATA="$(realpath -m "${Mud__DataDirectory:-$ROOT/data}")"
RUN="$DATA/run"
LOGS="$DATA/logs"
APPS="$DATA/app"
BIND="${Mud__BindAddress:-127.0.0.1}"
TELNET_PORT="${Mud__Telnet__Port:-4000}"
WEBSOCKET_PORT="${Mud__WebSocket__Port:-4001}"
WEB_PORT="${Mud__Web__Port:-8080}"
SILO_PORT="${Mud__Silo__Port:-11111}"
GATEWAY_PORT="${Mud__Silo__GatewayPort:-30000}"
START_TIMEOUT="${MUD_START_TIMEOUT:-120}"
export Mud__DataDirectory="$DATA"

# name -> project folder and assembly
declare -A PROJECT=([silo]=Silo [portal]=Portal [web]=WebPortal)
declare -A ASSEMBLY=([silo]=Mud.Silo.dll [portal]=Mud.Portal.dll [web]=Mud.WebPortal.dll)

say() { printf 'mud: %s\n' "$*"; }
fail() { printf 'mud: %s\n' "$*" >&2; exit 1; }

# A zombie still answers kill -0, so read the process state too.
alive() {
  local pid="$1" state
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "$state" != "Z" && "$state" != "X" ]]
}

pid_of() { [[ -f "$RUN/$1.pid" ]] && cat "$RUN/$1.pid" || true; }

running() { alive "$(pid_of "$1")"; }

build() {
  if [[ "${MUD_NO_BUILD:-}" == "1" ]]; then return; fi
  say "building ($CONFIGURATION)..."
  dotnet build "$ROOT/Mud.sln" -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
    || { cat "$LOGS/build.log" >&2; fail "build failed (log: $LOGS/build.log)"; }
}

# Each process runs from its own copy of the build, so a later build never changes files under a running process.
snapshot() {
  local name="$1" out="$ROOT/${PROJECT[$1]}/bin/$CONFIGURATION/net10.0"
  [[ -f "$out/${ASSEMBLY[$name]}" ]] || fail "$out/${ASSEMBLY[$name]} is missing: build first (without MUD_NO_BUILD=1)"
  local target="$APPS/$name-$(date +%Y%m%d%H%M%S%N)"
  mkdir -p "$target"
  cp -a "$out/." "$target/"
  # Keep only the two newest copies of each process (names sort by time; cp -a keeps the build's mtime).
  ls -d "$APPS/$name-"* 2>/dev/null | sort -r | tail -n +3 | xargs -r rm -rf
  printf '%s' "$target"
}

launch() {
  local name="$1" dir
  dir="$(snapshot "$name")"
  rm -f "$RUN/$name.ready"
  (cd "$dir" && exec setsid dotnet "${ASSEMBLY[$name]}" >>"$LOGS/$name.log" 2>&1 </dev/null) &
  echo $! >"$RUN/$name.pid"
}

# Waits until <name>.ready exists while the process lives.
await_ready() {
  local name="$1" waited=0 file="$RUN/$1.ready"
  while true; do
    if [[ -f "$file" ]] && running "$name"; then return 0; fi
    running "$name" || abort_start "$name" "exited during start"
    (( waited < START_TIMEOUT * 10 )) || abort_start "$name" "did not become ready in ${START_TIMEOUT}s"
    sleep 0.1; waited=$((waited + 1))
  done
}

# A half-started MUD is worse than none: show why, stop what did start, and fail.
abort_start() {
  tail -n 30 "$LOGS/$1.log" >&2
  for name in portal web silo; do terminate "$name"; done
  fail "$1 $2 (log: $LOGS/$1.log)"
}

terminate() {
  local name="$1" pid waited=0
  pid="$(pid_of "$name")"
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    while alive "$pid" && (( waited < 300 )); do sleep 0.1; waited=$((waited + 1)); done
    if alive "$pid"; then say "$name did not stop in 30s; killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$RUN/$name.pid" "$RUN/$name.ready"
}

now_ms() { date +%s%3N; }

cmd_start() {
  mkdir -p "$RUN" "$LOGS" "$APPS"
  if running silo || running portal || running web; then fail "already running (./mud status); stop it first"; fi
  local started; started="$(now_ms)"
  build
  launch silo
  launch portal
  launch web
  await_ready silo
  await_ready portal
  await_ready web
  say "running in $(( $(now_ms) - started )) ms (data: $DATA, logs: $LOGS)"
  say "play:  telnet $BIND $TELNET_PORT"
  say "json:  ws://$BIND:$WEBSOCKET_PORT/ (WebSocket, [\"name\", [args], {kwargs}])"
  say "web:   http://$BIND:$WEB_PORT/"
}

cmd_stop() {
  local any=0
  for name in portal web silo; do
    if running "$name"; then any=1; say "stopping $name (pid $(pid_of "$name"))"; fi
    terminate "$name"
  done
  (( any )) || say "nothing was running"
}

cmd_status() {
  local line code=0
  for name in silo portal web; do
    case "$name" in
      silo) line="silo port $SILO_PORT, gateway port $GATEWAY_PORT" ;;
      portal) line="telnet port $TELNET_PORT, websocket port $WEBSOCKET_PORT" ;;
      web) line="http port $WEB_PORT" ;;
    esac
    if running "$name"; then printf '%-7s running  pid %-8s %s\n' "$name" "$(pid_of "$name")" "$line"
    else printf '%-7s stopped\n' "$name"; code=3; fi
  done
  return $code
}

cmd_reload() {
  running portal || fail "the Portal is not running; use ./mud start"
  build
  local began; began="$(now_ms)"
  say "restarting the silo; players stay connected"
  # The Portal writes its ready file again once it has resumed every session on the new silo.
  rm -f "$RUN/portal.ready"
  terminate silo
  launch silo
  await_ready silo
  await_ready portal
  say "reloaded: the game was away for $(( $(now_ms) - began )) ms"
}

cmd_test() {
  exec bash "$ROOT/deploy/scripts/run-tests.sh" "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reload) cmd_reload ;;
  test) shift; cmd_test "$@" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
