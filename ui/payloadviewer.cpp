#include "payloadviewer.h"

#include "jsonhighlighter.h"
#include "models/datasize.h"
#include "mqtt/packets.h"
#include "payload/json.h"
#include "payload/numericvalue.h"
#include "retranslate.h"
#include "theme.h"
#include "zoom.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextDocument>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <vector>

namespace Signalbox {
namespace {

constexpr qsizetype FirstRenderBytes = 1024 * 1024;
constexpr qsizetype MaxHighlightedChars = 4 * 1024 * 1024;
constexpr int MaxTreeItems = 50000;
// The format combo's item for what a decoder made of the payload.
constexpr int DecodedItem = 100;

QString dataSize(qsizetype bytes)
{
    return formatDataSize(bytes);
}

// Builds the tree from parseJson's events, so keys keep their order.
class TreeBuilder final : public JsonHandler
{
public:
    explicit TreeBuilder(QTreeWidget *tree) : m_tree(tree) { }

    void beginObject() override { open(QStringLiteral("{")); }
    void endObject() override { close(QStringLiteral("{%1}")); }
    void beginArray() override { open(QStringLiteral("[")); }
    void endArray() override { close(QStringLiteral("[%1]")); }
    void key(QByteArrayView raw) override { m_key = decodeJsonString(raw); }
    void value(JsonScalar kind, QByteArrayView raw) override
    {
        if (QTreeWidgetItem *item = add())
            item->setText(1, kind == JsonScalar::String ? decodeJsonString(raw) : QString::fromUtf8(raw));
    }
    bool m_full = false;

private:
    struct Open
    {
        QTreeWidgetItem *item;
        bool isArray;
        int count;
    };
    QTreeWidgetItem *add()
    {
        if (m_items >= MaxTreeItems) {
            m_full = true;
            return nullptr;
        }
        ++m_items;
        QTreeWidgetItem *item = nullptr;
        if (m_open.empty()) {
            item = new QTreeWidgetItem(m_tree);
            item->setText(0, QStringLiteral("(root)"));
        } else {
            Open &parent = m_open.back();
            item = parent.item ? new QTreeWidgetItem(parent.item) : nullptr;
            if (item)
                item->setText(0, parent.isArray ? QStringLiteral("[%1]").arg(parent.count) : m_key);
            ++parent.count;
        }
        return item;
    }
    void open(const QString &bracket)
    {
        QTreeWidgetItem *item = m_open.empty() || m_open.back().item ? add() : nullptr;
        m_open.push_back({item, bracket == QLatin1String("["), 0});
    }
    void close(const QString &summary)
    {
        const Open done = m_open.back();
        m_open.pop_back();
        if (done.item)
            done.item->setText(1, summary.arg(done.count));
    }
    QTreeWidget *m_tree;
    std::vector<Open> m_open;
    QString m_key;
    int m_items = 0;
};

} // namespace

PayloadViewer::PayloadViewer(QWidget *parent)
    : QWidget(parent)
    , m_limit(FirstRenderBytes)
    , m_formatCombo(new QComboBox(this))
    , m_treeButton(new QPushButton(tr("Tree"), this))
    , m_showAllButton(new QPushButton(tr("Show all"), this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_highlighter(new JsonHighlighter(nullptr))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
{
    m_highlighter->setParent(this);
    for (PayloadFormat f : {PayloadFormat::Auto, PayloadFormat::Text, PayloadFormat::Json, PayloadFormat::Hex,
                            PayloadFormat::Base64, PayloadFormat::Cbor, PayloadFormat::MessagePack})
        m_formatCombo->addItem(payloadFormatName(f), int(f));

    m_treeButton->setCheckable(true);

    m_showAllButton->setVisible(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("payloadStatus"));
    // One line that gives way to the pane's width rather than widening it.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_find->setObjectName(QStringLiteral("payloadFind"));

    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_findStatus->setObjectName(QStringLiteral("payloadFindStatus"));
    connect(m_find, &QLineEdit::textChanged, this, &PayloadViewer::find);

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(monospaceFont());
    m_tree->setColumnCount(2);
    retranslate(this, [this] {
        m_treeButton->setText(tr("Tree"));
        m_showAllButton->setText(tr("Show all"));
        m_formatCombo->setToolTip(tr("How to show the payload"));
        m_treeButton->setToolTip(tr("Show JSON as a collapsible tree"));
        m_find->setPlaceholderText(tr("Find in payload, or a JSON path: $.a.b"));
        m_tree->setHeaderLabels({tr("Key"), tr("Value")});
        for (int i = 0; i < m_formatCombo->count(); ++i) {
            const int itemData = m_formatCombo->itemData(i).toInt();
            if (itemData != DecodedItem) // the decoder's own name
                m_formatCombo->setItemText(i, payloadFormatName(PayloadFormat(itemData)));
        }
        if (m_nothing)
            m_text->setPlaceholderText(tr("Choose a message to see its payload here."));
    });
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_formatCombo);
    bar->addWidget(m_treeButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_showAllButton);
    m_properties = new QLabel(this);
    m_properties->setObjectName(QStringLiteral("payloadProperties"));
    m_properties->setTextFormat(Qt::PlainText);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setWordWrap(true);
    m_properties->hide();
    m_violations = new QLabel(this);
    m_violations->setObjectName(QStringLiteral("payloadViolations"));
    m_violations->setTextFormat(Qt::PlainText);
    m_violations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_violations->setWordWrap(true);
    m_violations->hide();
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_findStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(findBar);
    layout->addWidget(m_properties);
    layout->addWidget(m_violations);
    layout->addWidget(m_stack, 1);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        render();
        emit formatChanged(format());
    });
    connect(m_treeButton, &QPushButton::toggled, this, [this] {
        render();
        find(m_find->text());
    });
    connect(m_showAllButton, &QPushButton::clicked, this, &PayloadViewer::showAll);
    clear();
}

