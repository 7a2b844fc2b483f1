#!/usr/bin/env bash
# Side-by-side subscriber benchmark: signalbox-cli sub against mosquitto_sub, both
# receiving from a private mosquitto on 127.0.0.1 what bench/pub.c publishes.
# See bench/README.md.
#
#   bench/run.sh                      1,000,000 QoS 0 and 200,000 QoS 1 messages of 256 bytes, 3 reps
#   bench/run.sh --quick              a smoke run: 20,000 QoS 0 and 10,000 QoS 1, 1 rep
#   bench/run.sh --only mosquitto_sub --n 100000 --reps 5
#
# Options:
#   --n N            messages per run, for every case (default: 1000000 for QoS 0, 200000 for QoS 1)
#   --qos LIST       QoS levels to run, comma separated (default 0,1)
#   --reps R         repetitions, clients interleaved (default 3)
#   --size BYTES     payload size (default 256)
#   --window W       the publisher's QoS 1 window of unacknowledged PUBLISHes (default 10000)
#   --only LIST      clients, comma separated: signalbox, mosquitto_sub (default both)
#   --cli PATH       a signalbox-cli to use instead of building build-bench/app/signalbox-cli (Release)
#   --stall S        a subscriber that uses no CPU for S seconds after the publisher is done has
#                    lost messages: it is stopped and its run marked LOST (default 10)
#   --quick          small N and 1 rep (explicit --n / --reps still win)
#
# Results: a table on stdout; every run in bench/out/<time>/runs.tsv, the table in summary.md,
# the broker's log and each client's stderr next to them.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
HOST=127.0.0.1

n_override="" qos_list="0,1" reps="" size=256 window=10000 only="signalbox,mosquitto_sub" cli="" stall=10 quick=0
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-2}"; }
while (($#)); do
    case "$1" in
        --n) n_override="$2"; shift 2 ;;
        --qos) qos_list="$2"; shift 2 ;;
        --reps) reps="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --window) window="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --cli) cli="$2"; shift 2 ;;
        --stall) stall="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        -h | --help) usage 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage ;;
    esac
done
[[ -n "$reps" ]] || reps=$((quick ? 1 : 3))
IFS=, read -r -a clients <<<"$only"
IFS=, read -r -a qoses <<<"$qos_list"
for c in "${clients[@]}"; do
    [[ "$c" == signalbox || "$c" == mosquitto_sub ]] || { echo "run.sh: unknown client '$c'" >&2; exit 2; }
done
# default N per QoS level
case_n() {
    if [[ -n "$n_override" ]]; then echo "$n_override"
    elif ((quick)); then (($1 == 0)) && echo 20000 || echo 10000
    else (($1 == 0)) && echo 1000000 || echo 200000
    fi
}

log() { printf '%s\n' "$*" >&2; }
die() { log "run.sh: $*"; exit 1; }

# --------------------------------------------------------------- dependencies
# shellcheck source=bench/broker.sh
source "$HERE/broker.sh"
# shellcheck disable=SC2119 # no extra packages
bench_prepare
OUT="$HERE/out/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"

if [[ " ${clients[*]} " == *" signalbox "* && -z "$cli" ]]; then
    log "run.sh: building signalbox-cli (Release) in build-bench/"
    if [[ ! -f "$ROOT/build-bench/CMakeCache.txt" ]]; then
        cmake -S "$ROOT" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIGNALBOX_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$ROOT/build-bench" --target signalbox-cli -j2 >&2 ||
        die "signalbox-cli did not build; run with --only mosquitto_sub to measure the peer alone"
    cli="$ROOT/build-bench/app/signalbox-cli"
fi

