// The connection editor's field helpers (see editorfields.h).

#include "editorfields.h"

#include "editablebytes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Signalbox::EditorFields {

QSpinBox *spinBox(int minimum, int maximum, const QString &objectName, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setObjectName(objectName);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QCheckBox *checkBox(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    return box;
}

void setIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

int clampToSpin(quint32 value)
{
    return value > quint32(MaxSpin) ? MaxSpin : int(value);
}

QDoubleSpinBox *doubleSpinBox(double minimum, double maximum, int decimals, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setDecimals(decimals);
    spin->setRange(minimum, maximum);
    spin->setObjectName(objectName);
    return spin;
}

double spinValue(const QDoubleSpinBox *spin, double shown, double given, double scale)
{
    const double scaled = given * scale;
    if (spin->value() == shown && scaled >= spin->minimum() && scaled <= spin->maximum())
        return given;
    return spin->value() / scale;
}

bool isMultiline(const QWidget *edit)
{
    return qobject_cast<const QPlainTextEdit *>(edit) != nullptr;
}

QString fieldText(const QWidget *edit)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(edit))
        return plain->toPlainText();
    return qobject_cast<const QLineEdit *>(edit)->text();
}

void setFieldText(QWidget *edit, const QString &text)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        plain->setPlainText(text);
    else
        qobject_cast<QLineEdit *>(edit)->setText(text);
}

QComboBox *formatBox(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (PayloadFormat format : {PayloadFormat::Text, PayloadFormat::Hex})
        combo->addItem(payloadFormatName(format), QVariant::fromValue(int(format)));
    return combo;
}

QLabel *noteLabel(const QString &objectName)
{
    auto *note = new QLabel;
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setVisible(false);
    return note;
}

void showBytes(QWidget *edit, QComboBox *combo, PayloadFormat &shown, const QByteArray &bytes)
{
    shown = PayloadFormat::Hex;
    if (const std::optional<QString> text = bytesAsText(bytes, isMultiline(edit))) {
        setFieldText(edit, *text);
        if (fieldText(edit) == *text)
            shown = PayloadFormat::Text;
    }
    if (shown == PayloadFormat::Hex)
        setFieldText(edit, hexText(bytes));
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(int(shown)));
}

} // namespace Signalbox::EditorFields
