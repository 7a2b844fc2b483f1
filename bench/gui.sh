#!/usr/bin/env bash
# gui.sh: the Signalbox window under a flood, its cold start and its idle memory, in one run.
#
#   bench/gui.sh                      500,000 QoS 0 messages of 256 bytes over 1000 topics
#   bench/gui.sh --quick              a smoke run: 20,000 messages, 3 cold starts
#   bench/gui.sh --perf               also record the window's process with perf during the flood
#
# Options:
#   --n N            messages in the flood (default 500000)
#   --topics T       topics the flood is spread over, bench/gui/<i> (default 1000)
#   --lanes L        publishers running side by side; each runs `pub` once per topic of its
#                    share, one after the other (default 4); above 1000 topics each lane runs
#                    one `pub` that goes round its share of the topics a message at a time
#                    (every batch the window gets then touches many topics: the tree's worst case)
#   --size BYTES     payload size (default 256)
#   --starts R       cold starts to time (default 5)
#   --idle-ms MS     idle time, connected and subscribed, before the RSS reading (default 2000)
#   --platform P     xcb (under xvfb-run when there is no $DISPLAY), offscreen, or auto:
#                    xcb where a display or xvfb-run is there, else offscreen (default auto)
#   --gui PATH       a bench_gui to use instead of building build-guibench/bench/bench_gui (Release)
#   --stall S        a client that receives nothing for S seconds has lost messages (default 10)
#   --perf           perf record (DWARF call graphs) the window's process from the start of the flood to its
#                    end; the report's top entries go to perf.txt
#   --view V         what the window shows during the flood: messages (the log), topics (the
#                    topic tree) or traffic (the traffic profile) (default messages)
#   --no-packet-trace  turn the page's packet inspector trace off in the flood run: a diagnosis
#                    (how much of the GUI thread's time the trace costs), not what users get
#   --quick          N 20000 and 3 cold starts (explicit options still win)
#
# Results: a table on stdout and in bench/out/gui-<time>/summary.md; bench_gui's output,
# mosquitto_sub's GNU time line and the broker's log next to it.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
HOST=127.0.0.1

n="" topics=1000 lanes=4 size=256 starts="" idle_ms=2000 platform=auto gui="" stall=10 perf=0 quick=0 gui_extra=()
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-2}"; }
args=("$@")
while (($#)); do
    case "$1" in
        --n) n="$2"; shift 2 ;;
        --topics) topics="$2"; shift 2 ;;
        --lanes) lanes="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --starts) starts="$2"; shift 2 ;;
        --idle-ms) idle_ms="$2"; shift 2 ;;
        --platform) platform="$2"; shift 2 ;;
        --gui) gui="$2"; shift 2 ;;
        --stall) stall="$2"; shift 2 ;;
        --perf) perf=1; shift ;;
        --no-packet-trace) gui_extra+=(--no-packet-trace); shift ;;
        --view) gui_extra+=(--view "$2"); shift 2 ;;
        --quick) quick=1; shift ;;
        -h | --help) usage 0 ;;
        *) echo "gui.sh: unknown option $1" >&2; usage ;;
    esac
done
[[ -n "$n" ]] || n=$((quick ? 20000 : 500000))
[[ -n "$starts" ]] || starts=$((quick ? 3 : 5))
((topics >= 1 && topics <= n && lanes >= 1)) || { echo "gui.sh: need 1 <= topics <= n and lanes >= 1" >&2; exit 2; }

log() { printf '%s\n' "$*" >&2; }
die() { log "gui.sh: $*"; exit 1; }

# ------------------------------------------------------------------ display
case "$platform" in
    auto)
        if [[ -n "${DISPLAY:-}" ]] || command -v xvfb-run >/dev/null; then platform=xcb; else platform=offscreen; fi ;;
    xcb | offscreen) ;;
    *) die "unknown platform '$platform'" ;;
esac
display_kind="$platform"
if [[ "$platform" == xcb ]]; then
    if [[ -z "${DISPLAY:-}" ]]; then
        command -v xvfb-run >/dev/null || die "no \$DISPLAY and no xvfb-run: use --platform offscreen"
        # the whole run under one X server, so that its start is in no measurement
        exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" env GUIBENCH_XVFB=1 "$0" "${args[@]}" --platform xcb
    fi
    [[ -n "${GUIBENCH_XVFB:-}" ]] && display_kind="xcb on Xvfb" || display_kind="xcb on $DISPLAY"
fi
export QT_QPA_PLATFORM="$platform"

