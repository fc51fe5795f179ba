#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for the storage integration tests.
#
#   test-postgres.sh start <dir>   initdb + start a private cluster, create role "mud"
#                                  and database "mud_test"; the LAST line on stdout is
#                                  the Npgsql connection string (everything else goes
#                                  to stderr).
#   test-postgres.sh stop <dir>    stop that cluster (pg_ctl stop -m fast) and delete it.
#   test-postgres.sh status <dir>  print the connection string if it is running, else exit 1.
#   test-postgres.sh pause <dir>   stop the server but keep the cluster (a database outage, for tests).
#   test-postgres.sh resume <dir>  start a paused cluster again on the same port; prints the connection string.
#
# Installs the Debian "postgresql" package when no server binaries are found (needs root).
# The cluster listens on 127.0.0.1 on a free port with its unix socket in a private
# directory, so it never touches any other PostgreSQL on the machine (e.g. the Debian
# service cluster on 5432). It runs as the "postgres" system user when started as root
# (the server refuses to run as root), otherwise as the calling user.
#
# Durability is switched off (fsync=off): the data is disposable.
#
# Example:
#   MUD_TEST_POSTGRES="$(deploy/scripts/test-postgres.sh start /tmp/mud-pg | tail -n1)"
#   export MUD_TEST_POSTGRES
#   ...
#   deploy/scripts/test-postgres.sh stop /tmp/mud-pg

set -euo pipefail

readonly MARKER=".mud-test-postgres"
readonly DB_NAME="mud_test"
readonly DB_USER="mud"

log() { printf 'test-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    printf 'usage: %s start|stop|status|pause|resume <dir>\n' "$(basename "$0")" >&2
    exit 2
}

# ---------------------------------------------------------------- binaries

