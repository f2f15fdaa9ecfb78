#!/usr/bin/env bash
# The portal's cluster mode on this machine, without Docker:
# PostgreSQL + OpenSearch + N portal nodes + HAProxy with sticky sessions in front of them.
# (docker/compose-cluster.yaml is the same set of pieces for a Docker host.)
#
#   docker/local-cluster.sh start    install what is missing, start every piece, wait until each is healthy;
#                                    the last line printed is the proxy URL
#   docker/local-cluster.sh stop     stop what `start` started (pid files in the state directory), in reverse order
#   docker/local-cluster.sh status   one line per piece: running/stopped and its URL (exit 0 when all run, else 3)
#
# Settings (environment variables, defaults in brackets):
#   CLUSTER_DIR             state: downloads, installs, data, logs, pid files     [<repo>/target/cluster]
#   CLUSTER_NODES           portal nodes behind the proxy; 0 = PostgreSQL + OpenSearch only [2]
#   CLUSTER_PROFILE         Spring profile(s) the nodes run with                  [cluster]
#   CLUSTER_NODE_INFRA_ENV  1 = give the nodes the SPRING_DATASOURCE_* / PORTAL_SEARCH_HOSTS variables;
#                           0 = not (for trying the proxy with CLUSTER_PROFILE=default: each node on its own H2) [1]
#   CLUSTER_PG_PORT         PostgreSQL port on 127.0.0.1                          [15432]
#   CLUSTER_OS_PORT         OpenSearch HTTP port on 127.0.0.1                     [19200]
#   CLUSTER_OS_TRANSPORT_PORT OpenSearch transport port on 127.0.0.1              [19300]
#   CLUSTER_NODE_BASE_PORT  port of node1; node i listens on base + i - 1         [18081]
#   CLUSTER_PROXY_PORT      HAProxy front port on 127.0.0.1                       [18080]
#   CLUSTER_JAR             the portal jar (built with ./mvnw -Pproduction package -DskipTests if missing)
#                                                                                 [<repo>/target/partnerportal.jar]
#   CLUSTER_NODE_JAVA_OPTS  JVM options of each node                              [-Xmx1g -XX:+ExitOnOutOfMemoryError]
#   CLUSTER_OS_HEAP         OpenSearch heap                                       [512m]
#   CLUSTER_RUN_AS          unprivileged user for OpenSearch and HAProxy when run as root [nobody]
#   CLUSTER_TIMEOUT         seconds to wait for each piece to become healthy      [180]
#   CLUSTER_JAVA_HOME       a JDK >= 21 (else JAVA_HOME if >= 21, else the newest under /usr/lib/jvm)
#
# What each node gets (the contract with the `cluster` Spring profile):
#   --spring.profiles.active=$CLUSTER_PROFILE
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$CLUSTER_PG_PORT/portal
#   SPRING_DATASOURCE_USERNAME=portal  SPRING_DATASOURCE_PASSWORD=portal
#   PORTAL_SEARCH_HOSTS=127.0.0.1:$CLUSTER_OS_PORT
#   SERVER_PORT=<node port>  PORTAL_DATA_DIR=$CLUSTER_DIR/nodes/nodeI  PORTAL_NODE_NAME=nodeI
set -euo pipefail

readonly OPENSEARCH_VERSION=3.4.0
readonly PG_DB=portal PG_USER=portal PG_PASSWORD=portal

# Resolve CLUSTER_DIR against the caller's directory before we move to the repository root
# (./mvnw and target/ are relative to it).
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
STATE_DIR=${CLUSTER_DIR:-$REPO_DIR/target/cluster}
mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)
cd "$REPO_DIR"

