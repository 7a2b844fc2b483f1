# shellcheck shell=bash
# Sourced by run.sh and gui.sh: the benchmarks' private mosquitto on $HOST, configured so
# that nothing is dropped or held back. Needs HOST, MOSQUITTO, BROKER_DIR, BROKER_LOG and a
# die function; sets broker_pid (the caller's cleanup stops it) and PORT.

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
        if start_broker "$candidate"; then PORT="$candidate"; return 0; fi
    done
    die "could not start mosquitto (see $BROKER_DIR)"
}
