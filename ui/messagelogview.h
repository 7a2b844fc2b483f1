#pragma once

#include "models/messagelogmodel.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemView;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Signalbox {

// The message log of one connection: a filter bar over a MessageLogModel
// (direction, subscription, MQTT topic filter, text or regular expression),
// the shown/total count, Clear, Export, and the rows either as a table or as
// chat bubbles (received on the left, sent on the right; the item views are
// named "tableView" and "chatView"). Invalid filter input is shown in red
// with the reason and the last valid filter stays in force.
// Both views share one selection, so the current message survives a mode
// switch. The model is not owned. GUI thread only.
class MessageLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Chat, Table };
    Q_ENUM(Mode)
    enum class ExportFormat { JsonLines, Csv, JsonArray };
    Q_ENUM(ExportFormat)

    explicit MessageLogView(QWidget *parent = nullptr);
    ~MessageLogView() override;

    void setModel(MessageLogModel *model);
    MessageLogModel *model() const { return m_model; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The subscription filters offered in the filter bar ("All" is always first).
    void setSubscriptions(const QStringList &filters);

    // The selected message, or nullptr. Valid as MessageLogModel::entry() is.
    const LogEntry *currentEntry() const;

    // Focuses the text filter field and selects its text.
    void focusSearch();
    // Makes a row of the model the current message (and shows it).
    void selectRow(int row);

    // Writes the rows the filter shows (filteredOnly) or all stored rows to
    // `path`: one JSON object per line, CSV with a header row, or one JSON
    // array. Each row has time (ISO 8601, UTC), direction, topic, qos,
    // retain, payload (UTF-8 text, or Base64 with payloadEncoding "base64"),
    // subscriptions, properties and, for sent rows, delivery. Returns false
    // with *error set when the file cannot be written. Synchronous: the
    // Export button does the same in chunks behind a progress dialog.
    bool exportTo(const QString &path, ExportFormat format, bool filteredOnly, QString *error = nullptr);

    // The same in chunks from a timer behind a cancellable progress dialog, so
    // that a million rows do not freeze the window; rows that arrive meanwhile
    // are not included, rows dropped meanwhile are skipped. A cancelled export
    // removes the file. Ends with exportFinished(). One export at a time:
    // returns false (and does nothing) while one runs or if the file cannot
    // be opened (then with exportFinished(false, reason)).
    bool startExport(const QString &path, ExportFormat format, bool filteredOnly);
    bool isExporting() const { return m_export != nullptr; }

    // Opens a dialog with a line diff of the current message and the
    // previous one on its topic (pretty JSON or text). Does nothing without both.
    void compareCurrentWithPrevious();

    // The reason the last filter input was refused, or empty (for tests).
    QString filterError() const;

    // Whether the log keeps the newest message in sight. It does until the
    // user scrolls away from the end, and again once they scroll back to it or
    // press "Jump to latest"; resizing the pane or switching Table and Chat
    // does not change it.
    // What a restart brings back: table or chat, and the Topic column's width
    // where the user dragged it (the other columns fit their content).
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    bool isFollowing() const { return m_follow; }
    void jumpToLatest();

    // Pause and resume the log as shown (MessageLogModel::setPaused): the
    // messages that arrive meanwhile are kept and counted on the button.
    void setPaused(bool paused);
    bool isPaused() const;

signals:
    void currentEntryChanged();
    void modeChanged(Signalbox::MessageLogView::Mode mode);
    // ok is false with the reason when writing failed, and false with an empty reason when cancelled.
    void exportFinished(bool ok, const QString &error);

private:
    struct ExportJob;

    // Parts of the constructor: the filter bar's fields, the Export button
    // with its menu, and the signal connections once every widget exists.
    void createFilterFields();
    QToolButton *createExportButton();
    void fillExportMenu(QMenu *menu);
    void connectControls(QPushButton *clear);

    void applyFilter();
    void scheduleFilter();
    void showFilterError(QLineEdit *field, const QString &error);
    void updateCounts(qsizetype shown, qsizetype total);
    void chooseExportFile(ExportFormat format, bool filteredOnly);
    void exportStep();
    void finishExport(bool cancelled, const QString &error = {});
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);
    QAbstractItemView *currentView() const;
    void followIfAtBottom();
    void layOutColumns();
    void fitTopicColumn();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void watchScrolling(QTableView *view);
    void setFollowing(bool follow);
    void updatePauseButton();
    void fitTopicPlaceholder();

    QPointer<MessageLogModel> m_model;
    Mode m_mode = Mode::Table;

    QToolButton *m_received = nullptr;
    QToolButton *m_sent = nullptr;
    QComboBox *m_subscription = nullptr;
    QLineEdit *m_topicFilter = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_caseSensitive = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_counts = nullptr;
    QToolButton *m_chatButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_chat = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QTimer *m_filterTimer = nullptr;
    QToolButton *m_latest = nullptr; // "Jump to latest", while not following
    QToolButton *m_pause = nullptr;
    QTimer *m_heldTimer = nullptr; // while paused: the count of held messages
    bool m_follow = true;
    bool m_fittingTopic = false;
    bool m_topicWidthChosen = false; // the user dragged the Topic column's edge
    bool m_scrolling = false; // set while the view scrolls itself to the end
    std::unique_ptr<ExportJob> m_export;
};

} // namespace Signalbox
