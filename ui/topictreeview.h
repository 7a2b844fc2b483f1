#pragma once

#include "mqtt/message.h"

#include <QPersistentModelIndex>
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QTreeView;

namespace Signalbox {

class PayloadViewer;
class TopicTreeModel;

// A connection's topic tree: a search field (topic substring; matching nodes
// are shown with their ancestors), the tree, and for the selected node its full
// topic (with Copy), its recent messages and the payload of the chosen one
// (the last by default). "Delete retained…" asks, then emits publishRequested()
// with an empty retained message (QoS 1) for every retained topic under the node.
// Columns sort on a click (a third click restores arrival order); top-level
// nodes and chains of only children open as they arrive. A retained node's
// last payload is marked "(retained)".
// The model is not owned and must outlive the view or be replaced first.
class TopicTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicTreeView(QWidget *parent = nullptr);
    // How long a row glows after a message arrived on it or below it.
    static constexpr qint64 GlowMs = 1500;
    bool isGlowing() const; // the repaint timer runs (tests)

    void setModel(TopicTreeModel *model);
    TopicTreeModel *model() const { return m_model; }

    void setSearchText(const QString &text);
    // Full topic of the selected node; "" when nothing is selected.
    QString currentTopic() const;
    // Selects the node of topic (if it is shown); false if not.
    bool selectTopic(const QString &topic);

    // Publishes an empty retained message to each retained topic under index (a
    // model or tree index), after a confirmation when confirm is set. Returns
    // how many were requested (0 when the user declines or there are none).
    int deleteRetained(const QModelIndex &index, bool confirm = true);

    // Without its own payload viewer (a page that shows payloads in a pane of
    // its own), the tree stands over the history and messageShown() carries
    // what the viewer would have shown.
    void setPayloadViewerEmbedded(bool embedded);
    // The history entry shown (the newest by default); a null message when none.
    Message shownMessage() const;

    QTreeView *treeView() const { return m_tree; } // tests
    QLineEdit *searchField() const { return m_search; } // tests
    PayloadViewer *payloadViewer() const { return m_payload; } // tests
    QListWidget *historyList() const { return m_history; } // tests
    QPushButton *deleteRetainedButton() const { return m_deleteButton; } // tests
    QPushButton *plotButton() const { return m_plotButton; } // tests

signals:
    void publishRequested(const Signalbox::OutgoingMessage &message);
    void messageShown(const Signalbox::Message &message);
    // "Plot" in a node's context menu.
    void plotRequested(const QString &topic);

private:
    QModelIndex currentSourceIndex() const;
    void updateDetails();
    void showHistoryEntry(int row);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void showContextMenu(const QPoint &pos);
    void expandArrivals(const QModelIndex &parent, int first, int last);
    void useProxy(bool proxy);
    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;

    TopicTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QAbstractItemModel *m_viewModel = nullptr; // what the tree shows: the model or the proxy
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_topicLabel;
    QPushButton *m_copyButton;
    QPushButton *m_deleteButton;
    QPushButton *m_plotButton;
    QListWidget *m_history;
    PayloadViewer *m_payload;
    QSplitter *m_splitter;
    int m_shownRow = -1;
    QList<Message> m_shownHistory;
    QPersistentModelIndex m_shownIndex;
    QTimer *m_glowTimer = nullptr;
    QElapsedTimer m_lastActivity;
};

} // namespace Signalbox
