#!/usr/bin/env bash
# Publisher memory benchmark: signalbox-cli pub -l against mosquitto_pub -l, both reading the
# same file of 242-byte lines on stdin and publishing each line to a private mosquitto on
# 127.0.0.1, while mosquitto_sub counts what arrives. See bench/README.md.
#
#   bench/pub-memory.sh                     1 GB of lines at QoS 0, 1 and 2, 1 rep
#   bench/pub-memory.sh --size 50000000     a quick run: 50 MB
#   bench/pub-memory.sh --qos 0,1 --reps 3
#
# Options:
#   --size BYTES     input size, rounded down to whole lines (default 1000000000)
#   --line BYTES     line length with its '\n' (default 242)
#   --qos LIST       QoS levels, comma separated (default 0,1,2)
#   --reps R         repetitions, clients interleaved (default 1)
#   --only LIST      clients, comma separated: signalbox, mosquitto_pub (default both)
#   --cli PATH       a signalbox-cli to use instead of building build-bench/app/signalbox-cli (Release)
#   --wait S         once the publisher has exited, the subscriber is stopped when it has received
#                    nothing for S seconds (default 30); what it has not got by then counts as lost
#
# Results: a table on stdout; every run in bench/out/<time>/runs.tsv, the table in summary.md,
# the broker's log and each client's stderr next to them. The input file is kept in
# bench/out/ and reused by later runs of the same size.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
HOST=127.0.0.1

size=1000000000 line=242 qos_list="0,1,2" reps=1 only="signalbox,mosquitto_pub" cli="" wait_s=30
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-2}"; }
while (($#)); do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --line) line="$2"; shift 2 ;;
        --qos) qos_list="$2"; shift 2 ;;
        --reps) reps="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --cli) cli="$2"; shift 2 ;;
        --wait) wait_s="$2"; shift 2 ;;
        -h | --help) usage 0 ;;
        *) echo "pub-memory.sh: unknown option $1" >&2; usage ;;
    esac
done
IFS=, read -r -a clients <<<"$only"
IFS=, read -r -a qoses <<<"$qos_list"
for c in "${clients[@]}"; do
    [[ "$c" == signalbox || "$c" == mosquitto_pub ]] || { echo "pub-memory.sh: unknown client '$c'" >&2; exit 2; }
done
((line >= 10)) || { echo "pub-memory.sh: --line must be at least 10" >&2; exit 2; }
lines=$((size / line))

log() { printf '%s\n' "$*" >&2; }
die() { log "pub-memory.sh: $*"; exit 1; }

# --------------------------------------------------------------- dependencies
# shellcheck source=bench/broker.sh
source "$HERE/broker.sh"
# shellcheck disable=SC2119 # no extra packages
bench_prepare
command -v mosquitto_pub >/dev/null || die "mosquitto_pub is missing: apt-get install mosquitto-clients"
OUT="$HERE/out/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"

if [[ " ${clients[*]} " == *" signalbox "* && -z "$cli" ]]; then
    log "pub-memory.sh: building signalbox-cli (Release) in build-bench/"
    if [[ ! -f "$ROOT/build-bench/CMakeCache.txt" ]]; then
        cmake -S "$ROOT" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIGNALBOX_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$ROOT/build-bench" --target signalbox-cli -j2 >&2 ||
        die "signalbox-cli did not build; run with --only mosquitto_pub to measure the peer alone"
    cli="$ROOT/build-bench/app/signalbox-cli"
fi

# the input: numbered lines of $line bytes, made once per size
INPUT="$HERE/out/lines-$lines-x$line.txt"
if [[ ! -s "$INPUT" || "$(stat -c %s "$INPUT")" != $((lines * line)) ]]; then
    log "pub-memory.sh: writing $lines lines of $line bytes to $INPUT"
    awk -v n="$lines" -v w="$line" 'BEGIN {
        pad = sprintf("%*s", w - 10, ""); gsub(/ /, "x", pad)
        for (i = 0; i < n; i++) printf "%08d %s\n", i, pad
    }' >"$INPUT.tmp"
    mv "$INPUT.tmp" "$INPUT"
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
log "pub-memory.sh: mosquitto pid $broker_pid on $HOST:$PORT; $lines lines ($((lines * line)) bytes); results in $OUT"

# --------------------------------------------------------------------- runs
printf 'bytes\tlines\tqos\tclient\trep\tstatus\tpeak_rss_mb\telapsed_s\tdelivered\n' >"$OUT/runs.tsv"
seq_no=0

