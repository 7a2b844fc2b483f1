#include "payloadbindingsdialog.h"

#include "decoders/scriptengine.h"
#include "retranslate.h"
#include "session/payloaddecoding.h"
#include "theme.h"
#include "zoom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Signalbox {

namespace {
enum Column { EnabledColumn, KindColumn, FilterColumn, SourceColumn, StatusColumn, ColumnCount };

QString sourceText(const PayloadBinding &b)
{
    const QString file = QFileInfo(b.file).fileName();
    switch (b.kind) {
    case PayloadBinding::Kind::Protobuf:
        return b.messageType.isEmpty() ? file : file + QStringLiteral(" · ") + b.messageType;
    case PayloadBinding::Kind::Script:
        return b.script.trimmed().isEmpty() ? file : b.script.simplified().left(60);
    default:
        return file;
    }
}

constexpr auto ExampleScript = "// payload: the payload as parsed JSON, or its text; topic: where it came from.\n"
                               "// What receive() returns is shown (and plotted) instead of the payload.\n"
                               "function receive(payload, topic) {\n"
                               "    return payload;\n"
                               "}\n";
} // namespace

PayloadBindingsDialog::PayloadBindingsDialog(const QList<PayloadBinding> &bindings, QWidget *parent)
    : QDialog(parent)
    , m_bindings(bindings)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_editor(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_importsLabel(new QLabel(this))
    , m_imports(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_enabled(new QCheckBox(this))
    , m_scriptBox(new QWidget(this))
    , m_script(new QPlainTextEdit(this))
    , m_testTopic(new QLineEdit(this))
    , m_testInput(new QPlainTextEdit(this))
    , m_testButton(new QPushButton(this))
    , m_testOutput(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("payloadBindingsDialog"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_type->setEditable(true); // a type the file does not list yet can be typed
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("bindingStatus"));
    m_script->setFont(monospaceFont());
    m_testInput->setFont(monospaceFont());
    m_testOutput->setFont(monospaceFont());
    m_testOutput->setReadOnly(true);
    m_testInput->setPlainText(QStringLiteral("{\"temperature\": 21.5}"));
    m_testTopic->setText(QStringLiteral("test/topic"));

    auto *addMenu = new QMenu(this);
    m_addButton->setMenu(addMenu);

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *filterLabel = new QLabel(this);
    form->addRow(filterLabel, m_filter);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_importsLabel, m_imports);
    form->addRow(m_typeLabel, m_type);
    form->addRow(QString(), m_enabled);

    auto *testLabel = new QLabel(this);
    auto *testTopicLabel = new QLabel(this);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(testTopicLabel);
    testRow->addWidget(m_testTopic, 1);
    testRow->addWidget(m_testButton);
    auto *testPanes = new QSplitter(Qt::Horizontal, this);
    testPanes->addWidget(m_testInput);
    testPanes->addWidget(m_testOutput);
    auto *scriptLayout = new QVBoxLayout(m_scriptBox);
    scriptLayout->setContentsMargins(0, 0, 0, 0);
    scriptLayout->addWidget(m_script, 3);
    scriptLayout->addWidget(testLabel);
    scriptLayout->addLayout(testRow);
    scriptLayout->addWidget(testPanes, 1);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_scriptBox, 1);
    editorLayout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listButtons);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    retranslate(this, [=, this] {
        setWindowTitle(tr("Payload decoders"));
        intro->setText(tr("Decode payloads with your Protobuf or Avro schema, check them against a JSON Schema, "
                          "or turn them into something else with a script, each on the topics of a filter. "
                          "Sparkplug B payloads (spBv1.0/…) are always decoded."));
        m_table->setHorizontalHeaderLabels(
            {tr("On"), tr("Kind"), tr("Topic filter"), tr("Schema or script"), tr("Status")});
        m_addButton->setText(tr("Add"));
        m_removeButton->setText(tr("Remove"));
        addMenu->clear();
        addMenu->addAction(tr("Protobuf schema (.proto)"), this, [this] { addBinding(PayloadBinding::Kind::Protobuf); });
        addMenu->addAction(tr("Avro schema (.avsc)"), this, [this] { addBinding(PayloadBinding::Kind::Avro); });
        addMenu->addAction(tr("JSON Schema"), this, [this] { addBinding(PayloadBinding::Kind::JsonSchema); });
        addMenu->addAction(tr("Script (JavaScript)"), this, [this] { addBinding(PayloadBinding::Kind::Script); });
        filterLabel->setText(tr("Topic filter:"));
        m_filter->setPlaceholderText(tr("sensors/+/reading"));
        m_browse->setText(tr("Browse…"));
        m_typeLabel->setText(tr("Message type:"));
        m_importsLabel->setText(tr("Import folders:"));
        m_imports->setPlaceholderText(tr("where the file's imports are, separated by ;"));
        m_enabled->setText(tr("Use it"));
        testLabel->setText(
            tr("Test: the payload on the left goes through receive(); what it returns is on the right."));
        testTopicLabel->setText(tr("Topic:"));
        m_testButton->setText(tr("Run"));
        m_testOutput->setPlaceholderText(tr("The output, or the error with its line"));
        if (m_current >= 0)
            showBinding(m_current);
        for (int row = 0; row < m_table->rowCount(); ++row)
            updateRow(row);
    });

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showBinding(row); });
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_showing || column != EnabledColumn || row < 0 || row >= m_bindings.size())
            return;
        m_bindings[row].enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        if (row == m_current) {
            const QSignalBlocker blocker(m_enabled);
            m_enabled->setChecked(m_bindings[row].enabled);
        }
    });
    for (QLineEdit *edit : {m_filter, m_file, m_imports})
        connect(edit, &QLineEdit::editingFinished, this, &PayloadBindingsDialog::checkCurrent);
    for (QLineEdit *edit : {m_file, m_imports})
        connect(edit, &QLineEdit::editingFinished, this, &PayloadBindingsDialog::loadTypes);
    connect(m_type, &QComboBox::currentTextChanged, this, &PayloadBindingsDialog::checkCurrent);
    connect(m_enabled, &QCheckBox::toggled, this, &PayloadBindingsDialog::checkCurrent);
    connect(m_script, &QPlainTextEdit::textChanged, this, &PayloadBindingsDialog::storeEdits);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        QString filter;
        switch (m_bindings.at(m_current).kind) {
        case PayloadBinding::Kind::Protobuf:
            filter = tr("Protobuf files (*.proto);;All files (*)");
            break;
        case PayloadBinding::Kind::Avro:
            filter = tr("Avro schemas (*.avsc *.json);;All files (*)");
            break;
        case PayloadBinding::Kind::JsonSchema:
            filter = tr("JSON Schemas (*.json);;All files (*)");
            break;
        case PayloadBinding::Kind::Script:
            filter = tr("JavaScript (*.js);;All files (*)");
            break;
        }
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the file"), m_file->text(), filter);
        if (file.isEmpty())
            return;
        m_file->setText(file);
        loadTypes();
        checkCurrent();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &PayloadBindingsDialog::removeCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &PayloadBindingsDialog::runTest);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeEdits();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillTable();
    if (!m_bindings.isEmpty())
        selectBinding(0);
    else
        showBinding(-1);
    resize(sizeHint().expandedTo(QSize(820, 640)));
}

