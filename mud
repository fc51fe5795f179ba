#!/usr/bin/env bash
# The Mud launcher: builds and runs the silo(s), the telnet Portal and the WebPortal in the background.
#   ./mud start [--postgres "<Npgsql connection string>"] [--silos N]
#                  build, start everything, return once players can connect
#   ./mud stop     stop everything this data folder's launcher started
#   ./mud status   each process with its PID and ports
#   ./mud reload   rebuild and restart the silos; sockets stay open. One silo: the new one starts beside it
#                  and the old one hands over and leaves. Several: one at a time
#   ./mud restart <silo|siloN|portal|web>   restart one process from the last build
#   ./mud schema --postgres "<Npgsql connection string>"   create the PostgreSQL schema and exit
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
TELNET_TLS_PORT="${Mud__Telnet__TlsPort:-4002}"
WEBSOCKET_TLS_PORT="${Mud__WebSocket__TlsPort:-4003}"
WEB_PORT="${Mud__Web__Port:-8080}"
PORTAL_ADMIN_PORT="${Mud__Portal__AdminPort:-8081}"
WEB_ADMIN_PORT="${Mud__Web__AdminPort:-8082}"
SILO_PORT="${Mud__Silo__Port:-11111}"
GATEWAY_PORT="${Mud__Silo__GatewayPort:-30000}"
SILO_ADMIN_PORT="${Mud__Silo__AdminPort:-8090}"
# A launcher that a silo runs (@reload, @shutdown) inherits that silo's own ports; MUD_BASE_PORTS, which the launcher
# gives every silo it starts, carries the base ports it was started with.
if [[ -n "${MUD_BASE_PORTS:-}" ]]; then IFS=, read -r SILO_PORT GATEWAY_PORT SILO_ADMIN_PORT <<<"$MUD_BASE_PORTS"; fi
# Optional explicit ports per silo, comma-separated (entry k for silo k); a silo without one takes base + k - 1.
SILO_PORTS="${MUD_SILO_PORTS:-}"
GATEWAY_PORTS="${MUD_GATEWAY_PORTS:-}"
SILO_ADMIN_PORTS="${MUD_SILO_ADMIN_PORTS:-}"
START_TIMEOUT="${MUD_START_TIMEOUT:-120}"
export Mud__DataDirectory="$DATA"

# kind -> project folder and assembly. Silos are named "silo" when there is one, "silo1".."siloN" otherwise.
declare -A PROJECT=([silo]=Silo [portal]=Portal [web]=WebPortal)
declare -A ASSEMBLY=([silo]=Mud.Silo.dll [portal]=Mud.Portal.dll [web]=Mud.WebPortal.dll)
declare -A APP_DIR=()

# What `start` chose, kept for the other commands: how many silos, and the PostgreSQL connection string.
CLUSTER_FILE="$RUN/cluster.env"
# The embedded game's one silo takes turns between two sets of ports (entry 0 and 1 of the port lists, or base and
# base + 1) so that a reload can start the next silo beside the running one. This file says which it is on now.
SLOT_FILE="$RUN/silo.slot"
# During a hand-over: the silo that is leaving, so that `stop` finds it too.
LEAVING_FILE="$RUN/silo-leaving.pid"
SILOS=1
POSTGRES=""

say() { printf 'mud: %s\n' "$*"; }
fail() { printf 'mud: %s\n' "$*" >&2; exit 1; }

for list in "$SILO_PORTS" "$GATEWAY_PORTS" "$SILO_ADMIN_PORTS"; do
  [[ -z "$list" || "$list" =~ ^[0-9]+(,[0-9]+)*$ ]] \
    || fail "MUD_SILO_PORTS, MUD_GATEWAY_PORTS and MUD_SILO_ADMIN_PORTS are comma-separated port numbers, not '$list'"
done

# A zombie still answers kill -0, so read the process state too.
alive() {
  local pid="$1" state
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "$state" != "Z" && "$state" != "X" ]]
}

pid_of() { [[ -f "$RUN/$1.pid" ]] && cat "$RUN/$1.pid" || true; }

running() { alive "$(pid_of "$1")"; }

kind_of() { [[ "$1" == silo* ]] && echo silo || echo "$1"; }