# run_one CLIENT QOS REP: one publisher run with a counting subscriber, appended to runs.tsv
run_one() {
    local client="$1" qos="$2" rep="$3"
    seq_no=$((seq_no + 1))
    local id topic tag argv off spid i status="ok" rss="" elapsed="" code="" delivered
    id="$(printf '%04d' "$seq_no")"
    topic="pubmem/$id/t"
    tag="$OUT/$id-$client-q$qos"
    case "$client" in
        signalbox) argv=("$cli" pub -h "$HOST" -p "$PORT" -t "$topic" -q "$qos" -l) ;;
        mosquitto_pub) argv=(mosquitto_pub -h "$HOST" -p "$PORT" -t "$topic" -q "$qos" -l) ;;
    esac
    off="$(stat -c %s "$BROKER_LOG")"
    # its output goes to a file (counted, then removed): a pipe to a counter would hide its pid
    mosquitto_sub -h "$HOST" -p "$PORT" -t "$topic" -q "$qos" -C "$lines" >"$tag.sub.out" 2>"$tag.sub.stderr" &
    spid=$!
    # the broker writes "<client id> <qos> <filter>" once the subscription is in place
    for ((i = 0; i < 2000; i++)); do
        tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: [^ ]+ $qos $topic\$" && break
        sleep 0.01
    done
    if ! tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: [^ ]+ $qos $topic\$"; then
        status="NOT-SUBSCRIBED"
    else
        /usr/bin/time -f '%M %e %x' -o "$tag.time" "${argv[@]}" <"$INPUT" >/dev/null 2>"$tag.stderr" || true
        read -r rss elapsed code < <(tail -n 1 "$tag.time")
        [[ "$code" == 0 ]] || status="EXIT-$code"
    fi
    # the broker may still be sending the backlog: wait while the subscriber's output grows
    local got last_got=-1 last_change=$EPOCHSECONDS
    while kill -0 "$spid" 2>/dev/null && ((EPOCHSECONDS - last_change < wait_s)); do
        got="$(stat -c %s "$tag.sub.out")"
        if [[ "$got" != "$last_got" ]]; then
            last_got="$got"
            last_change=$EPOCHSECONDS
        fi
        sleep 0.2
    done
    kill "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    delivered="$(wc -l <"$tag.sub.out")"
    rm -f "$tag.sub.out"
    [[ "$status" != ok || "$delivered" == "$lines" ]] || status="LOST"
    if [[ "$status" == ok ]] && tail -c +"$((off + 1))" "$BROKER_LOG" | grep -q "being dropped"; then
        status="BROKER-DROPPED"
    fi
    local rss_mb
    rss_mb="$(awk -v k="${rss:-0}" 'BEGIN { printf "%.1f", k / 1024 }')"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$((lines * line))" "$lines" "$qos" "$client" "$rep" "$status" \
        "$rss_mb" "${elapsed:-}" "$delivered" >>"$OUT/runs.tsv"
    log "$(printf '  %-13s qos=%s rep=%s  %-14s peak RSS %7s MB  %8s s  %s/%s lines delivered' "$client" "$qos" "$rep" \
        "$status" "$rss_mb" "${elapsed:--}" "$delivered" "$lines")"
}

for qos in "${qoses[@]}"; do
    for ((rep = 1; rep <= reps; rep++)); do
        # alternate the order so that neither client always runs first
        order=("${clients[@]}")
        if ((rep % 2 == 0)); then
            order=()
            for ((i = ${#clients[@]} - 1; i >= 0; i--)); do order+=("${clients[i]}"); done
        fi
        for client in "${order[@]}"; do run_one "$client" "$qos" "$rep"; done
    done
done

# ------------------------------------------------------------------ summary
{
    echo "Publisher memory benchmark: mosquitto $("$MOSQUITTO" -h 2>/dev/null | sed -n 's/^mosquitto version //p') on $HOST," \
        "$lines lines of $line bytes ($((lines * line)) bytes) on stdin, $reps rep(s), $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "| QoS | client | peak RSS MB (max) | signalbox / mosquitto_pub RSS | elapsed s (median) | lines delivered (min) | runs ok |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
    awk -F'\t' '
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
            key = $3 SUBSEP $4
            if (!(key in seen)) { seen[key] = 1; keys[++nk] = key }
            runs[key]++
            if (!(key in minlines) || $9 + 0 < minlines[key] + 0) minlines[key] = $9
            if ($7 + 0 > rss[key] + 0) rss[key] = $7
            if ($6 != "ok") next
            ok[key]++
            times[key] = times[key] " " $8
        }
        END {
            for (i = 1; i <= nk; i++) {
                split(keys[i], f, SUBSEP)
                ratio = "-"
                if (f[2] == "signalbox") {
                    m = rss[f[1] SUBSEP "mosquitto_pub"]
                    if (m + 0 > 0) ratio = sprintf("%.2f", rss[keys[i]] / m)
                }
                t = median(times[keys[i]])
                printf "| %s | %s | %s | %s | %s | %s | %d/%d |\n", f[1], f[2], rss[keys[i]], ratio,
                    (t == "" ? "-" : t), minlines[keys[i]], ok[keys[i]], runs[keys[i]]
            }
        }' "$OUT/runs.tsv"
    echo
    echo "Peak RSS and elapsed: the publisher process (GNU time), from its start to its exit (for QoS 1/2" \
        "after the last acknowledgement). Delivered: lines mosquitto_sub counted at the same QoS. A run" \
        "that is not ok (LOST, EXIT-n, BROKER-DROPPED, NOT-SUBSCRIBED) is left out of the elapsed median."
} | tee "$OUT/summary.md"
