#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a fresh root and proves that what it installs
# works with nothing but the packages its Depends line names (and theirs):
#   - the Depends line names the Qt libraries, the SQLite driver and the QPA plugins, and
#     Depends or Recommends names qt6-translations-l10n (Qt's own Korean, Chinese and Japanese strings)
#   - the desktop entry and the AppStream file validate, the icons are there, all named by the id
#   - signalbox-cli --help and --version run; signalbox starts (on Xvfb when it is installed,
#     offscreen otherwise), saves a screenshot and quits; its profile lands under the id
#   - every library the installed programs and the plugins Qt opens at run time (SQLite driver,
#     xcb and offscreen platforms, OpenSSL backend) link belongs to a package in the closure of
#     Depends, and every shared object the runs loaded belongs to some package
# Usage: check-deb.sh CPACK BUILD_DIR WORK_DIR
set -euo pipefail

cpack_command=$1
build_dir=$2
work=$3
id=io.github.signalbox.Signalbox

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

# 1. The package.
(cd "$build_dir" && "$cpack_command" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
debs=("$work"/out/*.deb)
[[ -f "${debs[0]}" ]] || { echo "FAIL: cpack made no .deb" >&2; exit 1; }
deb=${debs[0]}
pass "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for wanted in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
    if grep -Eq "(^|, *)$wanted( |,|$)" <<<"$depends"; then pass "Depends names $wanted"; else fail "Depends lacks $wanted"; fi
done
# Qt's own strings (the standard dialog buttons) in Korean, Chinese and Japanese come from
# qt6-translations-l10n: without it such a user meets "Cancel" (apt installs Recommends by default).
recommends=$(dpkg-deb --field "$deb" Recommends)
echo "Recommends: $recommends"
if grep -Eq "(^|, *)qt6-translations-l10n( |,|$)" <<<"$depends, $recommends"; then
    pass "Depends or Recommends names qt6-translations-l10n"
else
    fail "neither Depends nor Recommends names qt6-translations-l10n (Qt's Korean, Chinese and Japanese strings)"
fi

# 2. The files, unpacked into an empty root.
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop=$root/usr/share/applications/$id.desktop
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
for f in "$root/usr/bin/signalbox" "$root/usr/bin/signalbox-cli" "$desktop" "$metainfo" \
         "$root/usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    [[ -f "$f" ]] && pass "installs ${f#"$root"}" || fail "does not install ${f#"$root"}"
done
copyright=$root/usr/share/doc/signalbox/copyright
if grep -qx "License: Apache-2.0" "$copyright" 2>/dev/null; then
    pass "the licence in ${copyright#"$root"}"
else
    fail "no Apache-2.0 licence at ${copyright#"$root"}"
fi
grep -q "<project_license>Apache-2.0</project_license>" "$metainfo" && pass "metainfo project_license" ||
    fail "the metainfo's project_license is not Apache-2.0"
for size in 16 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$id.png
    if [[ -f "$png" ]] && file "$png" | grep -q "PNG image data, $size x $size"; then
        pass "icon ${size}x$size"
    else
        fail "no ${size}x$size PNG icon at ${png#"$root"}"
    fi
done
desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 && pass "appstreamcli validate" ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate $metainfo"; }
grep -qx "Icon=$id" "$desktop" && pass "Icon=$id" || fail "the desktop entry's Icon is not $id"
grep -q "<id>$id</id>" "$metainfo" && pass "metainfo id" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" && pass "metainfo launchable" ||
    fail "the metainfo does not launch $id.desktop"

# 3. The installed programs, with a home of their own inside the root.
export HOME=$root/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset LD_LIBRARY_PATH QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH DBUS_SESSION_BUS_ADDRESS
# LD_DEBUG=files records every shared object each run loads, dlopen()ed plugins included.
if LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-cli-help "$root/usr/bin/signalbox-cli" --help >"$work/cli-help.txt" 2>&1 &&
   grep -q "signalbox-cli" "$work/cli-help.txt"; then
    pass "signalbox-cli --help"
else
    cat "$work/cli-help.txt" >&2; fail "signalbox-cli --help"
fi
cli_version=$(LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-cli-version "$root/usr/bin/signalbox-cli" --version 2>&1) || true
[[ "$cli_version" == *"${version%%-*}"* ]] && pass "signalbox-cli --version: $cli_version" ||
    fail "signalbox-cli --version says '$cli_version', the package is $version"

# Xvfb when there is one (the xcb platform plugin, as on a desktop), else Qt's offscreen platform.
xvfb_pid=
if command -v Xvfb >/dev/null; then
    exec 3>"$work/display"
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
    export DISPLAY=:$(head -n1 "$work/display") QT_QPA_PLATFORM=xcb
else
    export QT_QPA_PLATFORM=offscreen
fi
trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null; true' EXIT
shot=$work/window.png
# --connect to a closed port: the window makes a profile and saves it, which shows where data goes.
if LD_DEBUG=files LD_DEBUG_OUTPUT=$work/ld-gui timeout 60 "$root/usr/bin/signalbox" --connect mqtt://127.0.0.1:1 \
        --connection-name packaging --screenshot "$shot" --screenshot-delay 500 >"$work/gui.log" 2>&1 &&
   file "$shot" | grep -q "PNG image data"; then
    pass "signalbox ($QT_QPA_PLATFORM) saved $(file -b "$shot" | cut -d, -f1-2)"
else
    cat "$work/gui.log" >&2; fail "signalbox did not start and save its screenshot ($QT_QPA_PLATFORM)"
fi
profiles=$XDG_DATA_HOME/io.github.signalbox/Signalbox/profiles.json
[[ -f "$profiles" ]] && pass "profiles in ${profiles#"$root"}" || fail "no profiles at ${profiles#"$root"}: $(cd "$HOME" && find . -type f | head)"

# 4. Every shared object from a package in the closure of Depends.
owner() { # the package holding a file, trying the path as given and as resolved (merged /usr)
    local path=$1 real
    real=$(readlink -f "$path")
    local p found
    for p in "$path" "$real" "${path/#\/usr\/lib\//\/lib\/}" "${real/#\/usr\/lib\//\/lib\/}"; do
        found=$(dpkg-query -S "$p" 2>/dev/null | head -n1 | cut -d: -f1 | cut -d, -f1) || true
        [[ -n "$found" ]] && { echo "$found"; return 0; }
    done
    return 1
}
declare -A closure=()
queue=()
IFS=',' read -ra top <<<"$depends"
for d in "${top[@]}"; do queue+=("$d"); done
while ((${#queue[@]})); do
    item=${queue[0]}
    queue=("${queue[@]:1}")
    IFS='|' read -ra alternatives <<<"$item"
    for alt in "${alternatives[@]}"; do
        name=$(sed -E 's/\(.*\)//; s/:any//; s/[[:space:]]//g' <<<"$alt")
        [[ -z "$name" || -n "${closure[$name]:-}" ]] && continue
        fields=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$name" 2>/dev/null) || continue # virtual, or not installed
        closure[$name]=1
        IFS=',' read -ra more <<<"$fields"
        for d in "${more[@]}"; do [[ "$d" =~ [^[:space:]] ]] && queue+=("$d"); done
    done
done
echo "closure of Depends: ${#closure[@]} packages"

# the plugins Qt opens at run time, whether or not these runs needed them
qtcore=$(ldd "$root/usr/bin/signalbox" | awk '/libQt6Core\.so/ {print $3}')
plugins=$(dirname "$(readlink -f "$qtcore")")/qt6/plugins
objects=("$root/usr/bin/signalbox" "$root/usr/bin/signalbox-cli")
for p in sqldrivers/libqsqlite.so platforms/libqxcb.so platforms/libqoffscreen.so tls/libqopensslbackend.so; do
    if [[ -f "$plugins/$p" ]]; then objects+=("$plugins/$p"); else fail "no $plugins/$p"; fi
done
# What must be there: the programs, the plugins above and all they link (ldd is transitive).
for o in "${objects[@]}"; do
    [[ "$o" == "$root"/* ]] || echo "$o"
    ldd "$o" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
done | sort -u >"$work/required.txt"
unowned=0
while read -r object; do
    if ! package=$(owner "$object"); then
        fail "$object belongs to no package"; unowned=$((unowned + 1))
    elif [[ -z "${closure[$package]:-}" ]]; then
        fail "$object is in $package, which Depends does not bring"; unowned=$((unowned + 1))
    fi
done <"$work/required.txt"
((unowned == 0)) && pass "all $(wc -l <"$work/required.txt") shared objects the programs and plugins need come from the closure of Depends"

# What the runs loaded besides: a failure if it is in no package at all; a note if its package
# is outside Depends, since Qt opens such things (libqsvg, libXcursor) only when they are
# installed and does without them otherwise.
cat "$work"/ld-* 2>/dev/null | sed -nE 's/.*calling init: (\/[^ ]+).*/\1/p' | sort -u >"$work/loaded.txt"
while read -r object; do
    [[ "$object" == "$root"/* ]] && continue
    if ! package=$(owner "$object"); then
        fail "the programs loaded $object, which belongs to no package"
    elif [[ -z "${closure[$package]:-}" ]]; then
        echo "note: loaded $object ($package), optional: Qt uses it because it is installed here"
    fi
done <"$work/loaded.txt"
pass "the runs loaded $(wc -l <"$work/loaded.txt") shared objects"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