silo_slot() { [[ -f "$SLOT_FILE" ]] && cat "$SLOT_FILE" || echo 0; }

# silo -> its current slot (0 or 1), silo3 -> 2: the offset added to the silo, gateway and admin ports.
silo_index() {
  if [[ "$1" == silo ]]; then silo_slot; return; fi
  local n="${1#silo}"; echo $(( ${n:-1} - 1 ))
}

# port_of <list> <base> <index>: entry <index> (from 0) of the comma-separated list when it has one, else base + index.
port_of() {
  local -a ports=()
  IFS=, read -ra ports <<<"$1"
  echo "${ports[$3]:-$(( $2 + $3 ))}"
}

silo_names() {
  if (( SILOS == 1 )); then echo silo; else local i; for (( i = 1; i <= SILOS; i++ )); do echo "silo$i"; done; fi
}

# Not "silo_names | grep -q": grep stops reading at the first match, and under pipefail an echo that then met the
# closed pipe made the check fail at random ("restart what?" for a silo that exists).
is_silo_name() {
  local name
  for name in $(silo_names); do [[ "$name" == "$1" ]] && return 0; done
  return 1
}

# Every silo this data folder knows of: the configured ones and any left with a PID file.
known_silos() {
  { silo_names; ls "$RUN" 2>/dev/null | sed -n 's/^\(silo[0-9]*\)\.pid$/\1/p'; } | sort -u -V
}

load_cluster() {
  if [[ -f "$CLUSTER_FILE" ]]; then
    # shellcheck disable=SC1090
    source "$CLUSTER_FILE"
  fi
  if [[ -n "$POSTGRES" ]]; then
    export Mud__Storage__Provider=PostgreSql Mud__Storage__ConnectionString="$POSTGRES"
  fi
}

save_cluster() {
  (umask 077; printf 'SILOS=%q\nPOSTGRES=%q\n' "$SILOS" "$POSTGRES" >"$CLUSTER_FILE")
}

build() {
  if [[ "${MUD_NO_BUILD:-}" == "1" ]]; then return; fi
  say "building ($CONFIGURATION)..."
  dotnet build "$ROOT/Mud.sln" -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
    || { cat "$LOGS/build.log" >&2; fail "build failed (log: $LOGS/build.log)"; }
}

# Each kind of process runs from its own copy of the build, so a later build never changes files under a
# running process. All silos of one start or reload share a copy.
snapshot() {
  local kind="$1" out="$ROOT/${PROJECT[$1]}/bin/$CONFIGURATION/net10.0"
  [[ -f "$out/${ASSEMBLY[$kind]}" ]] || fail "$out/${ASSEMBLY[$kind]} is missing: build first (without MUD_NO_BUILD=1)"
  local target="$APPS/$kind-$(date +%Y%m%d%H%M%S%N)"
  mkdir -p "$target"
  cp -a "$out/." "$target/"
  # Keep only the two newest copies of each kind (names sort by time; cp -a keeps the build's mtime).
  ls -d "$APPS/$kind-"* 2>/dev/null | sort -r | tail -n +3 | xargs -r rm -rf
  APP_DIR[$kind]="$target"
}

# The settings that set one process apart from the others of its kind.
process_env() {
  local name="$1"
  case "$name" in
    silo*)
      local i; i="$(silo_index "$name")"
      printf '%s\n' "Mud__Silo__Name=$name" "Mud__Silo__Port=$(port_of "$SILO_PORTS" "$SILO_PORT" "$i")" \
        "Mud__Silo__GatewayPort=$(port_of "$GATEWAY_PORTS" "$GATEWAY_PORT" "$i")" \
        "Mud__Silo__AdminPort=$(port_of "$SILO_ADMIN_PORTS" "$SILO_ADMIN_PORT" "$i")" \
        "Mud__Launcher=$ROOT/mud" "MUD_BASE_PORTS=$SILO_PORT,$GATEWAY_PORT,$SILO_ADMIN_PORT" \
        "Mud__Silo__JoinExisting=${JOIN_EXISTING:-false}" ;;
    portal|web)
      # The embedded game's two gateway ports: the silo is on one, and a reload starts the next on the other.
      printf '%s\n' "Mud__Silo__GatewayPort=$(port_of "$GATEWAY_PORTS" "$GATEWAY_PORT" 0)" \
        "Mud__Silo__HandoverGatewayPort=$(port_of "$GATEWAY_PORTS" "$GATEWAY_PORT" 1)" ;;
  esac
}

