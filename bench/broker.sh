# shellcheck shell=bash
# Sourced by run.sh and gui.sh: what the benchmarks need (bench_prepare), and their private
# mosquitto on $HOST, configured so that nothing is dropped or held back
# (start_private_broker: needs HOST, MOSQUITTO, BROKER_DIR, BROKER_LOG and a die function;
# sets broker_pid, which the caller's cleanup stops, and PORT).

in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

start_broker() {
    local port="$1" i
    {
        [[ "$(id -u)" == 0 ]] && echo "user root" # else mosquitto 2.0 switches to user mosquitto
        cat <<EOF
listener $port $HOST
allow_anonymous true
persistence false
# nothing may be dropped or held back: no queue limit, a wide QoS 1 window to the subscriber
max_queued_messages 0
max_queued_bytes 0
max_inflight_messages 1000
max_inflight_bytes 0
memory_limit 0
max_keepalive 65535
# no set_tcp_nodelay: with Nagle's algorithm on (mosquitto's default) the broker's small
# writes to a subscriber that keeps up are coalesced into full segments; with TCP_NODELAY
# every PUBLISH goes out in its own segment and the subscriber pays a wakeup and a read
# for each (mosquitto_sub: ~190k msg/s becomes ~105k at QoS 0, ~65k becomes ~45k at QoS 1)
log_dest file $BROKER_LOG
log_type error
log_type warning
log_type notice
log_type information
log_type subscribe
connection_messages true
EOF
    } >"$BROKER_DIR/mosquitto.conf"
    "$MOSQUITTO" -c "$BROKER_DIR/mosquitto.conf" >>"$BROKER_DIR/stdout.log" 2>&1 </dev/null &
    broker_pid=$!
    for ((i = 0; i < 200; i++)); do
        if ! kill -0 "$broker_pid" 2>/dev/null; then
            wait "$broker_pid" 2>/dev/null || true
            broker_pid=""
            return 1
        fi
        grep -q " running" "$BROKER_LOG" 2>/dev/null && in_use "$port" && return 0
        sleep 0.05
    done
    die "mosquitto did not start on $HOST:$port (see $BROKER_DIR)"
}
# Starts the broker on a free random port: sets PORT and broker_pid, or dies.
start_private_broker() {
    local try candidate
    PORT=""
    for ((try = 0; try < 20; try++)); do
        candidate=$((20000 + RANDOM % 20000))
        in_use "$candidate" && continue
        # shellcheck disable=SC2034 # PORT is for the caller
        if start_broker "$candidate"; then PORT="$candidate"; return 0; fi
    done
    die "could not start mosquitto (see $BROKER_DIR)"
}

# Installs what the benchmarks need when it is missing (as root; extra Debian packages as
# arguments), and builds the publisher: sets MOSQUITTO and PUB. Needs HERE, log and die.
bench_prepare() {
    local missing=("$@")
    [[ -x /usr/bin/time ]] || missing+=(time)
    [[ -x /usr/sbin/mosquitto ]] || command -v mosquitto >/dev/null || missing+=(mosquitto)
    command -v mosquitto_sub >/dev/null || missing+=(mosquitto-clients)
    command -v gcc >/dev/null || missing+=(gcc libc6-dev)
    if ((${#missing[@]})); then
        [[ "$(id -u)" == 0 ]] || die "missing ${missing[*]}: apt-get install ${missing[*]}"
        log "$(basename "$0"): installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
    MOSQUITTO=/usr/sbin/mosquitto
    [[ -x "$MOSQUITTO" ]] || MOSQUITTO="$(command -v mosquitto)"
    PUB="$HERE/out/pub"
    mkdir -p "$HERE/out"
    if [[ ! -x "$PUB" || "$HERE/pub.c" -nt "$PUB" ]]; then
        gcc -O2 -Wall -Wextra -o "$PUB" "$HERE/pub.c"
    fi
}
