#pragma once

#include "mqtt/message.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Signalbox {

class SparkplugHostModel;

// A connection's Sparkplug host view: the groups, edge nodes, devices and
// metrics of a SparkplugHostModel in a tree (groups expanded; each node,
// device and host with a dot for its state, a warning sign where it is
// flagged), a filter on names that keeps the rows leading to a match, the
// flags newest first (choosing one selects its node), "Request rebirth" for
// the selected node (or its device or metric), which emits publishRequested()
// with the NCMD, and "Plot" (a button, and the tree's context menu) for the
// selected metric when it is a number or a Boolean, which emits plotRequested()
// with the topic its values come on and its name. Holds no copy of the model's
// data.
class SparkplugView : public QWidget
{
    Q_OBJECT
public:
    explicit SparkplugView(QWidget *parent = nullptr);
    ~SparkplugView() override;

    void setModel(SparkplugHostModel *model); // not owned; nullptr shows an empty view
    SparkplugHostModel *model() const;

    // The model's index of the current row; invalid when none.
    QModelIndex currentIndex() const;
    // Selects a row of the model (an index of the model, not of the view's proxy).
    void setCurrentIndex(const QModelIndex &index);

    // For tests and accessibility.
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *rebirthButton() const { return m_rebirth; }
    QPushButton *plotButton() const { return m_plot; }
    QAction *plotAction() const { return m_plotAction; } // the context menu's
    QListWidget *issueList() const { return m_issues; }

signals:
    void publishRequested(const Signalbox::OutgoingMessage &message);
    // "Plot" on a metric: its NDATA or DDATA topic (spBv1.0/<group>/NDATA/<node>,
    // spBv1.0/<group>/DDATA/<node>/<device>) and its name, the field its value has
    // in the charts' JSON of that topic (PayloadDecoding::chartJson()).
    void plotRequested(const QString &topic, const QString &field);

private:
    void sizeColumns();
    void requestRebirth();
    void requestPlot();
    void updateActions();
    void addIssue(qsizetype index);
    void reloadIssues();
    void showIssueNode(int row);
    void expandTopLevel(const QModelIndex &parent, int first, int last);

    QPointer<SparkplugHostModel> m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_rebirth = nullptr;
    QPushButton *m_plot = nullptr;
    QAction *m_plotAction = nullptr;
    QLabel *m_issuesTitle = nullptr;
    QListWidget *m_issues = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Signalbox