launch() {
  local name="$1" kind dir
  kind="$(kind_of "$name")"
  [[ -n "${APP_DIR[$kind]:-}" ]] || snapshot "$kind"
  dir="${APP_DIR[$kind]}"
  local -a settings=()
  mapfile -t settings < <(process_env "$name")
  rm -f "$RUN/$name.ready"
  (cd "$dir" && exec setsid env "${settings[@]}" dotnet "${ASSEMBLY[$kind]}" >>"$LOGS/$name.log" 2>&1 </dev/null) &
  echo $! >"$RUN/$name.pid"
}

# Waits until <name>.ready exists (and, with a second argument, is newer than that file) while the process lives.
# Returns 1, with the reason in WAIT_FAILURE, when the process exits or START_TIMEOUT passes.
wait_ready() {
  local name="$1" newer="${2:-}" waited=0 file="$RUN/$1.ready"
  while true; do
    if [[ -f "$file" ]] && running "$name" && { [[ -z "$newer" ]] || [[ "$file" -nt "$newer" ]]; }; then return 0; fi
    running "$name" || { WAIT_FAILURE="exited during start"; return 1; }
    (( waited < START_TIMEOUT * 10 )) || { WAIT_FAILURE="did not become ready in ${START_TIMEOUT}s"; return 1; }
    sleep 0.1; waited=$((waited + 1))
  done
}

await_ready() { wait_ready "$@" || abort_start "$1" "$WAIT_FAILURE"; }

# A half-started MUD is worse than none: show why, stop what did start, and fail.
abort_start() {
  tail -n 30 "$LOGS/$1.log" >&2
  local name
  for name in portal web $(known_silos); do terminate "$name"; done
  stop_leaving
  fail "$1 $2 (log: $LOGS/$1.log)"
}

terminate() {
  local name="$1"
  stop_pid "$name" "$(pid_of "$name")"
  rm -f "$RUN/$name.pid" "$RUN/$name.ready"
}

# stop_pid <name> <pid>: SIGTERM (a graceful stop), then SIGKILL after 30 s.
stop_pid() {
  local name="$1" pid="$2" waited=0
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    while alive "$pid" && (( waited < 300 )); do sleep 0.1; waited=$((waited + 1)); done
    if alive "$pid"; then say "$name did not stop in 30s; killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
}

# A silo left behind by a hand-over that was cut short.
stop_leaving() {
  [[ -f "$LEAVING_FILE" ]] || return 0
  stop_pid "the leaving silo" "$(cat "$LEAVING_FILE")"
  rm -f "$LEAVING_FILE"
}

now_ms() { date +%s%3N; }

cmd_start() {
  while (( $# > 0 )); do
    case "$1" in
      --postgres) [[ $# -ge 2 && -n "$2" ]] || fail "--postgres needs an Npgsql connection string"; POSTGRES="$2"; shift 2 ;;
      --silos) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]?$ ]] || fail "--silos needs a number from 1 to 99"; SILOS="$2"; shift 2 ;;
      *) fail "unknown option '$1' (see ./mud)" ;;
    esac
  done
  if (( SILOS > 1 )) && [[ -z "$POSTGRES" && "${Mud__Storage__Provider:-}" != [Pp]ostgre[Ss]ql ]]; then
    fail "several silos share their state through PostgreSQL: add --postgres \"<connection string>\""
  fi
  mkdir -p "$RUN" "$LOGS" "$APPS"
  local name
  for name in portal web $(known_silos); do
    if running "$name"; then fail "already running (./mud status); stop it first"; fi
  done
  rm -f "$RUN"/silo*.pid "$RUN"/silo*.ready "$SLOT_FILE"
  save_cluster
  load_cluster
  local started storage="embedded storage"; started="$(now_ms)"
  [[ -z "$POSTGRES" ]] || storage="PostgreSQL"
  build
  stop_leaving
  for name in $(silo_names) portal web; do launch "$name"; done
  for name in $(silo_names) portal web; do await_ready "$name"; done
  say "running in $(( $(now_ms) - started )) ms with $SILOS silo(s) on $storage (data: $DATA, logs: $LOGS)"
  # A TLS port set to 0 is off (TLS ends at a proxy in front): only the ports that listen are shown.
  if [[ "$TELNET_TLS_PORT" != 0 ]]; then
    say "play:  telnet $BIND $TELNET_PORT, or TLS on port $TELNET_TLS_PORT (Mudlet: Secure; tintin++: #ssl)"
  else
    say "play:  telnet $BIND $TELNET_PORT"
  fi
  if [[ "$WEBSOCKET_TLS_PORT" != 0 ]]; then
    say "json:  ws://$BIND:$WEBSOCKET_PORT/ or wss://$BIND:$WEBSOCKET_TLS_PORT/ (WebSocket, [\"name\", [args], {kwargs}])"
  else
    say "json:  ws://$BIND:$WEBSOCKET_PORT/ (WebSocket, [\"name\", [args], {kwargs}])"
  fi
  say "web:   http://$BIND:$WEB_PORT/"
}

