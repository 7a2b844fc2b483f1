#!/bin/sh
# Runs clang-tidy (the checks in .clang-tidy) over Signalbox's sources, using the
# compile commands of a build (CMAKE_EXPORT_COMPILE_COMMANDS is on).
#   tools/tidy.sh                      every source file, build in ./build
#   tools/tidy.sh build-asan           another build folder
#   tools/tidy.sh build ui/connection  only the files whose path contains this
# JOBS=n sets how many files are checked at once (default: all cores). It takes
# long (a Qt translation unit is seconds to parse): check what you touched.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
filter=${2:-}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy.sh: no $build/compile_commands.json; configure with cmake first" >&2
    exit 1
fi
run=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$run" ]; then
    echo "tidy.sh: run-clang-tidy not found (Debian: apt-get install clang-tidy)" >&2
    exit 1
fi
# Our .cpp files only, not what the build generates (moc, resources).
files="^$root/(?=.*$filter)(core|ui|app|tests|bench)/.*\.cpp\$"
if [ -t 1 ]; then
    exec "$run" -quiet -p "$build" -j "${JOBS:-$(nproc)}" "$files"
fi
# run-clang-tidy-14 always asks for colours; leave them out of a log.
"$run" -quiet -p "$build" -j "${JOBS:-$(nproc)}" "$files" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
