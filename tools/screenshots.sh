#!/usr/bin/env bash
# The window as people see it, for docs/screenshots/: a private mosquitto on
# 127.0.0.1 with $SYS every second, the CLI's demo publisher, and the window
# under Xvfb connected to it, at three screen sizes, light and dark, in each
# language; then each view at 1600x1000.
#
#   tools/screenshots.sh [BUILD_DIR [OUT_DIR]]     (build, docs/screenshots/matrix)
#
# Needs xvfb-run, mosquitto and a built signalbox and signalbox-cli. Each shot
# runs with a HOME of its own, so the user's settings are neither used nor changed.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="$(realpath "${1:-build}")"
OUT="$(realpath -m "${2:-docs/screenshots/matrix}")"
GUI="$BUILD/app/signalbox"
CLI="$BUILD/app/signalbox-cli"
[[ -x "$GUI" && -x "$CLI" ]] || { echo "screenshots: build signalbox and signalbox-cli in $BUILD first" >&2; exit 1; }
mkdir -p "$OUT"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

port=18871
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
{
    echo "listener $port 127.0.0.1"
    echo "allow_anonymous true"
    echo "sys_interval 1"
    [[ "$(id -u)" == 0 ]] && echo "user root"
} >"$work/mosquitto.conf"
mosquitto -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
pids+=($!)
sleep 0.5
"$CLI" demo -h 127.0.0.1 -p "$port" >"$work/demo.log" 2>&1 &
pids+=($!)
sleep 2 # some messages are retained before the window subscribes

# shot NAME WIDTHxHEIGHT THEME(1 light, 2 dark) LANGUAGE [signalbox options]
shot() {
    local name="$1" size="$2" theme="$3" language="$4"
    shift 4
    local home="$work/home-$name"
    mkdir -p "$home/.config/io.github.signalbox"
    printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$language" \
        >"$home/.config/io.github.signalbox/Signalbox.conf"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        xvfb-run -a -s "-screen 0 ${size}x24" "$GUI" --screenshot "$OUT/$name.png" --screenshot-delay 5000 "$@" \
        >"$work/$name.log" 2>&1 || { echo "screenshots: $name failed:" >&2; cat "$work/$name.log" >&2; return 1; }
    echo "$OUT/$name.png"
}

connect=(--connect "mqtt://127.0.0.1:$port" --connection-name "Local mosquitto" --subscribe '#' --subscribe '$SYS/#')
for size in 1280x800 1366x768 1920x1080; do
    for theme in light dark; do
        t=1
        [[ "$theme" == dark ]] && t=2
        for language in en ko zh_CN ja; do
            shot "main-$size-$theme-$language" "$size" "$t" "$language" "${connect[@]}"
        done
    done
done
for theme in light dark; do
    t=1
    [[ "$theme" == dark ]] && t=2
    shot "welcome-1280x800-$theme" 1280x800 "$t" en
    for view in topics traffic retained broker; do
        shot "$view-1600x1000-$theme" 1600x1000 "$t" en "${connect[@]}" --view "$view"
    done
    # the demo's fields: lux on Sensor/cds/value, distance_cm on Sensor/ultrasonic/distance
    shot "charts-1600x1000-$theme" 1600x1000 "$t" en "${connect[@]}" --view charts \
        --plot 'Sensor/cds/value|lux' --plot 'Sensor/ultrasonic/distance|distance_cm'
done