NODES=${CLUSTER_NODES:-2}
PROFILE=${CLUSTER_PROFILE:-cluster}
NODE_INFRA_ENV=${CLUSTER_NODE_INFRA_ENV:-1}
PG_PORT=${CLUSTER_PG_PORT:-15432}
OS_PORT=${CLUSTER_OS_PORT:-19200}
OS_TRANSPORT_PORT=${CLUSTER_OS_TRANSPORT_PORT:-19300}
NODE_BASE_PORT=${CLUSTER_NODE_BASE_PORT:-18081}
PROXY_PORT=${CLUSTER_PROXY_PORT:-18080}
JAR=${CLUSTER_JAR:-$REPO_DIR/target/partnerportal.jar}
NODE_JAVA_OPTS=${CLUSTER_NODE_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}
OS_HEAP=${CLUSTER_OS_HEAP:-512m}
RUN_AS=${CLUSTER_RUN_AS:-nobody}
TIMEOUT=${CLUSTER_TIMEOUT:-180}

readonly DOWNLOADS=$STATE_DIR/downloads    # Maven artifacts, kept so a second start needs no network
readonly RUN=$STATE_DIR/run                # pid files and generated configuration
readonly LOGS=$STATE_DIR/logs
readonly PG_HOME=$STATE_DIR/postgres       # data/ (PGDATA) and run/ (its unix socket)
readonly OS_DIST=$STATE_DIR/opensearch-$OPENSEARCH_VERSION   # the installation, read-only at run time
readonly OS_HOME=$STATE_DIR/opensearch     # config/, data/, logs/, tmp/ owned by the unprivileged user
readonly HAPROXY_CFG=$RUN/haproxy.cfg

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $NODES =~ ^[0-9]+$ ]] || die "CLUSTER_NODES must be a number, not '$NODES'"
IS_ROOT=false
[[ $(id -u) -eq 0 ]] && IS_ROOT=true

node_port() { echo $((NODE_BASE_PORT + $1 - 1)); }

# ---------------------------------------------------------------------------------------------------------
# processes: one pid file per piece in $RUN; a pid only counts if its command line still shows the piece
# (a stale pid file after a reboot may point at an unrelated process, which we must never kill)
# ---------------------------------------------------------------------------------------------------------
# (opensearch: the launcher script runs a few seconds under the same pid before it execs java)
declare -A MARKER=([postgres]=postgres [opensearch]=opensearch [proxy]=haproxy)
marker_of() { [[ $1 == node* ]] && echo spring.profiles.active || echo "${MARKER[$1]}"; }

# (output is matched with [[ ]] rather than `cmd | grep -q`: under pipefail an early grep exit can fail the pipe)
pid_of() { # prints the live pid of a piece, or fails
    local name=$1 pid
    [[ -f $RUN/$name.pid ]] || return 1
    pid=$(head -n1 "$RUN/$name.pid")
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *"$(marker_of "$name")"* ]] || return 1
    echo "$pid"
}

