#pragma once

#include "mqtt/message.h"
#include "mqtt/properties.h"
#include "decoders/decodedpayload.h"
#include "decoders/jsonschema.h"
#include "payload/payloadformat.h"

#include <QTextCursor>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Signalbox {

class JsonHighlighter;

// Shows one payload as text, pretty and highlighted JSON (with a collapsible
// tree), hex dump, Base64, CBOR or MessagePack; "Auto" detects. Renders at
// most 1 MB at first and says so, with a button to show the rest; invalid
// JSON shows the text with the error and its position.
class PayloadViewer : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadViewer(QWidget *parent = nullptr);
    void setPayload(const QByteArray &payload);
    // A message's payload and MQTT 5 properties; clear(): nothing chosen (an
    // empty pane with a hint, no "Text, 0 B").
    void setMessage(const Message &message);
    void clear();
    // What a decoder or script made of the payload set last (Sparkplug B, the
    // user's Protobuf or Avro schema, a script): offered as the first format and
    // shown by Auto; one that failed shows the payload with the reason. And the
    // JSON Schema violations, listed above the payload. Call after setMessage().
    void setDecoded(const std::optional<DecodedPayload> &decoded,
                    const std::optional<QList<SchemaViolation>> &violations = std::nullopt);
    bool isDecodedShown() const { return m_decodedShown; }
    QString violationsText() const; // tests
    bool isEmptyShown() const { return m_nothing; }

    // Find in the payload: text in the shown payload (every match marked, the
    // current one selected), or a JSON path ("$.a.b[0]") whose value the tree
    // shows selected. Enter goes to the next match, Shift+Enter back.
    void find(const QString &query);
    void findNext(bool backwards = false);
    int matchCount() const { return m_matchCount; }
    int currentMatch() const { return m_currentMatch; } // 0-based, -1 for none
    QString findStatus() const; // "2 of 7", "no match", the path's error
    QByteArray payload() const { return m_payload; }
    void setFormat(PayloadFormat format); // default Auto
    // The message's MQTT 5 properties, one a line above the payload (hidden when none).
    void setProperties(const Properties &properties);
    QString propertiesText() const; // tests
    PayloadFormat format() const; // the choice (may be Auto)
    PayloadFormat renderedFormat() const; // what is shown now
    QString shownText() const; // the text view's content (tests)
    QString statusText() const; // "Showing 1.0 MB of 10.0 MB", JSON error ...
    bool isTruncated() const; // the "Show all" button is offered
    void showAll(); // renders the whole payload
    void setTreeShown(bool shown); // JSON as a tree (ignored for other formats)
    bool isTreeShown() const;
    QTreeWidget *treeWidget() const { return m_tree; } // tests

signals:
    void formatChanged(Signalbox::PayloadFormat format);

private:
    void render();
    void buildTree();
    void updateHighlighterColors();
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    int hexBytesPerLineForWidth() const;
    void findInText(const QString &text);
    void findInTree(const QString &text);
    void findPath(const QString &path);
    void showMatch();

    QByteArray m_payload;
    RenderedPayload m_rendered;
    qsizetype m_limit;
    bool m_treeBuilt = false;
    QComboBox *m_formatCombo;
    QPushButton *m_treeButton;
    QPushButton *m_showAllButton;
    QLabel *m_status;
    QLabel *m_properties;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTreeWidget *m_tree;
    JsonHighlighter *m_highlighter;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QList<QTextCursor> m_textMatches;
    QList<QTreeWidgetItem *> m_treeMatches;
    int m_matchCount = 0;
    int m_currentMatch = -1;
    bool m_nothing = true;
    std::optional<DecodedPayload> m_decoded;
    bool m_decodedShown = false;
    QByteArray m_source; // what is rendered: the payload, or the decoded JSON
    QLabel *m_violations = nullptr;
    int m_hexBytesPerLine = 16;
};

} // namespace Signalbox