# ------------------------------------------------------------------- broker
BROKER_DIR="$OUT/broker"
BROKER_LOG="$BROKER_DIR/mosquitto.log"
mkdir -p "$BROKER_DIR"
broker_pid=""
cleanup() {
    local pid
    for pid in $(jobs -p); do kill "$pid" 2>/dev/null || true; done
    if [[ -n "$broker_pid" ]]; then
        kill "$broker_pid" 2>/dev/null || true
        wait "$broker_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_private_broker
log "run.sh: mosquitto pid $broker_pid on $HOST:$PORT; results in $OUT"

# --------------------------------------------------------------------- runs
now() { date +%s.%N; }
# utime + stime of a pid into $ticks (empty when gone); builtins only, no fork: it runs
# in the polling loop beside the subscriber under test, on the same two cores
cpu_ticks() {
    local stat f
    ticks=""
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
    stat="${stat##*) }"
    read -r -a f <<<"$stat"
    ticks=$((f[11] + f[12]))
}
first_child() { # a pid's first child, or empty
    local kids
    kids="$(cat "/proc/$1/task/$1/children" 2>/dev/null || true)"
    echo "${kids%% *}"
}

printf 'n\tqos\tclient\trep\tstatus\twall_s\trate\tcpu_us_per_msg\trss_mb\tpub_rate\n' >"$OUT/runs.tsv"
seq_no=0

# run_one CLIENT N QOS REP: one subscriber run, appended to runs.tsv
run_one() {
    local client="$1" n="$2" qos="$3" rep="$4"
    seq_no=$((seq_no + 1))
    local id topic tag argv off wpid cpid i status="ok" pubout t_start t_exit
    id="$(printf '%04d' "$seq_no")"
    topic="bench/$id/t"
    tag="$OUT/$id-$client"
    case "$client" in
        signalbox) argv=("$cli" sub -h "$HOST" -p "$PORT" -t "$topic" -q "$qos" -C "$n") ;;
        mosquitto_sub) argv=(mosquitto_sub -h "$HOST" -p "$PORT" -t "$topic" -q "$qos" -C "$n") ;;
    esac
    off="$(stat -c %s "$BROKER_LOG")"
    (
        /usr/bin/time -f '%M %U %S %e %x' -o "$tag.time" "${argv[@]}" >/dev/null 2>"$tag.stderr" </dev/null || true
        now >"$tag.exit"
    ) &
    wpid=$!

    # the broker writes "<client id> <qos> <filter>" once the subscription is in place
    for ((i = 0; i < 2000; i++)); do
        tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: [^ ]+ $qos $topic\$" && break
        kill -0 "$wpid" 2>/dev/null || break
        sleep 0.01
    done
    if ! tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: [^ ]+ $qos $topic\$"; then
        status="NOT-SUBSCRIBED"
    elif ! pubout="$(timeout 900 "$PUB" -h "$HOST" -p "$PORT" -t "$topic" -n "$n" -s "$size" -q "$qos" -w "$window" 2>>"$tag.stderr")"; then
        status="PUB-FAILED"
    else
        # wait; a subscriber that has stopped using CPU will never get its count
        cpid="$(first_child "$(first_child "$wpid")")"
        local ticks last_ticks="" last_change=$EPOCHSECONDS
        while kill -0 "$wpid" 2>/dev/null && [[ ! -s "$tag.exit" ]]; do
            sleep 0.25
            [[ -n "$cpid" ]] || continue
            cpu_ticks "$cpid"
            if [[ "$ticks" != "$last_ticks" ]]; then
                last_ticks="$ticks"
                last_change=$EPOCHSECONDS
            elif ((EPOCHSECONDS - last_change > stall)); then
                status="LOST"
                break
            fi
        done
    fi
    if [[ "$status" != ok ]]; then
        cpid="$(first_child "$(first_child "$wpid")")"
        if [[ -n "$cpid" ]]; then kill "$cpid" 2>/dev/null || true; fi
    fi
    wait "$wpid" 2>/dev/null || true

    local rss="" user="" sys="" code="" wall="" rate="" cpu_us="" rss_mb="" pub_rate=""
    if [[ -s "$tag.time" ]]; then
        read -r rss user sys _ code < <(tail -n 1 "$tag.time")
    fi
    if [[ "$status" == ok ]]; then
        t_start="$(sed -n 's/.*t_start=\([0-9.]*\).*/\1/p' <<<"$pubout")"
        pub_rate="$(sed -n 's/.*rate=\([0-9.]*\).*/\1/p' <<<"$pubout")"
        t_exit="$(cat "$tag.exit")"
        if [[ "$code" != 0 ]]; then
            status="EXIT-$code"
        elif tail -c +"$((off + 1))" "$BROKER_LOG" | grep -q "being dropped"; then
            status="BROKER-DROPPED"
        fi
        read -r wall rate cpu_us rss_mb < <(awk -v n="$n" -v t0="$t_start" -v t1="$t_exit" -v u="$user" -v s="$sys" \
            -v rss="$rss" 'BEGIN { w = t1 - t0; printf "%.3f %.0f %.3f %.1f\n", w, (w > 0 ? n / w : 0), (u + s) / n * 1e6, rss / 1024 }')
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$qos" "$client" "$rep" "$status" "$wall" "$rate" "$cpu_us" \
        "$rss_mb" "$pub_rate" >>"$OUT/runs.tsv"
    log "$(printf '  %-13s n=%-8s qos=%s rep=%s  %-14s %8s msg/s  %7s us/msg  %6s MB' "$client" "$n" "$qos" "$rep" \
        "$status" "${rate:--}" "${cpu_us:--}" "${rss_mb:--}")"
}

