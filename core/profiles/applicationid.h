#pragma once

#include <QtGlobal>

namespace Signalbox {

// The reverse-DNS application id, the same in the desktop entry, the AppStream
// metainfo, the icon names, the macOS bundle identifier and QGuiApplication's
// desktop file name.
inline constexpr char ApplicationId[] = "io.github.signalbox.Signalbox";
// QSettings and QStandardPaths build their paths from these two names, so the
// settings are ~/.config/io.github.signalbox/Signalbox.conf and the data
// ~/.local/share/io.github.signalbox/Signalbox on Linux. macOS uses the reversed
// domain instead: ~/Library/Preferences/io.github.signalbox.Signalbox.plist.
inline constexpr char OrganizationName[] = "io.github.signalbox";
inline constexpr char OrganizationDomain[] = "signalbox.github.io";
inline constexpr char ApplicationName[] = "Signalbox";

// Sets QCoreApplication's organization name and domain, application name and
// version (the project's). Call once, after the application object exists.
void applyApplicationIdentity();

} // namespace Signalbox