find_bindir() {
    local candidate best=""
    # Highest major version that has a server binary.
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        if [[ -x "$candidate/postgres" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            best="$candidate"
        fi
    done
    printf '%s' "$best"
}

ensure_binaries() {
    BINDIR="$(find_bindir)"
    if [[ -n "$BINDIR" ]]; then
        return
    fi
    [[ $EUID -eq 0 ]] || die "no PostgreSQL server under /usr/lib/postgresql/*/bin and not root; install the 'postgresql' package"
    command -v apt-get >/dev/null || die "no PostgreSQL server binaries and no apt-get to install them"
    log "installing postgresql with apt-get (one-off)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BINDIR="$(find_bindir)"
    [[ -n "$BINDIR" ]] || die "postgresql installed but no server binaries found under /usr/lib/postgresql/*/bin"
}

# ------------------------------------------------------------- run as user

# The server refuses to run as root, so as root everything runs as "postgres".
setup_run_user() {
    if [[ $EUID -eq 0 ]]; then
        if ! id -u postgres >/dev/null 2>&1; then
            log "creating system user postgres"
            useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        fi
        RUN_USER="postgres"
    else
        RUN_USER="$(id -un)"
    fi
}

as_pg() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u "$RUN_USER" -- "$@"
    else
        "$@"
    fi
}

# ------------------------------------------------------------------ ports

port_is_listening() {
    local port=$1 hex
    hex=$(printf '%04X' "$port")
    # Column 2 is local_address (ADDR:PORT in hex), column 4 the state; 0A = LISTEN.
    if awk -v p=":$hex" 'NR > 1 && substr($2, length($2) - 4) == p && $4 == "0A" { found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null; then
        return 0
    fi
    return 1
}

pick_port() {
    local attempt port
    for attempt in $(seq 1 50); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if ! port_is_listening "$port"; then
            printf '%s' "$port"
            return
        fi
    done
    die "could not find a free TCP port"
}

# ------------------------------------------------------------------ state

# <dir> holds our bookkeeping (root-owned is fine). The cluster itself lives in $PGROOT,
# which is <dir>/pg when the run user can reach it and the socket path is short enough,
# otherwise a private directory under /tmp.
load_state() {
    STATE_DIR=$1
    PGROOT=""
    if [[ -f "$STATE_DIR/pgroot" ]]; then
        PGROOT="$(cat "$STATE_DIR/pgroot")"
    fi
}

is_ours() {
    [[ -f "$1/$MARKER" ]]
}

server_running() {
    [[ -n "$PGROOT" && -f "$PGROOT/data/PG_VERSION" ]] || return 1
    as_pg "$BINDIR/pg_ctl" status -D "$PGROOT/data" >/dev/null 2>&1
}

connection_string() {
    printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s' \
        "$(cat "$STATE_DIR/port")" "$DB_USER" "$(cat "$STATE_DIR/password")" "$DB_NAME"
}

psql_admin() {
    as_pg "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGROOT/sock" -p "$(cat "$STATE_DIR/port")" \
        -U "$(cat "$STATE_DIR/superuser")" -d postgres "$@"
}

remove_cluster() {
    # Stops (if running) and deletes the cluster and <dir>. Only for directories we made.
    if server_running; then
        log "stopping cluster in $PGROOT"
        as_pg "$BINDIR/pg_ctl" stop -D "$PGROOT/data" -m fast -w -t 60 >&2 || true
    fi
    if [[ -n "$PGROOT" && "$PGROOT" != "$STATE_DIR/pg" ]] && is_ours "$PGROOT"; then
        rm -rf -- "$PGROOT"
    fi
    rm -rf -- "$STATE_DIR"
}

can_reach() {
    # Can the run user create files in $1?
    as_pg test -w "$1" -a -x "$1"
}

# ------------------------------------------------------------------ start

cmd_start() {
    local dir=$1
    ensure_binaries
    setup_run_user
    load_state "$dir"

    if [[ -e "$dir" ]] && ! is_ours "$dir"; then
        if [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
            die "$dir exists, is not empty and was not made by this script; refusing to use it"
        fi
    fi

    if is_ours "$dir" && server_running; then
        log "cluster already running in $PGROOT"
        connection_string
        printf '\n'
        return
    fi

    if is_ours "$dir"; then
        log "removing stale cluster state in $dir"
        remove_cluster
    fi

    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd -P)"
    STATE_DIR=$dir
    touch "$STATE_DIR/$MARKER"
    chmod 700 "$STATE_DIR"

    # Where the cluster lives.
    PGROOT="$STATE_DIR/pg"
    mkdir -p "$PGROOT"
    if [[ $EUID -eq 0 ]]; then
        chown "$RUN_USER:" "$PGROOT"
        chmod 711 "$STATE_DIR"
    fi
    # Unix socket paths are limited to 107 bytes ("<sock>/.s.PGSQL.NNNNN"), and the
    # server options below must not contain spaces.
    if ! can_reach "$PGROOT" || (( ${#PGROOT} > 70 )) || [[ "$PGROOT" == *[[:space:]]* ]]; then
        rmdir "$PGROOT"
        PGROOT="$(mktemp -d /tmp/mud-pg.XXXXXXXX)"
        if [[ $EUID -eq 0 ]]; then
            chown "$RUN_USER:" "$PGROOT"
        fi
        log "using $PGROOT for the cluster files ($STATE_DIR is not usable by $RUN_USER)"
    fi
    as_pg touch "$PGROOT/$MARKER"
    printf '%s' "$PGROOT" >"$STATE_DIR/pgroot"
    as_pg mkdir -p -m 700 "$PGROOT/sock"

    # Secrets and identities.
    (umask 077; od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$STATE_DIR/password")
    printf '%s' "$RUN_USER" >"$STATE_DIR/superuser"

    log "initdb ($BINDIR) in $PGROOT/data"
    as_pg "$BINDIR/initdb" -D "$PGROOT/data" -U "$RUN_USER" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --no-locale --no-sync >"$STATE_DIR/initdb.log" 2>&1 \
        || { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }

    local attempt port started=0
    for attempt in 1 2 3 4 5; do
        port="$(pick_port)"
        printf '%s' "$port" >"$STATE_DIR/port"
        log "starting postgres on 127.0.0.1:$port (attempt $attempt)"
        if as_pg "$BINDIR/pg_ctl" start -D "$PGROOT/data" -w -t 60 -l "$PGROOT/server.log" -o "$(server_options "$port")" >&2; then
            started=1
            break
        fi
        log "start failed; server log:"
        as_pg tail -n 20 "$PGROOT/server.log" >&2 || true
    done
    (( started )) || die "could not start postgres"

    local waited
    for waited in $(seq 1 60); do
        if as_pg "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres; then
            break
        fi
        (( waited < 60 )) || die "postgres on port $port did not become ready"
        sleep 1
    done

    local password
    password="$(cat "$STATE_DIR/password")"
    psql_admin <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN PASSWORD '$password';
    ELSE
        ALTER ROLE $DB_USER LOGIN PASSWORD '$password';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING ''UTF8'''
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB_NAME')
\gexec
SQL

    # The connection must work over TCP with the password before we hand it out.
    PGPASSWORD="$password" as_pg "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$port" -U "$DB_USER" -d "$DB_NAME" -c 'SELECT 1' >/dev/null \
        || die "cannot log in as $DB_USER over TCP"

    log "ready: database $DB_NAME on 127.0.0.1:$port"
    connection_string
    printf '\n'
}

# ------------------------------------------------------------------- stop

cmd_stop() {
    local dir=$1
    if [[ ! -e "$dir" ]]; then
        log "$dir does not exist; nothing to stop"
        return
    fi
    is_ours "$dir" || die "$dir was not made by this script; refusing to touch it"
    BINDIR="$(find_bindir)"
    setup_run_user
    load_state "$dir"
    if [[ -z "$BINDIR" ]]; then
        log "no PostgreSQL binaries found; only removing files"
        if [[ -n "$PGROOT" ]] && is_ours "$PGROOT"; then
            rm -rf -- "$PGROOT"
        fi
        rm -rf -- "$dir"
        return
    fi
    remove_cluster
    log "stopped and removed $dir"
}

# The checks every command on an existing test cluster starts with.
open_cluster() {
    local dir=$1
    is_ours "$dir" || die "$dir is not a test cluster"
    BINDIR="$(find_bindir)"
    [[ -n "$BINDIR" ]] || die "no PostgreSQL binaries"
    setup_run_user
    load_state "$dir"
}

cmd_status() {
    local dir=$1
    open_cluster "$dir"
    server_running || die "not running"
    connection_string
    printf '\n'
}

# ------------------------------------------------------------ pause/resume

server_options() {
    printf '%s' "-c listen_addresses=127.0.0.1 -c port=$1 -c unix_socket_directories=$PGROOT/sock -c unix_socket_permissions=0700 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
}

cmd_pause() {
    local dir=$1
    open_cluster "$dir"
    server_running || die "not running"
    # Fast shutdown: open connections are cut, as when a database server goes away under load.
    as_pg "$BINDIR/pg_ctl" stop -D "$PGROOT/data" -m fast -w -t 60 >&2
    log "paused (cluster kept in $PGROOT)"
}

cmd_resume() {
    local dir=$1
    open_cluster "$dir"
    if ! server_running; then
        local port
        port="$(cat "$STATE_DIR/port")"
        as_pg "$BINDIR/pg_ctl" start -D "$PGROOT/data" -w -t 60 -l "$PGROOT/server.log" -o "$(server_options "$port")" >&2 \
            || die "could not start postgres again on port $port"
        log "resumed on 127.0.0.1:$port"
    fi
    connection_string
    printf '\n'
}

[[ $# -eq 2 ]] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    status) cmd_status "$2" ;;
    pause) cmd_pause "$2" ;;
    resume) cmd_resume "$2" ;;
    *) usage ;;
esac