# ------------------------------------------------------------ dependencies
prepare_extra=()
((perf == 0)) || command -v perf >/dev/null || prepare_extra+=(linux-perf)
# shellcheck source=bench/broker.sh
source "$HERE/broker.sh"
bench_prepare "${prepare_extra[@]}"
OUT="$HERE/out/gui-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
if [[ -z "$gui" ]]; then
    log "gui.sh: building bench_gui (Release) in build-guibench/"
    if [[ ! -f "$ROOT/build-guibench/CMakeCache.txt" ]]; then
        cmake -S "$ROOT" -B "$ROOT/build-guibench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIGNALBOX_BUILD_BENCHMARKS=ON \
            -DSIGNALBOX_BUILD_GUI=ON -DSIGNALBOX_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$ROOT/build-guibench" --target bench_gui -j2 >&2 || die "bench_gui did not build"
    gui="$ROOT/build-guibench/bench/bench_gui"
fi
# the window's settings and data in the results, not in the user's home
export XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/data" XDG_CACHE_HOME="$OUT/cache"

# ------------------------------------------------------------------- broker
# as bench/run.sh starts it (see bench/README.md, "The broker")
BROKER_DIR="$OUT/broker"
BROKER_LOG="$BROKER_DIR/mosquitto.log"
mkdir -p "$BROKER_DIR"
broker_pid="" gui_pid="" sub_pid="" perf_pid=""
cleanup() {
    local pid
    for pid in $perf_pid $gui_pid $sub_pid $(jobs -p); do kill "$pid" 2>/dev/null || true; done
    if [[ -n "$broker_pid" ]]; then
        kill "$broker_pid" 2>/dev/null || true
        wait "$broker_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_private_broker
log "gui.sh: mosquitto pid $broker_pid on $HOST:$PORT, platform $display_kind; results in $OUT"

now_ns() { date +%s%N; }
field() { sed -n "s/^$1=//p" "$2" | tail -n 1; } # field KEY FILE: bench_gui's key=value output
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# --------------------------------------------------------------- cold start
# From just before the fork to the end of the first expose (painted), as the driver's and
# bench_gui's CLOCK_REALTIME see it: exec, dynamic linking, QApplication, the platform
# plugin, building the window and its first paint are all in it.
log "gui.sh: cold start, $starts run(s)"
: >"$OUT/startup.tsv"
for ((i = 1; i <= starts; i++)); do
    t0="$(now_ns)"
    "$gui" --startup-only >"$OUT/startup-$i.out" 2>"$OUT/startup-$i.stderr" </dev/null || die "bench_gui --startup-only failed (see $OUT/startup-$i.stderr)"
    t1="$(now_ns)"
    expose="$(field expose_realtime_ns "$OUT/startup-$i.out")"
    printf '%s\t%s\t%s\n' "$(((expose - t0) / 1000))" "$(field main_to_expose_ms "$OUT/startup-$i.out")" \
        "$(((t1 - t0) / 1000))" >>"$OUT/startup.tsv"
    log "$(awk -F'\t' 'END { printf "  start %d: %.1f ms to the first expose (%.1f ms of it after main), %.1f ms to exit", '"$i"', $1 / 1000, $2, $3 / 1000 }' "$OUT/startup.tsv")"
done
startup_ms="$(cut -f1 "$OUT/startup.tsv" | median | awk '{ printf "%.0f", $1 / 1000 }')"
startup_main_ms="$(cut -f2 "$OUT/startup.tsv" | median | awk '{ printf "%.0f", $1 }')"
platform_name="$(field platform "$OUT/startup-1.out")"

# ------------------------------------------------------------------ publish
# publish N over the topics, `lanes` publishers side by side; prints the first byte's time
publish() {
    local prefix="$1" per=$((n / topics)) extra=$((n % topics)) lane pids=() t_start
    t_start="$(now_ns)"
    for ((lane = 0; lane < lanes; lane++)); do
        if ((topics > 1000)); then
            local share=$(((topics - lane + lanes - 1) / lanes)) count=$((n / lanes + (lane < n % lanes ? 1 : 0)))
            "$PUB" -h "$HOST" -p "$PORT" -t "$prefix" -T "$share" -o "$lane" -S "$lanes" -n "$count" -s "$size" \
                -q 0 -i "bench-pub-$lane" >/dev/null &
        else
            (
                for ((t = lane; t < topics; t += lanes)); do
                    count=$((per + (t < extra ? 1 : 0)))
                    "$PUB" -h "$HOST" -p "$PORT" -t "$prefix/$t" -n "$count" -s "$size" -q 0 -i "bench-pub-$lane-$t" >/dev/null
                done
            ) &
        fi
        pids+=($!)
    done
    for lane in "${pids[@]}"; do wait "$lane" || die "a publisher failed"; done
    echo "$t_start $(now_ns)"
}

log "gui.sh: the publishers alone (no subscriber): $n messages over $topics topics, $lanes lanes"
read -r a b < <(publish bench/nobody)
ceiling="$(awk -v n="$n" -v a="$a" -v b="$b" 'BEGIN { printf "%.0f", n / ((b - a) / 1e9) }')"
log "  $ceiling msg/s"

# -------------------------------------------------------------------- flood
log "gui.sh: flood: the window and mosquitto_sub, both subscribed to '#'"
"$gui" --host "$HOST" --port "$PORT" --n "$n" --idle-ms "$idle_ms" --stall-s "$stall" ${gui_extra[@]+"${gui_extra[@]}"} >"$OUT/gui.out" 2>"$OUT/gui.stderr" </dev/null &
gui_pid=$!
for ((i = 0; i < 600; i++)); do
    grep -q '^READY$' "$OUT/gui.out" && break
    kill -0 "$gui_pid" 2>/dev/null || die "bench_gui exited before it was ready (see $OUT/gui.stderr)"
    sleep 0.05
done
grep -q '^READY$' "$OUT/gui.out" || die "bench_gui was not ready in 30 s (see $OUT/gui.stderr)"
idle_rss="$(field idle_rss_mb "$OUT/gui.out")"
log "  window connected and subscribed; idle RSS $idle_rss MB"

sub_id="bench-sub-$$"
off="$(stat -c %s "$BROKER_LOG")"
(
    /usr/bin/time -f '%M %U %S %e %x' -o "$OUT/sub.time" mosquitto_sub -h "$HOST" -p "$PORT" -i "$sub_id" -t '#' -q 0 -C "$n" \
        >/dev/null 2>"$OUT/sub.stderr" </dev/null || true
    now_ns >"$OUT/sub.exit"
) &
sub_pid=$!
for ((i = 0; i < 2000; i++)); do
    tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: $sub_id 0 #\$" && break
    sleep 0.01
done
tail -c +"$((off + 1))" "$BROKER_LOG" | grep -Eq "^[0-9]+: $sub_id 0 #\$" || die "mosquitto_sub did not subscribe"

if ((perf)); then
    perf record --call-graph dwarf,16384 -F 499 -p "$gui_pid" -o "$OUT/perf.data" >"$OUT/perf.stdout" 2>"$OUT/perf.stderr" &
    perf_pid=$!
    sleep 0.5
fi

read -r t_start t_pub_end < <(publish bench/gui)
pub_rate="$(awk -v n="$n" -v a="$t_start" -v b="$t_pub_end" 'BEGIN { printf "%.0f", n / ((b - a) / 1e9) }')"
log "  published in $(awk -v a="$t_start" -v b="$t_pub_end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }') s ($pub_rate msg/s)"