void PayloadViewer::setProperties(const Properties &properties)
{
    QStringList lines;
    for (const Property &property : properties.items())
        lines.append(describeProperty(property));
    m_properties->setText(lines.join(QLatin1Char('\n')));
    m_properties->setVisible(!lines.isEmpty());
}

QString PayloadViewer::propertiesText() const
{
    return m_properties->text();
}

void PayloadViewer::setPayload(const QByteArray &payload)
{
    m_nothing = false;
    m_payload = payload;
    m_limit = FirstRenderBytes;
    render();
    find(m_find->text());
}

void PayloadViewer::setMessage(const Message &message)
{
    m_decoded.reset();
    m_violations->hide();
    setPayload(message.payload);
    setProperties(message.properties);
}

void PayloadViewer::setDecoded(const std::optional<DecodedPayload> &decoded,
                               const std::optional<QList<SchemaViolation>> &violations)
{
    m_decoded = decoded;
    const int item = m_formatCombo->findData(DecodedItem);
    const QSignalBlocker blocker(m_formatCombo);
    if (decoded) {
        if (item < 0)
            m_formatCombo->insertItem(1, decoded->decoder, DecodedItem);
        else
            m_formatCombo->setItemText(item, decoded->decoder);
    } else if (item >= 0) {
        if (m_formatCombo->currentIndex() == item)
            m_formatCombo->setCurrentIndex(0);
        m_formatCombo->removeItem(item);
    }
    QStringList lines;
    if (violations && !violations->isEmpty()) {
        lines << tr("This payload breaks its JSON Schema (%n violation(s)):", nullptr, int(violations->size()));
        for (const SchemaViolation &v : *violations)
            lines << tr("%1: %2").arg(v.path, v.message);
    } else if (violations) {
        lines << tr("This payload meets its JSON Schema.");
    }
    m_violations->setText(lines.join(QLatin1Char('\n')));
    QPalette pal = palette();
    if (violations && !violations->isEmpty())
        pal.setColor(QPalette::WindowText, errorTextColor());
    m_violations->setPalette(pal);
    m_violations->setVisible(!lines.isEmpty());
    render();
    find(m_find->text());
}

QString PayloadViewer::violationsText() const
{
    return m_violations->isHidden() ? QString() : m_violations->text();
}

void PayloadViewer::clear()
{
    setPayload({});
    setProperties({});
    m_nothing = true;
    m_status->clear();
    m_text->setPlaceholderText(tr("Choose a message to see its payload here."));
}

