#pragma once

#include "profiles/payloadbinding.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Signalbox {

class ScriptRunner;

// Connection ▸ Payload decoders…: the Protobuf and Avro schemas, JSON Schemas
// and scripts of one connection, each bound to a topic filter. A row per
// binding with whether it loads; the selected one edited below, a script with
// a test box that runs it (in a thread of its own, with its time limit) on a
// payload the user types. Sparkplug B needs nothing here: spBv1.0/ topics are
// always decoded.
class PayloadBindingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PayloadBindingsDialog(const QList<PayloadBinding> &bindings, QWidget *parent = nullptr);
    ~PayloadBindingsDialog() override;

    QList<PayloadBinding> bindings() const { return m_bindings; }
    // Test hooks.
    QTableWidget *table() const { return m_table; }
    void addBinding(PayloadBinding::Kind kind);
    void selectBinding(int row);
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *typeCombo() const { return m_type; }
    QPlainTextEdit *scriptEdit() const { return m_script; }
    QPlainTextEdit *testInput() const { return m_testInput; }
    QPushButton *testButton() const { return m_testButton; }
    QString testOutput() const;
    QString statusText() const;

signals:
    void testFinished();

private:
    void fillTable();
    void updateRow(int row);
    void showBinding(int row);
    void storeEdits();
    void loadTypes();
    void checkCurrent();
    void runTest();
    void removeCurrent();

    QList<PayloadBinding> m_bindings;
    int m_current = -1;
    bool m_showing = false;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QWidget *m_editor;
    QLineEdit *m_filter;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_importsLabel;
    QLineEdit *m_imports;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QCheckBox *m_enabled;
    QWidget *m_scriptBox;
    QPlainTextEdit *m_script;
    QLineEdit *m_testTopic;
    QPlainTextEdit *m_testInput;
    QPushButton *m_testButton;
    QPlainTextEdit *m_testOutput;
    QLabel *m_status;
    ScriptRunner *m_runner = nullptr;
};

} // namespace Signalbox