# the broker's ingest with no subscriber: the ceiling of what any subscriber can get
pub_alone() {
    local n="$1" qos="$2" out
    out="$("$PUB" -h "$HOST" -p "$PORT" -t "bench/nobody" -n "$n" -s "$size" -q "$qos" -w "$window")"
    sed -n 's/.*rate=\([0-9.]*\).*/\1/p' <<<"$out"
}

declare -A ceiling
for qos in "${qoses[@]}"; do
    n="$(case_n "$qos")"
    log "run.sh: case n=$n qos=$qos size=$size, $reps rep(s)"
    ceiling[$qos]="$(pub_alone "$n" "$qos")"
    log "  publisher alone: ${ceiling[$qos]} msg/s"
    for ((rep = 1; rep <= reps; rep++)); do
        # alternate the order so that neither client always runs first
        order=("${clients[@]}")
        if ((rep % 2 == 0)); then
            order=()
            for ((i = ${#clients[@]} - 1; i >= 0; i--)); do order+=("${clients[i]}"); done
        fi
        for client in "${order[@]}"; do run_one "$client" "$n" "$qos" "$rep"; done
    done
done

# ------------------------------------------------------------------ summary
{
    echo "Subscriber benchmark: mosquitto $("$MOSQUITTO" -h 2>/dev/null | sed -n 's/^mosquitto version //p') on $HOST," \
        "payload $size bytes, $reps rep(s), $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "| N | QoS | client | rate msg/s (median) | signalbox / mosquitto_sub (median of per-rep ratios) | CPU us/msg (median) | peak RSS MB (max) | runs ok |"
    echo "|---:|---:|---|---:|---:|---:|---:|---:|"
    awk -F'\t' -v ceil="$(for q in "${qoses[@]}"; do printf '%s=%s ' "$q" "${ceiling[$q]}"; done)" '
        function median(list,   a, k, m, i, j, t) {  # POSIX awk (Debian: mawk): no asort
            k = split(list, a, " ")
            if (k == 0) return ""
            for (i = 2; i <= k; i++)
                for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            m = int((k + 1) / 2)
            return k % 2 ? a[m] : (a[m] + a[m + 1]) / 2
        }
        NR == 1 { next }
        {
            key = $1 SUBSEP $2 SUBSEP $3
            if (!(key in seen)) { seen[key] = 1; keys[++nk] = key }
            runs[key]++
            if ($5 != "ok") next
            ok[key]++
            rates[key] = rates[key] " " $7
            cpus[key] = cpus[key] " " $8
            if ($9 + 0 > rss[key] + 0) rss[key] = $9
            rate[$1 SUBSEP $2 SUBSEP $3 SUBSEP $4] = $7
            if ($4 > maxrep) maxrep = $4
        }
        END {
            nc = split(ceil, cs, " ")
            for (i = 1; i <= nk; i++) {
                split(keys[i], f, SUBSEP)
                ratio = "-"
                if (f[3] == "signalbox") {
                    list = ""
                    for (r = 1; r <= maxrep; r++) {
                        s = rate[f[1] SUBSEP f[2] SUBSEP "signalbox" SUBSEP r]
                        m = rate[f[1] SUBSEP f[2] SUBSEP "mosquitto_sub" SUBSEP r]
                        if (s != "" && m != "" && m > 0) list = list " " s / m
                    }
                    if (list != "") ratio = sprintf("%.2f", median(list))
                }
                med = median(rates[keys[i]]); cpu = median(cpus[keys[i]])
                printf "| %d | %s | %s | %s | %s | %s | %s | %d/%d |\n", f[1], f[2], f[3],
                    (med == "" ? "-" : sprintf("%.0f", med)), ratio, (cpu == "" ? "-" : sprintf("%.2f", cpu)),
                    (rss[keys[i]] == "" ? "-" : rss[keys[i]]), ok[keys[i]], runs[keys[i]]
            }
            for (i = 1; i <= nc; i++) {
                split(cs[i], kv, "=")
                printf "\nPublisher alone (no subscriber), QoS %s: %.0f msg/s.", kv[1], kv[2]
            }
            printf "\n"
        }' "$OUT/runs.tsv"
    echo
    echo "Rate: N / (publisher's first byte to the subscriber's exit). CPU and RSS: the subscriber" \
        "process (GNU time). A run that is not ok (LOST, EXIT-n, BROKER-DROPPED, NOT-SUBSCRIBED) is left out."
} | tee "$OUT/summary.md"