cmd_stop() {
  load_cluster
  local any=0 name
  for name in portal web $(known_silos); do
    if running "$name"; then any=1; say "stopping $name (pid $(pid_of "$name"))"; fi
    terminate "$name"
  done
  if [[ -f "$LEAVING_FILE" ]] && alive "$(cat "$LEAVING_FILE")"; then any=1; say "stopping the leaving silo (pid $(cat "$LEAVING_FILE"))"; fi
  stop_leaving
  (( any )) || say "nothing was running"
}

cmd_status() {
  load_cluster
  local line code=0 name i
  for name in $(known_silos) portal web; do
    case "$name" in
      silo*) i="$(silo_index "$name")"
        line="silo port $(port_of "$SILO_PORTS" "$SILO_PORT" "$i"), gateway port $(port_of "$GATEWAY_PORTS" "$GATEWAY_PORT" "$i"), admin port $(port_of "$SILO_ADMIN_PORTS" "$SILO_ADMIN_PORT" "$i")" ;;
      portal) line="telnet port $TELNET_PORT, websocket port $WEBSOCKET_PORT"
        [[ "$TELNET_TLS_PORT" == 0 ]] || line+=", TLS telnet port $TELNET_TLS_PORT"
        [[ "$WEBSOCKET_TLS_PORT" == 0 ]] || line+=", wss port $WEBSOCKET_TLS_PORT"
        line+=", admin port $PORTAL_ADMIN_PORT" ;;
      web) line="http port $WEB_PORT, admin port $WEB_ADMIN_PORT" ;;
    esac
    if running "$name"; then printf '%-7s running  pid %-8s %s\n' "$name" "$(pid_of "$name")" "$line"
    else printf '%-7s stopped  %-12s %s\n' "$name" "" "$line"; code=3; fi
  done
  return $code
}