void PayloadViewer::setFormat(PayloadFormat format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

PayloadFormat PayloadViewer::format() const
{
    const int chosen = m_formatCombo->currentData().toInt();
    return chosen == DecodedItem ? PayloadFormat::Auto : PayloadFormat(chosen);
}

PayloadFormat PayloadViewer::renderedFormat() const
{
    return m_rendered.format;
}

QString PayloadViewer::shownText() const
{
    return m_text->toPlainText();
}

QString PayloadViewer::statusText() const
{
    return m_status->text();
}

bool PayloadViewer::isTruncated() const
{
    return m_rendered.truncated;
}

void PayloadViewer::showAll()
{
    m_limit = -1;
    render();
}

void PayloadViewer::setTreeShown(bool shown)
{
    m_treeButton->setChecked(shown);
}

bool PayloadViewer::isTreeShown() const
{
    return m_stack->currentWidget() == m_tree;
}

void PayloadViewer::render()
{
    m_text->setPlaceholderText(QString());
    m_hexBytesPerLine = hexBytesPerLineForWidth();
    // Auto shows what a decoder made of the payload; a decoder that failed shows
    // the payload as it is (hex for binary) with the reason.
    const bool decodedChosen = m_formatCombo->currentData().toInt() == DecodedItem;
    m_decodedShown = m_decoded && (decodedChosen || format() == PayloadFormat::Auto);
    QString decodeError;
    if (m_decodedShown && m_decoded->ok()) {
        m_source = m_decoded->json;
        m_rendered = renderPayload(m_source, PayloadFormat::Auto, m_limit, m_hexBytesPerLine);
    } else {
        if (m_decodedShown)
            decodeError = tr("%1: %2").arg(m_decoded->decoder, m_decoded->error);
        m_source = m_payload;
        m_rendered = renderPayload(m_payload, format(), m_limit, m_hexBytesPerLine);
    }
    const bool json = m_rendered.format == PayloadFormat::Json && m_rendered.error.isEmpty();
    m_highlighter->setDocument(nullptr);
    m_text->setPlainText(m_rendered.text);
    if (json && m_rendered.text.size() <= MaxHighlightedChars) {
        updateHighlighterColors();
        m_highlighter->setDocument(m_text->document());
    }

    m_treeButton->setEnabled(json);
    m_treeBuilt = false;
    m_tree->clear();
    if (json && m_treeButton->isChecked()) {
        buildTree();
        m_stack->setCurrentWidget(m_tree);
    } else {
        m_stack->setCurrentWidget(m_text);
    }

    QStringList parts;
    if (!decodeError.isEmpty())
        parts << decodeError;
    else if (m_decodedShown)
        parts << tr("%1, %2").arg(m_decoded->decoder, dataSize(m_payload.size()));
    if (!m_rendered.error.isEmpty())
        parts << m_rendered.error;
    if (m_rendered.truncated)
        parts << tr("Showing %1 of %2").arg(dataSize(m_rendered.shownBytes), dataSize(m_rendered.totalBytes));
    else if (m_rendered.error.isEmpty() && !m_decodedShown)
        parts << tr("%1, %2").arg(payloadFormatName(m_rendered.format), dataSize(m_rendered.totalBytes));
    m_status->setText(parts.join(QLatin1String(" · ")));
    QPalette pal = palette();
    if (!m_rendered.error.isEmpty() || !decodeError.isEmpty())
        pal.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_status->setPalette(pal);
    m_showAllButton->setVisible(m_rendered.truncated);
}

void PayloadViewer::buildTree()
{
    TreeBuilder builder(m_tree);
    const QByteArrayView shown = QByteArrayView(m_source).first(m_rendered.shownBytes);
    parseJson(shown, &builder); // a cut text stops with an error after its last complete value
    if (builder.m_full)
        new QTreeWidgetItem(m_tree, {tr("…"), tr("only the first %1 items are shown").arg(MaxTreeItems)});
    m_tree->expandToDepth(1);
    m_treeBuilt = true;
}

void PayloadViewer::updateHighlighterColors()
{
    m_highlighter->updateColors(palette().color(QPalette::Base).lightness() < 128);
}

void PayloadViewer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter->document())
        updateHighlighterColors();
}

// 16 bytes a line where the pane shows 77 characters, else 8 (its ASCII column
// stays in sight rather than beyond a scroll bar).
int PayloadViewer::hexBytesPerLineForWidth() const
{
    const int chars = m_text->viewport()->width()
                      / std::max(1, m_text->fontMetrics().horizontalAdvance(QLatin1Char('0')));
    return chars >= 77 ? 16 : 8;
}

void PayloadViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_nothing && m_rendered.format == PayloadFormat::Hex && hexBytesPerLineForWidth() != m_hexBytesPerLine)
        render();
}

bool PayloadViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PayloadViewer::find(const QString &query)
{
    if (m_find->text() != query) {
        const QSignalBlocker blocker(m_find);
        m_find->setText(query);
    }
    m_textMatches.clear();
    m_treeMatches.clear();
    m_matchCount = 0;
    m_currentMatch = -1;
    m_text->setExtraSelections({});
    m_findStatus->clear();
    const QString text = query.trimmed();
    if (text.isEmpty() || m_nothing)
        return;
    if (text.startsWith(QLatin1Char('$')))
        findPath(text);
    else if (isTreeShown())
        findInTree(text);
    else
        findInText(text);
}

void PayloadViewer::findInText(const QString &text)
{
    QTextDocument *document = m_text->document();
    constexpr int MaxMatches = 10'000;
    for (QTextCursor at = document->find(text); !at.isNull() && m_textMatches.size() < MaxMatches;
         at = document->find(text, at))
        m_textMatches.append(at);
    m_matchCount = int(m_textMatches.size());
    m_currentMatch = m_matchCount > 0 ? 0 : -1;
    showMatch();
}

void PayloadViewer::findInTree(const QString &text)
{
    const QList<QTreeWidgetItem *> keys = m_tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 0);
    const QList<QTreeWidgetItem *> values = m_tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 1);
    // In the tree's order: a key and its value match once.
    QList<QTreeWidgetItem *> all = keys;
    for (QTreeWidgetItem *item : values)
        if (!all.contains(item))
            all.append(item);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (all.contains(*it))
            m_treeMatches.append(*it);
    m_matchCount = int(m_treeMatches.size());
    m_currentMatch = m_matchCount > 0 ? 0 : -1;
    showMatch();
}

// "$.a.b[0]": the JSON value at that path, selected in the tree.
void PayloadViewer::findPath(const QString &path)
{
    QString error;
    const std::optional<JsonPath> parsed = JsonPath::parse(path, &error);
    if (!parsed) {
        m_findStatus->setText(error);
        return;
    }
    if (m_rendered.format != PayloadFormat::Json || !m_rendered.error.isEmpty()) {
        m_findStatus->setText(tr("not JSON"));
        return;
    }
    if (!isTreeShown() || !m_treeBuilt) {
        setTreeShown(true); // renders, builds the tree and finds again
        return;
    }
    QTreeWidgetItem *item = m_tree->topLevelItem(0);
    for (const JsonPath::Step &step : parsed->steps) {
        const QString name = step.index >= 0 ? QStringLiteral("[%1]").arg(step.index) : QString::fromUtf8(step.key);
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; item && i < item->childCount() && !next; ++i)
            if (item->child(i)->text(0) == name)
                next = item->child(i);
        item = next;
    }
    if (!item) {
        m_findStatus->setText(tr("no such field"));
        return;
    }
    m_treeMatches.append(item);
    m_matchCount = 1;
    m_currentMatch = 0;
    showMatch();
}

void PayloadViewer::findNext(bool backwards)
{
    if (m_matchCount == 0)
        return;
    m_currentMatch = (m_currentMatch + (backwards ? m_matchCount - 1 : 1)) % m_matchCount;
    showMatch();
}

void PayloadViewer::showMatch()
{
    if (m_matchCount == 0) {
        m_findStatus->setText(tr("no match"));
        return;
    }
    m_findStatus->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matchCount));
    if (!m_treeMatches.isEmpty()) {
        QTreeWidgetItem *item = m_treeMatches.at(m_currentMatch);
        for (QTreeWidgetItem *parent = item->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(m_textMatches.size());
    for (int i = 0; i < m_textMatches.size(); ++i) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = m_textMatches.at(i);
        const bool current = i == m_currentMatch;
        mark.format.setBackground(current ? QColor(dark ? 0xb0602a : 0xff9632) : QColor(dark ? 0x6b5d1f : 0xfff176));
        if (dark)
            mark.format.setForeground(Qt::white);
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
    m_text->setTextCursor(m_textMatches.at(m_currentMatch));
    m_text->ensureCursorVisible();
}

QString PayloadViewer::findStatus() const
{
    return m_findStatus->text();
}

} // namespace Signalbox
