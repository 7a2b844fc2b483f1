#pragma once

#include "mqtt/properties.h"
#include "payload/payloadformat.h"

#include <QWidget>

class QComboBox;
class QLabel;
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
};

} // namespace Signalbox
