#pragma once

#include <QString>
#include <QStringList>

namespace Signalbox {

// The languages Signalbox is translated into, as codes ("en", "ko").
QStringList availableLanguages();
// A language's own name for itself ("English", "한국어"); the code when unknown.
QString languageName(const QString &code);

// Installs the translations of `language` on the application: core's and ui's
// from :/i18n and Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath
// when present. "" or "system" follows QLocale::system(). Replaces the
// translators an earlier call installed (widgets made before keep their text).
// A language chosen other than the system's also becomes QLocale's default.
// Returns whether our translations for the language were loaded (English
// needs none beyond plurals and loads them too); false leaves the source
// texts. Needs a QCoreApplication; main thread only.
bool installTranslations(const QString &language);

// The language chosen in the settings (QSettings "language"): a code from
// availableLanguages(), or "system" (the default).
QString languageSetting();
void setLanguageSetting(const QString &language);

} // namespace Signalbox
