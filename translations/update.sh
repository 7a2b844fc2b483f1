#!/bin/sh
# Refreshes the .ts files from the sources. Run from anywhere; then translate
# the new (unfinished) entries of each language in Qt Linguist and commit the .ts files.
# The English files hold only the plural (%n) forms; every other English text
# is the source text itself.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
for lib in core ui; do
    # the window's command-line help (context "main") goes with ui's texts: it is in
    # ui/startupoptions.cpp now; app/gui/main.cpp is scanned for any text left there
    extra=; [ "$lib" = ui ] && extra="$root/app/gui/main.cpp"
    for lang in ko zh_CN ja; do
        "$lupdate" -locations absolute -no-obsolete "$root/$lib" $extra -ts "$here/signalbox_${lib}_${lang}.ts"
    done
    "$lupdate" -locations absolute -pluralonly "$root/$lib" $extra -ts "$here/signalbox_${lib}_en.ts"
done
