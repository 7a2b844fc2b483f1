#pragma once

#include "client/connectionprofile.h"
#include "mqtt/error.h"
#include "mqtt/message.h"
#include "client/retainedscan.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Signalbox {

class PayloadViewer;
class RetainedTableModel;

// The "Retained" view of a connection: a topic filter (checked as typed) and
// Scan; the retained messages found under it in a table (check, topic, size,
// QoS, age, expiry, payload preview) with the payload of the current row;
// checking rows by a topic filter, all or none; "Clear checked…" (asks, naming
// the count and the restore file it writes first) and "Restore from file…".
// Errors appear in the widget's status line.
//
// The RetainedScan does the work: either one given with setScan() (not owned;
// it must outlive the view or be replaced first), or one the view makes and
// owns at the first setProfile() when none was given.
class RetainedManager : public QWidget
{
    Q_OBJECT
public:
    explicit RetainedManager(QWidget *parent = nullptr);
    ~RetainedManager() override;

    void setScan(RetainedScan *scan);
    RetainedScan *scan() const { return m_scan; }
    // Updates the scan's profile (making an owned scan when there is none).
    void setProfile(const ConnectionProfile &profile);

    void setFilter(const QString &filter);
    QString filter() const;
    // Empty when the filter can be scanned, else why not (shown under the field).
    QString filterProblem() const;
    // Starts a scan of filter(); false when the filter is invalid or the scan is busy.
    bool startScan();

    // Checks every row whose topic matches filter (leaves the others as they
    // are); returns how many rows are checked now. An invalid filter checks nothing.
    int checkMatching(const QString &filter);
    void setAllChecked(bool checked);

    // Clears the checked messages after writing restoreFilePath (after a
    // confirmation that can change the path, when confirm is set). Returns how
    // many it asked to clear (0 when declined, busy or none is checked).
    int clearChecked(const QString &restoreFilePath, bool confirm = true);
    // Republishes a restore file's messages (Scan shows them again). False when busy.
    bool restoreFrom(const QString &path);
    // AppDataLocation/retained-backups/<broker>-<yyyyMMdd-HHmmss>.json
    QString defaultRestorePath() const;

    // Without its own payload viewer (a page that shows payloads in a pane of
    // its own), messageShown() carries what the viewer would have shown.
    void setPayloadViewerEmbedded(bool embedded);
    // The current row's message; a null message when none.
    Message shownMessage() const;

    QList<Message> messages() const; // the rows, by topic
    QStringList topics() const;
    QStringList checkedTopics() const;
    QString statusText() const; // progress, results and errors
    bool hasError() const { return m_hasError; }

    QLineEdit *filterField() const { return m_filterField; } // tests
    QLabel *filterProblemLabel() const { return m_filterProblem; } // tests
    QPushButton *scanButton() const { return m_scanButton; } // tests
    QLineEdit *selectField() const { return m_selectField; } // tests
    QPushButton *checkAllButton() const { return m_checkAllButton; } // tests
    QPushButton *uncheckAllButton() const { return m_uncheckAllButton; } // tests
    QPushButton *clearButton() const { return m_clearButton; } // tests
    QPushButton *restoreButton() const { return m_restoreButton; } // tests
    QTableView *tableView() const { return m_table; } // tests
    QAbstractItemModel *model() const; // tests
    PayloadViewer *payloadViewer() const { return m_payload; } // tests

signals:
    // A scan, clear or restore ended (successfully or not).
    void operationFinished();
    // The current row changed (a null message when there is none).
    void messageShown(const Signalbox::Message &message);

private:
    void attach();
    void updateFilterProblem();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void showCurrentPayload();
    void chooseAndClear();
    void chooseAndRestore();
    void onScanned(const QList<Message> &messages);
    void onCleared(int count, const QStringList &failedTopics);
    void onRestored(int count, const QStringList &failedTopics);
    void onFailed(const Error &error);
    void onProgress(int count);

    QPointer<RetainedScan> m_scan;
    RetainedScan *m_ownedScan = nullptr;
    RetainedTableModel *m_model;
    QLineEdit *m_filterField;
    QLabel *m_filterProblem;
    QPushButton *m_scanButton;
    QLabel *m_status;
    QLineEdit *m_selectField;
    QPushButton *m_checkAllButton;
    QPushButton *m_uncheckAllButton;
    QPushButton *m_clearButton;
    QPushButton *m_restoreButton;
    QTableView *m_table;
    PayloadViewer *m_payload;
    QString m_scannedFilter;
    QStringList m_clearing;
    bool m_hasError = false;
};

} // namespace Signalbox