# One silo: a hand-over. The new silo starts on the other slot's ports and joins the cluster (membership is in the
# SQLite file); once it is Active, the old one stops gracefully: its grains write their state and deactivate, and
# come back on the new silo at their next call. The Portal knows both gateways and resumes its sessions there.
reload_single() {
  local began old_pid old_slot new_slot marker="$RUN/reload.mark" t
  began="$(now_ms)"
  old_pid="$(pid_of silo)"
  if ! alive "$old_pid"; then
    say "the silo is not running: starting it; players stay connected"
    rm -f "$RUN/portal.ready"
    terminate silo
    launch silo
    await_ready silo
    await_ready portal
    say "reloaded: the game was away for $(( $(now_ms) - began )) ms"
    return
  fi
  old_slot="$(silo_slot)"; new_slot=$(( 1 - old_slot ))
  say "starting the new silo beside the running one (silo port $(port_of "$SILO_PORTS" "$SILO_PORT" "$new_slot"), gateway port $(port_of "$GATEWAY_PORTS" "$GATEWAY_PORT" "$new_slot")); players stay connected"
  echo "$old_pid" >"$LEAVING_FILE"
  echo "$new_slot" >"$SLOT_FILE"
  JOIN_EXISTING=true launch silo
  if ! wait_ready silo; then
    # The old silo never stopped: put things back as they were and leave it serving.
    tail -n 30 "$LOGS/silo.log" >&2
    stop_pid silo "$(pid_of silo)"
    echo "$old_pid" >"$RUN/silo.pid"; echo "$old_slot" >"$SLOT_FILE"; rm -f "$LEAVING_FILE"
    # launch removed the ready file the old silo had written.
    echo "$old_pid" >"$RUN/silo.ready"
    fail "the new silo $WAIT_FAILURE; the running silo (pid $old_pid) keeps serving (log: $LOGS/silo.log)"
  fi
  say "new silo (pid $(pid_of silo)) is Active in the cluster after $(( $(now_ms) - began )) ms; the old one (pid $old_pid) hands over and leaves"
  # Rooms come back on the new silo knowing nobody until the Portal resumes the sessions: it holds input from the
  # moment it reads silo.leaving (it answers with portal.holding) until that resume, so nobody misses a line.
  rm -f "$RUN/portal.holding"
  echo "$old_pid" >"$RUN/silo.leaving"
  local waited=0
  while [[ ! -f "$RUN/portal.holding" ]] && running portal && (( waited < 50 )); do sleep 0.1; waited=$((waited + 1)); done
  t="$(now_ms)"
  touch "$marker"
  stop_pid "the old silo" "$old_pid"
  rm -f "$LEAVING_FILE" "$RUN/silo.leaving" "$RUN/portal.holding"
  say "old silo stopped in $(( $(now_ms) - t )) ms"
  await_ready portal "$marker"
  rm -f "$marker"
  say "reloaded: handed over to the new silo in $(( $(now_ms) - began )) ms; input was held for $(( $(now_ms) - t )) ms, from the old silo's stop until the Portal had resumed every session on the new one"
}

# Several silos: one at a time, so the others serve meanwhile. Each is back (Active in the cluster) and the
# Portal has resumed its sessions on the survivors before the next one goes.
reload_rolling() {
  local began name marker="$RUN/reload.mark" t
  began="$(now_ms)"
  say "rolling restart of $SILOS silos; players stay connected"
  for name in $(silo_names); do
    t="$(now_ms)"
    touch "$marker"
    terminate "$name"
    launch "$name"
    await_ready "$name"
    await_ready portal "$marker"
    say "$name restarted in $(( $(now_ms) - t )) ms"
  done
  rm -f "$marker"
  say "reloaded: $SILOS silos restarted one by one in $(( $(now_ms) - began )) ms"
}

cmd_reload() {
  load_cluster
  running portal || fail "the Portal is not running; use ./mud start"
  build
  snapshot silo
  if (( SILOS == 1 )); then reload_single; else reload_rolling; fi
}

cmd_restart() {
  load_cluster
  local name="${1:-}"
  [[ "$name" == portal || "$name" == web ]] || is_silo_name "$name" \
    || fail "restart what? one of: $(silo_names | tr '\n' ' ')portal web"
  say "restarting $name"
  terminate "$name"
  launch "$name"
  await_ready "$name"
  say "$name is running (pid $(pid_of "$name"))"
}

cmd_schema() {
  [[ "${1:-}" == --postgres && -n "${2:-}" ]] || fail "usage: ./mud schema --postgres \"<Npgsql connection string>\""
  mkdir -p "$LOGS"
  build
  local out="$ROOT/Silo/bin/$CONFIGURATION/net10.0"
  [[ -f "$out/Mud.Silo.dll" ]] || fail "$out/Mud.Silo.dll is missing: build first (without MUD_NO_BUILD=1)"
  (cd "$out" && Mud__Storage__Provider=PostgreSql Mud__Storage__ConnectionString="$2" dotnet Mud.Silo.dll --apply-schema)
}

cmd_test() {
  exec bash "$ROOT/deploy/scripts/run-tests.sh" "$@"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reload) cmd_reload ;;
  restart) shift; cmd_restart "$@" ;;
  schema) shift; cmd_schema "$@" ;;
  test) shift; cmd_test "$@" ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