PayloadBindingsDialog::~PayloadBindingsDialog() = default;

void PayloadBindingsDialog::fillTable()
{
    m_showing = true;
    m_table->setRowCount(int(m_bindings.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    m_showing = false;
}

void PayloadBindingsDialog::updateRow(int row)
{
    if (row < 0 || row >= m_bindings.size())
        return;
    const bool showing = std::exchange(m_showing, true);
    const PayloadBinding &b = m_bindings.at(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    enabled->setCheckState(b.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    m_table->setItem(row, KindColumn, new QTableWidgetItem(PayloadBinding::kindName(b.kind)));
    m_table->setItem(row, FilterColumn, new QTableWidgetItem(b.filter));
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(sourceText(b)));
    PayloadDecoding one;
    one.setBindings({b});
    QString status;
    if (!b.enabled)
        status = tr("Not used");
    else if (!one.error(0).isEmpty())
        status = one.error(0);
    else if (b.kind == PayloadBinding::Kind::Script)
        status = tr("Ready: try it with Run");
    else
        status = tr("Loads");
    auto *statusItem = new QTableWidgetItem(status);
    statusItem->setToolTip(status);
    if (b.enabled && !one.error(0).isEmpty())
        statusItem->setForeground(errorTextColor());
    m_table->setItem(row, StatusColumn, statusItem);
    if (row == m_current) {
        m_status->setText(status);
        QPalette pal = palette();
        if (b.enabled && !one.error(0).isEmpty())
            pal.setColor(QPalette::WindowText, errorTextColor());
        m_status->setPalette(pal);
    }
    m_showing = showing;
}

void PayloadBindingsDialog::addBinding(PayloadBinding::Kind kind)
{
    storeEdits();
    PayloadBinding b;
    b.kind = kind;
    b.filter = QStringLiteral("#");
    if (kind == PayloadBinding::Kind::Script)
        b.script = QString::fromUtf8(ExampleScript);
    m_bindings.append(b);
    fillTable();
    selectBinding(int(m_bindings.size()) - 1);
}

void PayloadBindingsDialog::selectBinding(int row)
{
    m_table->setCurrentCell(row, FilterColumn);
    showBinding(row);
}

void PayloadBindingsDialog::showBinding(int row)
{
    if (m_showing)
        return;
    if (row != m_current)
        storeEdits();
    m_current = row >= 0 && row < m_bindings.size() ? row : -1;
    m_editor->setEnabled(m_current >= 0);
    m_removeButton->setEnabled(m_current >= 0);
    if (m_current < 0) {
        m_scriptBox->hide();
        m_status->setText(tr("Add a schema or a script to decode payloads on the topics of a filter."));
        return;
    }
    m_showing = true;
    const PayloadBinding &b = m_bindings.at(m_current);
    m_filter->setText(b.filter);
    m_file->setText(b.file);
    m_enabled->setChecked(b.enabled);
    const bool protobuf = b.kind == PayloadBinding::Kind::Protobuf;
    const bool script = b.kind == PayloadBinding::Kind::Script;
    m_typeLabel->setVisible(protobuf);
    m_type->setVisible(protobuf);
    m_importsLabel->setVisible(protobuf);
    m_imports->setVisible(protobuf);
    m_imports->setText(b.importPaths.join(QLatin1Char(';')));
    m_scriptBox->setVisible(script);
    switch (b.kind) {
    case PayloadBinding::Kind::Protobuf:
        m_fileLabel->setText(tr(".proto file:"));
        break;
    case PayloadBinding::Kind::Avro:
        m_fileLabel->setText(tr("Avro schema:"));
        break;
    case PayloadBinding::Kind::JsonSchema:
        m_fileLabel->setText(tr("JSON Schema:"));
        break;
    case PayloadBinding::Kind::Script:
        m_fileLabel->setText(tr("Script file:"));
        m_file->setPlaceholderText(tr("or write it below"));
        break;
    }
    if (!script)
        m_file->setPlaceholderText(QString());
    m_script->setPlainText(b.script);
    m_showing = false;
    loadTypes();
    m_showing = true;
    m_type->setCurrentText(b.messageType);
    m_showing = false;
    updateRow(m_current);
}

void PayloadBindingsDialog::storeEdits()
{
    if (m_showing || m_current < 0 || m_current >= m_bindings.size())
        return;
    PayloadBinding &b = m_bindings[m_current];
    b.filter = m_filter->text().trimmed();
    b.file = m_file->text().trimmed();
    b.enabled = m_enabled->isChecked();
    if (b.kind == PayloadBinding::Kind::Protobuf) {
        b.messageType = m_type->currentText().trimmed();
        b.importPaths.clear();
        for (const QString &path : m_imports->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            b.importPaths << path.trimmed();
    }
    if (b.kind == PayloadBinding::Kind::Script)
        b.script = m_script->toPlainText();
}

// The message types of the chosen .proto file, to pick from.
void PayloadBindingsDialog::loadTypes()
{
    if (m_current < 0 || m_bindings.at(m_current).kind != PayloadBinding::Kind::Protobuf)
        return;
    const bool showing = std::exchange(m_showing, true);
    const QString typed = m_type->currentText();
    m_type->clear();
    const QString file = m_file->text().trimmed();
    if (!file.isEmpty()) {
        QString error;
        QStringList imports;
        for (const QString &path : m_imports->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            imports << path.trimmed();
        if (const auto schema = ProtobufSchema::load({file}, imports, &error))
            m_type->addItems(schema->messageTypes());
    }
    m_type->setCurrentText(typed.isEmpty() && m_type->count() > 0 ? m_type->itemText(0) : typed);
    m_showing = showing;
    storeEdits();
}

void PayloadBindingsDialog::checkCurrent()
{
    storeEdits();
    updateRow(m_current);
}

void PayloadBindingsDialog::removeCurrent()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    m_current = -1;
    m_bindings.removeAt(row);
    fillTable();
    selectBinding(std::min(row, int(m_bindings.size()) - 1));
}

void PayloadBindingsDialog::runTest()
{
    storeEdits();
    if (m_current < 0)
        return;
    PayloadDecoding one;
    one.setBindings({m_bindings.at(m_current)});
    const QString source = one.scriptSource(0);
    if (source.isEmpty()) {
        m_testOutput->setPlainText(one.error(0));
        emit testFinished();
        return;
    }
    if (!m_runner) {
        m_runner = new ScriptRunner({}, this);
        connect(m_runner, &ScriptRunner::testFinished, this, [this](const ScriptResult &result) {
            m_testOutput->setPlainText(result.ok() ? QString::fromUtf8(result.output) : result.error);
            QPalette pal = m_testOutput->palette();
            pal.setColor(QPalette::Text, result.ok() ? palette().color(QPalette::Text) : errorTextColor());
            m_testOutput->setPalette(pal);
            m_testButton->setEnabled(true);
            emit testFinished();
        });
    }
    m_testButton->setEnabled(false);
    m_testOutput->setPlainText(tr("Running…"));
    m_runner->test(source, m_testTopic->text(), m_testInput->toPlainText().toUtf8());
}

QString PayloadBindingsDialog::testOutput() const
{
    return m_testOutput->toPlainText();
}

QString PayloadBindingsDialog::statusText() const
{
    return m_status->text();
}

} // namespace Signalbox