# wait for both; a client that takes no new message for $stall s has lost some
deadline=$((SECONDS + 600))
while kill -0 "$gui_pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.25; done
gui_code=0
wait "$gui_pid" || gui_code=$?
gui_pid=""
if [[ -n "$perf_pid" ]]; then
    wait "$perf_pid" 2>/dev/null || true
    perf_pid=""
fi
sub_status=ok
sub_deadline=$((SECONDS + stall))
while kill -0 "$sub_pid" 2>/dev/null && [[ ! -s "$OUT/sub.exit" ]]; do
    sleep 0.25
    if ((SECONDS > sub_deadline)); then sub_status=LOST; break; fi
done
first_child() { local kids; kids="$(cat "/proc/$1/task/$1/children" 2>/dev/null || true)"; echo "${kids%% *}"; }
if [[ "$sub_status" != ok ]]; then
    p="$(first_child "$(first_child "$sub_pid")")" # subshell → time → mosquitto_sub
    if [[ -n "$p" ]]; then kill "$p" 2>/dev/null || true; fi
fi
wait "$sub_pid" 2>/dev/null || true
sub_pid=""
tail -c +"$((off + 1))" "$BROKER_LOG" | grep -q "being dropped" && sub_status=BROKER-DROPPED

gui_status="$(field status "$OUT/gui.out")"
[[ -n "$gui_status" ]] || gui_status="EXIT-$gui_code"
gui_rate="$(awk -v n="$(field received "$OUT/gui.out")" -v a="$t_start" -v b="$(field last_realtime_ns "$OUT/gui.out")" \
    'BEGIN { print (b > a ? sprintf("%.0f", n / ((b - a) / 1e9)) : "-") }')"
shown_rate="$(awk -v n="$(field log_total "$OUT/gui.out")" -v a="$t_start" -v b="$(field shown_realtime_ns "$OUT/gui.out")" \
    'BEGIN { print (b > a ? sprintf("%.0f", n / ((b - a) / 1e9)) : "-") }')"