is_running() { pid_of "$1" >/dev/null; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() { # a port taken by something we did not start gives a clear message instead of a bind error
    port_busy "$1" && die "port $1 (for $2) is already in use by another process; set $3 to another port"
    return 0
}

# Shows the end of a log so that a failing start explains itself.
show_log() {
    local file=$1
    if [[ -s $file ]]; then
        printf '[cluster] ---- last 40 lines of %s ----\n' "$file" >&2
        tail -n 40 "$file" >&2
        printf '[cluster] ----\n' >&2
    fi
}

# Polls `check` once a second until it succeeds, the piece's process dies or $TIMEOUT passes.
wait_healthy() {
    local name=$1 logfile=$2 check=$3 t0=$SECONDS
    while ! $check; do
        if ! is_running "$name"; then
            show_log "$logfile"
            die "$name exited during start (log: $logfile); run '$0 stop' to stop the other pieces"
        fi
        if ((SECONDS - t0 >= TIMEOUT)); then
            show_log "$logfile"
            die "$name not healthy after ${TIMEOUT}s (log: $logfile); run '$0 stop' to stop the pieces"
        fi
        sleep 1
    done
    log "$name healthy after $((SECONDS - t0))s"
}

stop_pid() { # TERM, then KILL after a grace period
    local name=$1 grace=${2:-30} pid i
    if ! pid=$(pid_of "$name"); then
        rm -f "$RUN/$name.pid"
        return 0
    fi
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 2; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name did not stop within ${grace}s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -f "$RUN/$name.pid"
}

# ---------------------------------------------------------------------------------------------------------
# installation (cached: a second start on the same machine downloads nothing)
# ---------------------------------------------------------------------------------------------------------
find_jdk() { # a JDK (javac: ./mvnw needs one) of version >= 21
    local candidate version
    for candidate in "${CLUSTER_JAVA_HOME:-}" "${JAVA_HOME:-}" $(printf '%s\n' /usr/lib/jvm/*/ | sort -rV); do
        candidate=${candidate%/}
        [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]] || continue
        version=$("$candidate/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')
        if [[ -n $version ]] && ((version >= 21)); then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

apt_install() { # installs the Debian packages that are missing; `apt-get update` only if apt does not know one
    local missing=() pkg
    for pkg in "$@"; do
        [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == *'install ok installed'* ]] || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    $IS_ROOT || die "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})"
    for pkg in "${missing[@]}"; do
        if [[ ! $(apt-cache policy "$pkg" 2>/dev/null) =~ Candidate:\ [0-9] ]]; then
            log "apt-get update (apt does not know $pkg yet)"
            apt-get update -qq >"$LOGS/apt.log" 2>&1 || { show_log "$LOGS/apt.log"; die "apt-get update failed"; }
            break
        fi
    done
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$LOGS/apt.log" 2>&1 ||
        { show_log "$LOGS/apt.log"; die "apt-get install ${missing[*]} failed"; }
}

pg_bin() { # the newest installed PostgreSQL's bin directory
    local dir
    dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)
    [[ -n $dir && -x $dir/initdb ]] || return 1
    echo "$dir"
}

# Fetches one Maven artifact into $DOWNLOADS with the project's wrapper (Maven Central, cached in ~/.m2 too).
maven_fetch() {
    local artifact=$1 file=$2
    [[ -s $DOWNLOADS/$file ]] && return 0
    log "downloading $artifact"
    mkdir -p "$DOWNLOADS"
    JAVA_HOME=$JDK ./mvnw -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$DOWNLOADS" \
        -Dmdep.overWriteReleases=true >"$LOGS/maven.log" 2>&1 ||
        { show_log "$LOGS/maven.log"; die "could not download $artifact from Maven Central"; }
    [[ -s $DOWNLOADS/$file ]] || die "$artifact downloaded, but $DOWNLOADS/$file is missing"
}

# OpenSearch from Maven Central: the integ-test zip has only the transport modules, so the analysis-common
# module (stemmer, dictionary_decompounder, ...) is added by hand. Its jar needs nothing beyond the core lib/
# (lucene-analysis-common is there), just a plugin descriptor like the real distribution's module has.
install_opensearch() {
    [[ -x $OS_DIST/bin/opensearch && -f $OS_DIST/modules/analysis-common/plugin-descriptor.properties ]] && return 0
    maven_fetch "org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" \
        "opensearch-$OPENSEARCH_VERSION.zip"
    maven_fetch "org.opensearch.plugin:analysis-common:$OPENSEARCH_VERSION" "analysis-common-$OPENSEARCH_VERSION.jar"
    log "unpacking OpenSearch $OPENSEARCH_VERSION into $OS_DIST"
    local tmp=$STATE_DIR/.opensearch-unpack
    rm -rf "$tmp" "$OS_DIST"
    mkdir -p "$tmp"
    unzip -q "$DOWNLOADS/opensearch-$OPENSEARCH_VERSION.zip" -d "$tmp"
    local module=$tmp/opensearch-$OPENSEARCH_VERSION/modules/analysis-common
    mkdir -p "$module"
    cp "$DOWNLOADS/analysis-common-$OPENSEARCH_VERSION.jar" "$module/"
    cat >"$module/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=$OPENSEARCH_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin
java.version=21
opensearch.version=$OPENSEARCH_VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
    chmod -R a+rX "$tmp"
    mv "$tmp/opensearch-$OPENSEARCH_VERSION" "$OS_DIST" # only a complete installation gets its final name
    rmdir "$tmp"
}

install_all() {
    local packages=()
    pg_bin >/dev/null || packages+=(postgresql)
    command -v curl >/dev/null || packages+=(curl)
    command -v unzip >/dev/null || packages+=(unzip)
    if ((NODES > 0)); then command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]] || packages+=(haproxy); fi
    if ((${#packages[@]})); then apt_install "${packages[@]}"; fi
    PG_BIN=$(pg_bin) || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"
    install_opensearch
}

# The state directory is reached by the postgres and the unprivileged user: every directory above it
# must be searchable (a checkout under /root is not).
check_reachable() {
    $IS_ROOT || return 0
    local user
    for user in postgres "$RUN_AS"; do
        runuser -u "$user" -- test -x "$STATE_DIR" ||
            die "user $user cannot reach $STATE_DIR: make its parent directories searchable or set CLUSTER_DIR"
    done
}

# ---------------------------------------------------------------------------------------------------------
# PostgreSQL: our own cluster in $PG_HOME/data (not Debian's system cluster), listening on 127.0.0.1 only
# ---------------------------------------------------------------------------------------------------------
as_postgres() { if $IS_ROOT; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }
# the unix socket lives under /tmp: its path is limited to ~107 bytes, a checkout's path is not
readonly PG_SOCKET_DIR=/tmp/portal-cluster-pg-$PG_PORT
psql_admin() { "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

start_postgres() {
    local logfile=$LOGS/postgres.log
    if is_running postgres; then
        log "postgres already running (pid $(pid_of postgres))"
    else
        require_free_port "$PG_PORT" PostgreSQL CLUSTER_PG_PORT
        mkdir -p "$PG_HOME/run" "$PG_SOCKET_DIR"
        touch "$logfile"
        if $IS_ROOT; then chown postgres: "$PG_HOME" "$PG_HOME/run" "$PG_SOCKET_DIR" "$logfile"; fi
        if [[ ! -s $PG_HOME/data/PG_VERSION ]]; then
            log "initdb $PG_HOME/data"
            # local (socket) connections of the superuser are trusted; TCP needs a password (scram)
            as_postgres "$PG_BIN/initdb" -D "$PG_HOME/data" -U postgres -E UTF8 --locale=C.UTF-8 \
                --auth-local=trust --auth-host=scram-sha-256 >>"$logfile" 2>&1 ||
                { show_log "$logfile"; die "initdb failed"; }
        fi
        log "starting postgres on 127.0.0.1:$PG_PORT"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -l "$logfile" -w -t "$TIMEOUT" -o \
            "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='$PG_SOCKET_DIR'" \
            start >/dev/null 2>&1 9>&- || { show_log "$logfile"; die "postgres did not start (log: $logfile)"; }
        head -n1 "$PG_HOME/data/postmaster.pid" >"$RUN/postgres.pid"
    fi
    wait_healthy postgres "$logfile" pg_ready
    # database and login: created once, the password reset on every start so the contract always holds
    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'") ]]; then
        psql_admin -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'"
    else
        psql_admin -c "ALTER ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'"
    fi
    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") ]]; then
        psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8'"
    fi
}

stop_postgres() {
    is_running postgres || { rm -f "$RUN/postgres.pid"; return 0; }
    log "stopping postgres"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -m fast -w -t 60 stop >/dev/null 2>&1 || stop_pid postgres 30
    rm -f "$RUN/postgres.pid"
}

# ---------------------------------------------------------------------------------------------------------
# OpenSearch: single node on 127.0.0.1, run as $RUN_AS with its config/data/logs in $OS_HOME
# ---------------------------------------------------------------------------------------------------------
os_healthy() {
    [[ $(curl -fsS -m 2 "http://127.0.0.1:$OS_PORT/_cluster/health" 2>/dev/null) =~ \"status\":\"(green|yellow)\" ]]
}

start_opensearch() {
    local logfile=$LOGS/opensearch.log
    if is_running opensearch; then
        log "opensearch already running (pid $(pid_of opensearch))"
    else
        require_free_port "$OS_PORT" OpenSearch CLUSTER_OS_PORT
        require_free_port "$OS_TRANSPORT_PORT" "OpenSearch transport" CLUSTER_OS_TRANSPORT_PORT
        mkdir -p "$OS_HOME/data" "$OS_HOME/logs" "$OS_HOME/tmp"
        if [[ ! -f $OS_HOME/config/jvm.options ]]; then
            cp -r "$OS_DIST/config" "$OS_HOME/config"
            # the launcher runs in the (read-only) installation directory: point the relative
            # gc log, error file and heap dump paths of jvm.options at our writable directory;
            # the heap comes from OPENSEARCH_JAVA_OPTS alone (CLUSTER_OS_HEAP)
            sed -i -e '/^-Xm[sx]/d' -e "s#file=logs/gc.log#file=$OS_HOME/logs/gc.log#" -e "s#ErrorFile=logs/#ErrorFile=$OS_HOME/logs/#" \
                -e "s#HeapDumpPath=data#HeapDumpPath=$OS_HOME/data#" "$OS_HOME/config/jvm.options"
        fi
        if $IS_ROOT; then chown -R "$RUN_AS:$(id -gn "$RUN_AS")" "$OS_HOME"; fi
        log "starting opensearch on 127.0.0.1:$OS_PORT (heap $OS_HEAP)"
        OPENSEARCH_JAVA_HOME=$JDK OPENSEARCH_PATH_CONF=$OS_HOME/config OPENSEARCH_TMPDIR=$OS_HOME/tmp \
            OPENSEARCH_JAVA_OPTS="-Xms$OS_HEAP -Xmx$OS_HEAP" \
            setsid "${UNPRIV[@]}" "$OS_DIST/bin/opensearch" \
            -Ecluster.name=portal-local -Enode.name=os1 \
            -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
            -Ehttp.port="$OS_PORT" -Etransport.port="$OS_TRANSPORT_PORT" \
            -Epath.data="$OS_HOME/data" -Epath.logs="$OS_HOME/logs" \
            -Ecluster.routing.allocation.disk.threshold_enabled=false \
            >"$logfile" 2>&1 </dev/null 9>&- &
        echo $! >"$RUN/opensearch.pid"
    fi
    wait_healthy opensearch "$logfile" os_healthy
}

# ---------------------------------------------------------------------------------------------------------
# portal nodes: node1 first and alone (it runs the migrations and creates the index, which two nodes
# starting at once would race on), then the others together
# ---------------------------------------------------------------------------------------------------------
ensure_jar() {
    [[ -s $JAR ]] && return 0
    [[ $JAR == "$REPO_DIR/target/partnerportal.jar" ]] || die "CLUSTER_JAR $JAR does not exist"
    log "building $JAR (./mvnw -Pproduction package -DskipTests)"
    JAVA_HOME=$JDK ./mvnw -B -q -Pproduction package -DskipTests >"$LOGS/build.log" 2>&1 ||
        { show_log "$LOGS/build.log"; die "the build failed (log: $LOGS/build.log)"; }
}

node_healthy_port() { [[ $(curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null) == *'"status":"UP"'* ]]; }

launch_node() {
    local i=$1 name=node$1 port
    port=$(node_port "$i")
    if is_running "$name"; then
        log "$name already running (pid $(pid_of "$name"))"
        return 0
    fi
    require_free_port "$port" "$name" CLUSTER_NODE_BASE_PORT
    mkdir -p "$STATE_DIR/nodes/$name"
    local env=(SERVER_PORT="$port" PORTAL_DATA_DIR="$STATE_DIR/nodes/$name" PORTAL_NODE_NAME="$name")
    if [[ $NODE_INFRA_ENV == 1 ]]; then
        env+=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
            SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD"
            PORTAL_SEARCH_HOSTS="127.0.0.1:$OS_PORT")
    fi
    log "starting $name on 127.0.0.1:$port (profile $PROFILE)"
    # shellcheck disable=SC2086 # NODE_JAVA_OPTS is a list of options
    env "${env[@]}" setsid "$JDK/bin/java" $NODE_JAVA_OPTS -jar "$JAR" --spring.profiles.active="$PROFILE" \
        >"$LOGS/$name.log" 2>&1 </dev/null 9>&- &
    echo $! >"$RUN/$name.pid"
}

wait_node() {
    local i=$1 port
    port=$(node_port "$i")
    # shellcheck disable=SC2317 # called indirectly by wait_healthy
    check_node() { node_healthy_port "$port"; }
    wait_healthy "node$i" "$LOGS/node$i.log" check_node
}

start_nodes() {
    ((NODES > 0)) || return 0
    ensure_jar
    launch_node 1
    wait_node 1
    local i
    for ((i = 2; i <= NODES; i++)); do launch_node "$i"; done
    for ((i = 2; i <= NODES; i++)); do wait_node "$i"; done
}

# ---------------------------------------------------------------------------------------------------------
# HAProxy: Debian's binary as a plain process (not the system service) with a config we write.
# Sticky sessions by cookie (a Vaadin UI lives in one node's memory); when a node dies, its users'
# requests go to a live node (redispatch): they get a new session there. The Host header passes unchanged
# (redirects built from it are right) and X-Forwarded-For is added; no X-Forwarded-Proto/Port (plain http).
# ---------------------------------------------------------------------------------------------------------
write_haproxy_cfg() { # the configuration for the current CLUSTER_NODES on stdout
    cat <<EOF
# generated by docker/local-cluster.sh for $NODES node(s); docker/haproxy.cfg is its twin for Docker
global
    log stdout format raw local0 info
    maxconn 4096

defaults
    mode http
    log global
    option httplog
    option dontlognull
    option forwardfor
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    timeout http-request 15s
    timeout queue 30s

frontend portal
    bind 127.0.0.1:$PROXY_PORT
    default_backend portal_nodes

backend portal_nodes
    balance roundrobin
    cookie SERVERID insert indirect nocache
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
EOF
    local i
    for ((i = 1; i <= NODES; i++)); do
        printf '    server node%d 127.0.0.1:%d check cookie node%d\n' "$i" "$(node_port "$i")" "$i"
    done
}

proxy_healthy() { curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$PROXY_PORT/actuator/health" 2>/dev/null; }

start_proxy() {
    ((NODES > 0)) || return 0
    local logfile=$LOGS/haproxy.log haproxy new=$RUN/haproxy.cfg.new
    haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
    write_haproxy_cfg >"$new"
    # a running proxy is kept if its configuration is still the one wanted (same nodes, same ports)
    if is_running proxy; then
        if cmp -s "$new" "$HAPROXY_CFG"; then
            log "proxy already running (pid $(pid_of proxy))"
            rm -f "$new"
            wait_healthy proxy "$logfile" proxy_healthy
            return 0
        fi
        log "the node list changed: restarting the proxy"
        stop_pid proxy 10
    fi
    mv "$new" "$HAPROXY_CFG"
    chmod 644 "$HAPROXY_CFG"
    "$haproxy" -c -q -f "$HAPROXY_CFG" >"$logfile" 2>&1 || { show_log "$logfile"; die "invalid $HAPROXY_CFG"; }
    require_free_port "$PROXY_PORT" HAProxy CLUSTER_PROXY_PORT
    log "starting haproxy on 127.0.0.1:$PROXY_PORT"
    setsid "${UNPRIV[@]}" "$haproxy" -db -f "$HAPROXY_CFG" >"$logfile" 2>&1 </dev/null 9>&- &
    echo $! >"$RUN/proxy.pid"
    wait_healthy proxy "$logfile" proxy_healthy
}

# ---------------------------------------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------------------------------------
lock() { # one start/stop at a time per state directory; every piece is launched with 9>&- so as not to hold it
    exec 9>"$STATE_DIR/.lock"
    flock -n 9 || die "another local-cluster.sh is working on $STATE_DIR"
}

cmd_start() {
    lock
    mkdir -p "$RUN" "$LOGS" "$DOWNLOADS"
    chmod 755 "$STATE_DIR" "$LOGS"
    JDK=$(find_jdk) || die "no JDK >= 21 found (set CLUSTER_JAVA_HOME, or install one under /usr/lib/jvm)"
    UNPRIV=()
    if $IS_ROOT; then
        id "$RUN_AS" >/dev/null 2>&1 || die "CLUSTER_RUN_AS user '$RUN_AS' does not exist"
        UNPRIV=(setpriv --reuid="$RUN_AS" --regid="$(id -g "$RUN_AS")" --clear-groups --)
    fi
    if ((NODES > 0)) && ((PROXY_PORT >= NODE_BASE_PORT && PROXY_PORT < NODE_BASE_PORT + NODES)); then
        die "CLUSTER_PROXY_PORT $PROXY_PORT collides with the node ports $NODE_BASE_PORT.."$((NODE_BASE_PORT + NODES - 1))
    fi
    local t0=$SECONDS
    install_all
    check_reachable
    log "installation ready after $((SECONDS - t0))s"
    start_postgres
    start_opensearch
    start_nodes
    start_proxy
    log "started in $((SECONDS - t0))s"
    echo "postgres    jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB (user $PG_USER, password $PG_PASSWORD)"
    echo "opensearch  http://127.0.0.1:$OS_PORT"
    local i
    for ((i = 1; i <= NODES; i++)); do echo "node$i       http://127.0.0.1:$(node_port "$i")"; done
    ((NODES > 0)) && echo "http://127.0.0.1:$PROXY_PORT"
    return 0
}

cmd_stop() {
    [[ -d $RUN ]] || { log "nothing to stop"; return 0; }
    lock
    PG_BIN=$(pg_bin) || PG_BIN=/nonexistent
    stop_pid proxy 10
    local f name
    # every node that has a pid file, whatever CLUSTER_NODES says now; highest first
    for f in $(printf '%s\n' "$RUN"/node*.pid | sort -rV); do
        [[ -f $f ]] || continue
        name=$(basename "$f" .pid)
        stop_pid "$name" 30
    done
    stop_pid opensearch 60
    stop_postgres
    log "stopped"
}

status_line() { # name, url, health check command
    local name=$1 url=$2 check=$3 pid health=""
    if pid=$(pid_of "$name"); then
        $check && health=healthy || health=unhealthy
        printf '%-11s running (pid %s, %s)  %s\n' "$name" "$pid" "$health" "$url"
        return 0
    fi
    printf '%-11s stopped  %s\n' "$name" "$url"
    return 1
}

cmd_status() {
    PG_BIN=$(pg_bin) || PG_BIN=/nonexistent
    local rc=0 i max=$NODES f
    # nodes a previous start left running are shown even if CLUSTER_NODES is smaller now
    for f in "$RUN"/node*.pid; do
        [[ -f $f ]] || continue
        i=$(basename "$f" .pid)
        i=${i#node}
        ((i > max)) && max=$i
    done
    status_line postgres "jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" pg_ready || rc=3
    status_line opensearch "http://127.0.0.1:$OS_PORT" os_healthy || rc=3
    for ((i = 1; i <= max; i++)); do
        # shellcheck disable=SC2317 # called indirectly by status_line
        check_node() { node_healthy_port "$(node_port "$i")"; }
        status_line "node$i" "http://127.0.0.1:$(node_port "$i")" check_node || rc=3
    done
    if ((max > 0)) || [[ -f $RUN/proxy.pid ]]; then
        status_line proxy "http://127.0.0.1:$PROXY_PORT" proxy_healthy || rc=3
    fi
    return $rc
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 start|stop|status   (settings: see the comment at the top of this script)" >&2
        exit 2
        ;;
esac
