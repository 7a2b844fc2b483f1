#pragma once

// The connection editor's field helpers: widgets made with their object names
// (tests and accessibility tools find fields by them), byte fields shown as
// text or hex, and spin boxes that give back exactly what they were given.

#include "payload/payloadformat.h"

#include <QString>

#include <limits>

class QByteArray;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Signalbox::EditorFields {

// The most a QSpinBox holds; fields whose protocol range is wider stop there.
constexpr int MaxSpin = std::numeric_limits<int>::max();

// New widgets, without a parent (a layout adopts them).
QSpinBox *spinBox(int minimum, int maximum, const QString &objectName, const QString &suffix = QString());
QDoubleSpinBox *doubleSpinBox(double minimum, double maximum, int decimals, const QString &objectName);
QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = QString()); // with a clear button
QCheckBox *checkBox(const QString &text, const QString &objectName);
// A Text/Hex box; each item's data is its PayloadFormat as an int.
QComboBox *formatBox(const QString &objectName);
// A word-wrapped label, hidden until it has something to say.
QLabel *noteLabel(const QString &objectName);

// Sets the text only when it differs (two edits that mirror each other stop there).
void setIfDifferent(QLineEdit *edit, const QString &text);
// value as a spin box value: larger ones become MaxSpin.
int clampToSpin(quint32 value);
// A double box rounds what it shows: while it still shows what it was set to
// (shown), the value it was given comes back exactly; otherwise its value.
// scale is what given was multiplied by for the box (100 for a percentage).
double spinValue(const QDoubleSpinBox *spin, double shown, double given, double scale);

// A byte field's edit is a QLineEdit or, for several lines, a QPlainTextEdit.
bool isMultiline(const QWidget *edit);
QString fieldText(const QWidget *edit);
void setFieldText(QWidget *edit, const QString &text);
// Shows bytes in edit as text when the edit keeps them unchanged (see
// bytesAsText()), otherwise as hex; sets shown and combo (without its
// signals) to the format used.
void showBytes(QWidget *edit, QComboBox *combo, PayloadFormat &shown, const QByteArray &bytes);

} // namespace Signalbox::EditorFields