sub_rate="-" sub_cpu="-"
if [[ "$sub_status" == ok && -s "$OUT/sub.exit" ]]; then
    read -r _ su ss _ _ < <(tail -n 1 "$OUT/sub.time")
    sub_rate="$(awk -v n="$n" -v a="$t_start" -v b="$(cat "$OUT/sub.exit")" 'BEGIN { printf "%.0f", n / ((b - a) / 1e9) }')"
    sub_cpu="$(awk -v n="$n" -v u="$su" -v s="$ss" 'BEGIN { printf "%.2f", (u + s) / n * 1e6 }')"
fi

if [[ -f "$OUT/perf.data" ]]; then
    # the GUI thread (its comm is the program's name; the client's worker is "mqtt:<host>")
    perf report -i "$OUT/perf.data" --children --comm bench_gui --sort sym -g none --percent-limit 2 --stdio 2>/dev/null |
        grep -v '^#' | grep -v '^$' | cut -c1-200 >"$OUT/perf.txt" || true
    perf report -i "$OUT/perf.data" --no-children --sort comm -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' \
        >"$OUT/perf-threads.txt" || true
fi

# ------------------------------------------------------------------ summary
f() { field "$1" "$OUT/gui.out"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "" || v == "-") print "-"; else print (v + 0 < t + 0 ? "yes" : "NO") }'; }
{
    echo "GUI benchmark: Signalbox window ($platform_name, $display_kind), mosquitto $("$MOSQUITTO" -h 2>/dev/null |
        sed -n 's/^mosquitto version //p') on $HOST, $n QoS 0 messages of $size bytes over $topics topics," \
        "$(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "| measure | value | target | met |"
    echo "|---|---:|---:|---|"
    echo "| view shown during the flood; packet inspector trace | $(f view); $(f packet_trace) | | |"
    echo "| topic tree nodes after the flood | $(f tree_nodes) | | |"
    echo "| event-loop stall during the flood, p50 (1 ms timer, gap between ticks) | $(f stall_p50_ms) ms | | |"
    echo "| event-loop stall, p99 | $(f stall_p99_ms) ms | < 16 ms | $(verdict "$(f stall_p99_ms)" 16) |"
    echo "| event-loop stall, max | $(f stall_max_ms) ms | < 100 ms | $(verdict "$(f stall_max_ms)" 100) |"
    echo "| stalls of 8 ms or more: count; GUI thread on a CPU for | $(f long_stalls); $(f long_stalls_on_cpu_percent)% of their time | | |"
    echo "| the five largest stalls: ms @ s after the first message / GUI-thread CPU ms | $(f stall_largest) | | |"
    echo "| posted-event delay p50 / p99 / max | $(f posted_p50_ms) / $(f posted_p99_ms) / $(f posted_max_ms) ms | | |"
    echo "| cold start to first expose, median of $starts ($(cut -f1 "$OUT/startup.tsv" | awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $1 / 1000 }') ms) | $startup_ms ms | < 500 ms | $(verdict "$startup_ms" 500) |"
    echo "| of it after main() | $startup_main_ms ms | | |"
    echo "| idle RSS, connected and subscribed, ${idle_ms} ms idle | $idle_rss MB | < 80 MB | $(verdict "$idle_rss" 80) |"
    echo "| window: received / in the log / dropped by the log (status) | $(f received) / $(f log_total) / $(f dropped) ($gui_status) | $n | |"
    echo "| window: rate, received in the GUI thread / shown in the log | $gui_rate / $shown_rate msg/s | | |"
    echo "| window: CPU per message, process / GUI thread; GUI thread busy | $(f cpu_us_per_msg) / $(f gui_thread_cpu_us_per_msg) µs, $(f gui_thread_busy_percent)% | | |"
    echo "| window: GUI thread runnable but waiting for a CPU (schedstat) | $(f gui_thread_waiting_for_cpu_percent)% of the flood | | |"
    echo "| window: RSS after the flood / peak | $(f rss_after_mb) / $(f peak_rss_mb) MB | | |"
    echo "| mosquitto_sub in the same flood: rate (status), CPU | $sub_rate msg/s ($sub_status), $sub_cpu µs/msg | | |"
    echo "| publishers: with both subscribers / alone | $pub_rate / $ceiling msg/s | | |"
    echo
    echo "Stall: the gap between consecutive ticks of a 1 ms Qt::PreciseTimer in the GUI thread, from the" \
        "first message the window received until its log held all $n ($(f ticks) ticks). Posted-event" \
        "delay: an event posted at each tick until its delivery. Rates: messages / (first published" \
        "byte → the last one received). Cold start: fork of bench_gui → the end of its first expose."
    if [[ -s "$OUT/perf.txt" ]]; then echo; echo "perf, the GUI thread (inclusive): $OUT/perf.txt"; fi
} | tee "$OUT/summary.md"
