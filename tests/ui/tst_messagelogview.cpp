#include "messagelogview.h"
#include "theme.h"

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QScrollBar>
#include <QRegularExpression>
#include <QTextEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;

namespace {

// 1000 received on a/0 .. a/9 ("value <i>"), every 10th also matching b/#,
// then 10 sent on cmd/<i>, 5 of them acknowledged, and 2 binary payloads.
// The first received and the first sent message carry MQTT 5 properties.
void fill(MessageLogModel &model)
{
    QList<Message> batch;
    for (int i = 0; i < 1000; ++i) {
        Message m;
        m.topic = QStringLiteral("a/%1").arg(i % 10);
        m.payload = "value " + QByteArray::number(i);
        m.subscriptions = i % 10 == 0 ? QStringList{QStringLiteral("a/#"), QStringLiteral("b/#")}
                                      : QStringList{QStringLiteral("a/#")};
        m.receivedAtMs = 1'700'000'000'000 + i;
        if (i == 0) {
            m.properties.set(PropertyId::ContentType, QStringLiteral("text/plain"));
            m.properties.addUserProperty(QStringLiteral("sensor"), QStringLiteral("temp"));
            m.properties.addUserProperty(QStringLiteral("unit"), QStringLiteral("C"));
        }
        batch.append(m);
    }
    model.appendReceived(batch);
    for (int i = 0; i < 10; ++i) {
        OutgoingMessage out;
        out.topic = QStringLiteral("cmd/%1").arg(i);
        out.payload = "{\"on\": true, \"text\": \"a, \\\"quoted\\\" value\"}";
        out.qos = 1;
        if (i == 0) {
            out.properties.set(PropertyId::ResponseTopic, QStringLiteral("reply/0"));
            out.properties.set(PropertyId::CorrelationData, QByteArray("abc"));
        }
        model.appendSent(quint64(i) + 1, out);
    }
    Message binary;
    binary.topic = QStringLiteral("bin");
    binary.payload = QByteArray("\xff\x00\x01\xfe", 4);
    model.appendReceived({binary, binary});
    model.flush();
    for (int i = 0; i < 5; ++i) {
        Delivery d;
        d.token = quint64(i) + 1;
        d.state = Delivery::State::Acknowledged;
        d.roundTripUs = 1500;
        model.updateDelivery(d);
    }
}

} // namespace

class TestMessageLogView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void textFilter();
    void topicFilterAndDirection();
    void subscriptionFilter();
    void invalidRegexShowsError();
    void invalidTopicFilterShowsError();
    void countsLabel();
    void modeSwitch();
    void currentEntry();
    void exportJsonLines();
    void exportCsv();
    void exportJsonArray();
    void exportManyRows();
    void exportInChunks();
    void exportCancelled();
    void compareWithPrevious();
    void chatRowsWithProperties();
    void followsNewest();
    void payloadColumnTakesTheRest();
    void pauseHoldsAndCounts();
    void chatSelectionIsTheBubble();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *w = m_view->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    std::unique_ptr<MessageLogModel> m_model;
    std::unique_ptr<MessageLogView> m_view;
    QTemporaryDir m_dir;
};

void TestMessageLogView::init()
{
    m_model = std::make_unique<MessageLogModel>();
    fill(*m_model);
    m_view = std::make_unique<MessageLogView>();
    m_view->setModel(m_model.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMessageLogView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestMessageLogView::textFilter()
{
    QCOMPARE(m_model->rowCount(), 1012);
    auto *text = child<QLineEdit>("textFilter");
    QTest::keyClicks(text, QStringLiteral("VALUE 99"));
    QTRY_COMPARE(m_model->rowCount(), 11); // 99, 990..999
    QCOMPARE(m_model->filter().text, QStringLiteral("VALUE 99"));
    text->clear();
    QTRY_COMPARE(m_model->rowCount(), 1012);

    child<QToolButton>("regexToggle")->click();
    QTest::keyClicks(text, QStringLiteral("^value 12\\d$"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_model->rowCount(), 10);

    // Later rows are filtered too.
    Message m;
    m.topic = QStringLiteral("a/x");
    m.payload = "value 123";
    m_model->appendReceived({m});
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 11);
}

void TestMessageLogView::topicFilterAndDirection()
{
    auto *topic = child<QLineEdit>("topicFilter");
    QTest::keyClicks(topic, QStringLiteral("cmd/+"));
    QTRY_COMPARE(m_model->rowCount(), 10);
    child<QToolButton>("sentToggle")->click();
    QCOMPARE(m_model->rowCount(), 0);
    topic->clear();
    QTRY_COMPARE(m_model->rowCount(), 1002);
    child<QToolButton>("sentToggle")->click();
    child<QToolButton>("receivedToggle")->click();
    QCOMPARE(m_model->rowCount(), 10);
}

void TestMessageLogView::subscriptionFilter()
{
    m_view->setSubscriptions({QStringLiteral("a/#"), QStringLiteral("b/#")});
    auto *combo = child<QComboBox>("subscriptionFilter");
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(2);
    QCOMPARE(m_model->rowCount(), 100);
    combo->setCurrentIndex(1);
    QCOMPARE(m_model->rowCount(), 1000);
    // A subscription that goes away falls back to all.
    m_view->setSubscriptions({QStringLiteral("b/#")});
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_model->rowCount(), 1012);
}

void TestMessageLogView::invalidRegexShowsError()
{
    auto *text = child<QLineEdit>("textFilter");
    QTest::keyClicks(text, QStringLiteral("value 5"));
    QTRY_COMPARE(m_model->rowCount(), 111);
    child<QToolButton>("regexToggle")->click();
    QCOMPARE(m_model->rowCount(), 111);
    QVERIFY(m_view->filterError().isEmpty());

    QTest::keyClicks(text, QStringLiteral("(["));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY2(m_view->filterError().contains(QStringLiteral("regular expression")), qPrintable(m_view->filterError()));
    QVERIFY(child<QLabel>("filterError")->isVisible());
    QCOMPARE(text->palette().color(QPalette::Text), errorTextColor());
    // The last valid filter stays.
    QCOMPARE(m_model->filter().text, QStringLiteral("value 5"));
    QCOMPARE(m_model->rowCount(), 111);

    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(m_view->filterError().isEmpty());
    QVERIFY(!child<QLabel>("filterError")->isVisible());
    QVERIFY(text->palette().color(QPalette::Text) != errorTextColor());
}

void TestMessageLogView::invalidTopicFilterShowsError()
{
    auto *topic = child<QLineEdit>("topicFilter");
    QTest::keyClicks(topic, QStringLiteral("a/#/x"));
    QTest::keyClick(topic, Qt::Key_Return);
    QVERIFY(!m_view->filterError().isEmpty());
    QCOMPARE(topic->palette().color(QPalette::Text), errorTextColor());
    QCOMPARE(m_model->rowCount(), 1012);
}

void TestMessageLogView::countsLabel()
{
    auto *counts = child<QLabel>("counts");
    QVERIFY2(counts->text().contains(QLocale().toString(1012)), qPrintable(counts->text()));
    child<QToolButton>("receivedToggle")->click();
    QCOMPARE(counts->text(), QStringLiteral("%1 / %2").arg(QLocale().toString(10), QLocale().toString(1012)));
    m_model->clear();
    QCOMPARE(counts->text(), QStringLiteral("0 / 0"));
}

void TestMessageLogView::modeSwitch()
{
    QSignalSpy modeChanged(m_view.get(), &MessageLogView::modeChanged);
    auto *table = child<QTableView>("tableView");
    auto *chat = child<QTableView>("chatView");
    QCOMPARE(m_view->mode(), MessageLogView::Mode::Table);
    QVERIFY(table->isVisible());
    QVERIFY(!chat->isVisible());
    m_view->setMode(MessageLogView::Mode::Chat);
    QCOMPARE(m_view->mode(), MessageLogView::Mode::Chat);
    QCOMPARE(modeChanged.count(), 1);
    QVERIFY(chat->isVisible());
    QVERIFY(!table->isVisible());
    QCOMPARE(chat->model()->rowCount(), 1012);
    QVERIFY(!m_view->grab().isNull()); // paints the bubbles
    // Uniform heights: every chat row as high as the first.
    QCOMPARE(chat->rowHeight(1011), chat->rowHeight(0));
    QVERIFY(chat->rowHeight(0) > table->rowHeight(0));
    m_view->setMode(MessageLogView::Mode::Table);
    QVERIFY(table->isVisible());
    QCOMPARE(modeChanged.count(), 2);
}

void TestMessageLogView::currentEntry()
{
    QVERIFY(!m_view->currentEntry());
    QSignalSpy changed(m_view.get(), &MessageLogView::currentEntryChanged);
    auto *table = child<QTableView>("tableView");
    table->setCurrentIndex(m_model->index(3, 0));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_view->currentEntry());
    QCOMPARE(m_view->currentEntry()->message.payload, QByteArray("value 3"));
    // The selection is shared with the chat view.
    m_view->setMode(MessageLogView::Mode::Chat);
    QCOMPARE(child<QTableView>("chatView")->currentIndex().row(), 3);
    QCOMPARE(m_view->currentEntry()->message.topic, QStringLiteral("a/3"));
}

void TestMessageLogView::exportJsonLines()
{
    const QString path = m_dir.filePath(QStringLiteral("log.jsonl"));
    QString error;
    QVERIFY2(m_view->exportTo(path, MessageLogView::ExportFormat::JsonLines, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), 1012);
    QJsonParseError parseError;
    const QJsonObject first = QJsonDocument::fromJson(lines.first(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(first.value(QStringLiteral("topic")).toString(), QStringLiteral("a/0"));
    QCOMPARE(first.value(QStringLiteral("payload")).toString(), QStringLiteral("value 0"));
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    const QJsonObject properties = first.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(properties.value(QStringLiteral("userProperties")).toArray(),
             QJsonArray({QJsonArray{QStringLiteral("sensor"), QStringLiteral("temp")},
                         QJsonArray{QStringLiteral("unit"), QStringLiteral("C")}}));
    QVERIFY(!QJsonDocument::fromJson(lines.at(1)).object().contains(QStringLiteral("properties")));
    const QJsonObject sent = QJsonDocument::fromJson(lines.at(1000)).object();
    QCOMPARE(sent.value(QStringLiteral("direction")).toString(), QStringLiteral("sent"));
    QCOMPARE(sent.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(sent.value(QStringLiteral("properties")).toObject().value(QStringLiteral("responseTopic")).toString(),
             QStringLiteral("reply/0"));
    const QJsonObject binary = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(binary.value(QStringLiteral("payloadEncoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(binary.value(QStringLiteral("payload")).toString().toLatin1()),
             QByteArray("\xff\x00\x01\xfe", 4));
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonDocument::fromJson(line, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    }
}

void TestMessageLogView::exportCsv()
{
    child<QToolButton>("receivedToggle")->click();
    QCOMPARE(m_model->rowCount(), 10);
    const QString filtered = m_dir.filePath(QStringLiteral("sent.csv"));
    QVERIFY(m_view->exportTo(filtered, MessageLogView::ExportFormat::Csv, true));
    QFile file(filtered);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.first(),
             QByteArray("time,direction,topic,qos,retain,payloadEncoding,payload,subscriptions,delivery,properties\r"));
    QVERIFY2(lines.at(1).endsWith(",acknowledged,response=reply/0 \xc2\xb7 correlation=abc\r"), lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith(",acknowledged,\r"), lines.at(2).constData());
    // The JSON payload has a comma and quotes: one quoted field, quotes doubled.
    QVERIFY2(lines.at(1).contains(",\"{\"\"on\"\": true, \"\"text\"\": \"\"a, \\\"\"quoted\\\"\" value\"\"}\","),
             lines.at(1).constData());

    const QString all = m_dir.filePath(QStringLiteral("all.csv"));
    QVERIFY(m_view->exportTo(all, MessageLogView::ExportFormat::Csv, false));
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    const QByteArray allCsv = allFile.readAll();
    QCOMPARE(allCsv.count("\r\n"), 1013);
    QVERIFY2(allCsv.split('\n').at(1).endsWith(",\"content-type=text/plain \xc2\xb7 user: sensor=temp, unit=C\"\r"),
             allCsv.split('\n').at(1).constData());
}

void TestMessageLogView::exportJsonArray()
{
    child<QLineEdit>("topicFilter")->setText(QStringLiteral("a/7"));
    QTest::keyClick(child<QLineEdit>("topicFilter"), Qt::Key_Return);
    QCOMPARE(m_model->rowCount(), 100);
    const QString path = m_dir.filePath(QStringLiteral("log.json"));
    QVERIFY(m_view->exportTo(path, MessageLogView::ExportFormat::JsonArray, true));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll(), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 100);
    QCOMPARE(array.at(99).toObject().value(QStringLiteral("payload")).toString(), QStringLiteral("value 997"));

    child<QLineEdit>("topicFilter")->setText(QStringLiteral("nothing/here"));
    QTest::keyClick(child<QLineEdit>("topicFilter"), Qt::Key_Return);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_view->exportTo(path, MessageLogView::ExportFormat::JsonArray, true));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::ReadOnly));
    const QJsonDocument none = QJsonDocument::fromJson(empty.readAll());
    QVERIFY(none.isArray());
    QCOMPARE(none.array().size(), 0);
}

void TestMessageLogView::exportManyRows()
{
    QList<Message> batch;
    for (int i = 0; i < 5000; ++i) {
        Message m;
        m.topic = QStringLiteral("many/%1").arg(i % 50);
        m.payload = QByteArray(200, 'x') + QByteArray::number(i);
        batch.append(m);
    }
    m_model->appendReceived(batch);
    m_model->flush();
    for (const auto format : {MessageLogView::ExportFormat::JsonLines, MessageLogView::ExportFormat::Csv,
                              MessageLogView::ExportFormat::JsonArray}) {
        const QString path = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(m_view->exportTo(path, format, false));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        switch (format) {
        case MessageLogView::ExportFormat::JsonLines:
            QCOMPARE(bytes.count('\n'), 6012);
            break;
        case MessageLogView::ExportFormat::Csv:
            QCOMPARE(bytes.count("\r\n"), 6013);
            break;
        case MessageLogView::ExportFormat::JsonArray:
            QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), 6012);
            break;
        }
    }
    QString error;
    QVERIFY(!m_view->exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.json")),
                              MessageLogView::ExportFormat::JsonArray, false, &error));
    QVERIFY(!error.isEmpty());
}

void TestMessageLogView::exportInChunks()
{
    QList<Message> batch;
    for (int i = 0; i < 50'000; ++i) {
        Message m;
        m.topic = QStringLiteral("bulk/%1").arg(i % 100);
        m.payload = QByteArray(240, 'y') + QByteArray::number(i);
        batch.append(m);
    }
    m_model->appendReceived(batch);
    m_model->flush();
    const QString path = m_dir.filePath(QStringLiteral("chunks.jsonl"));
    QSignalSpy finished(m_view.get(), &MessageLogView::exportFinished);
    QVERIFY(m_view->startExport(path, MessageLogView::ExportFormat::JsonLines, false));
    QVERIFY(m_view->isExporting());
    QVERIFY(!m_view->startExport(path, MessageLogView::ExportFormat::Csv, false)); // one at a time
    // Rows arriving meanwhile are not exported, and do not disturb the export.
    m_model->appendReceived(batch.mid(0, 10));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!m_view->isExporting());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 51'012);
}

void TestMessageLogView::exportCancelled()
{
    QList<Message> batch;
    for (int i = 0; i < 200'000; ++i) {
        Message m;
        m.topic = QStringLiteral("bulk");
        m.payload = QByteArray(240, 'z');
        batch.append(m);
    }
    m_model->appendReceived(batch);
    m_model->flush();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QSignalSpy finished(m_view.get(), &MessageLogView::exportFinished);
    QVERIFY(m_view->startExport(path, MessageLogView::ExportFormat::Csv, false));
    auto *progress = m_view->findChild<QProgressDialog *>();
    QVERIFY(progress);
    emit progress->canceled(); // the Cancel button
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestMessageLogView::compareWithPrevious()
{
    Message m;
    m.topic = QStringLiteral("json/t");
    m.payload = R"({"a": 1, "b": [1, 2], "c": "same"})";
    Message next = m;
    next.payload = R"({"a": 2, "b": [1, 2], "c": "same"})";
    m_model->appendReceived({m, next});
    m_model->flush();
    const int last = m_model->rowCount() - 1;
    QVERIFY(m_model->previousOnTopic(last));
    m_view->compareCurrentWithPrevious(); // nothing current: nothing happens
    QVERIFY(!m_view->findChild<QDialog *>(QStringLiteral("compareDialog")));
    auto *table = child<QTableView>("tableView");
    table->setCurrentIndex(m_model->index(last, 0));
    m_view->compareCurrentWithPrevious();
    auto *dialog = m_view->findChild<QDialog *>(QStringLiteral("compareDialog"));
    QVERIFY(dialog);
    const QString diff = dialog->findChild<QTextEdit *>()->toPlainText();
    const QStringList lines = diff.split(QLatin1Char('\n'));
    const auto changed = [&lines](const QString &mark, const QString &text) {
        return std::count_if(lines.begin(), lines.end(), [&](const QString &line) {
            return line.startsWith(mark) && line.mid(1).trimmed() == text;
        });
    };
    QCOMPARE(changed(QStringLiteral("-"), QStringLiteral("\"a\": 1,")), 1);
    QCOMPARE(changed(QStringLiteral("+"), QStringLiteral("\"a\": 2,")), 1);
    QCOMPARE(changed(QStringLiteral(" "), QStringLiteral("\"c\": \"same\"")), 1);
    // the removed line right before the added one (indexOf matches whole lines)
    QCOMPARE(lines.indexOf(QRegularExpression(QStringLiteral("-.*"))) + 1,
             lines.indexOf(QRegularExpression(QStringLiteral("\\+.*"))));
    dialog->close();
}

void TestMessageLogView::chatRowsWithProperties()
{
    m_view->setMode(MessageLogView::Mode::Chat);
    auto *chat = child<QTableView>("chatView");
    QCOMPARE(m_model->data(m_model->index(0, 0), MessageLogModel::PropertiesRole).toString(),
             QStringLiteral("content type text/plain · user properties sensor=temp, unit=C"));
    QCOMPARE(m_model->data(m_model->index(1, 0), MessageLogModel::PropertiesRole).toString(), QString());
    chat->scrollToTop();
    QVERIFY(!m_view->grab().isNull());
    QCOMPARE(chat->rowHeight(0), chat->rowHeight(1));
    QCOMPARE(chat->rowHeight(0), chat->rowHeight(1000));
}

// The log keeps the newest message in sight through arrivals, a resize and
// a switch to Chat; scrolling away stops that, and "Jump to latest" or
// scrolling back to the end starts it again.
void TestMessageLogView::followsNewest()
{
    auto *table = child<QTableView>("tableView");
    QScrollBar *bar = table->verticalScrollBar();
    auto *latest = child<QToolButton>("jumpToLatest");
    const auto append = [this](int count) {
        QList<Message> batch;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.topic = QStringLiteral("more/%1").arg(i);
            m.payload = "more";
            batch.append(m);
        }
        m_model->appendReceived(batch);
        m_model->flush();
    };
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    QVERIFY(m_view->isFollowing());
    QVERIFY(latest->isHidden());

    append(50);
    QTRY_COMPARE(bar->value(), bar->maximum());
    m_view->resize(900, 300); // a smaller pane: more rows below the fold
    QTRY_COMPARE(bar->value(), bar->maximum());
    append(50);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(m_view->isFollowing());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // the user scrolls up
    QVERIFY(!m_view->isFollowing());
    QVERIFY(!latest->isHidden());
    const int kept = bar->value();
    append(50);
    QTest::qWait(50);
    QCOMPARE(bar->value(), kept);

    latest->click();
    QVERIFY(m_view->isFollowing());
    QVERIFY(latest->isHidden());
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!m_view->isFollowing());
    bar->triggerAction(QAbstractSlider::SliderToMaximum); // back to the end by hand
    QVERIFY(m_view->isFollowing());

    m_view->setMode(MessageLogView::Mode::Chat);
    QScrollBar *chatBar = child<QTableView>("chatView")->verticalScrollBar();
    QTRY_VERIFY(chatBar->maximum() > 0 && chatBar->value() == chatBar->maximum());
    append(10);
    QTRY_COMPARE(chatBar->value(), chatBar->maximum());
}

// Payload stretches over what the other columns leave; Delivery is shown only
// once something was sent; direction is an arrow with its word in the tooltip.
void TestMessageLogView::payloadColumnTakesTheRest()
{
    auto *table = child<QTableView>("tableView");
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->logicalIndex(header->count() - 1), int(MessageLogModel::PayloadColumn));
    QVERIFY(!table->isColumnHidden(MessageLogModel::DeliveryColumn));
    int others = 0;
    for (int column = 0; column < MessageLogModel::ColumnCount; ++column)
        if (column != MessageLogModel::PayloadColumn && !table->isColumnHidden(column))
            others += table->columnWidth(column);
    QVERIFY2(table->columnWidth(MessageLogModel::PayloadColumn) >= table->viewport()->width() - others - 2,
             qPrintable(QString::number(table->columnWidth(MessageLogModel::PayloadColumn))));
    QVERIFY(table->columnWidth(MessageLogModel::PayloadColumn) > table->viewport()->width() / 4);
    QCOMPARE(m_model->data(m_model->index(0, MessageLogModel::DirectionColumn)).toString(), QStringLiteral("\u2193"));
    QCOMPARE(m_model->data(m_model->index(0, MessageLogModel::DirectionColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("Received"));
    QCOMPARE(m_model->data(m_model->index(1000, MessageLogModel::DirectionColumn)).toString(), QStringLiteral("\u2191"));
    QCOMPARE(m_model->data(m_model->index(0, MessageLogModel::SizeColumn)).toString(), QStringLiteral("7 B"));

    MessageLogModel received;
    Message m;
    m.topic = QStringLiteral("t");
    m.payload = QByteArray(1536, 'x');
    received.appendReceived({m});
    received.flush();
    m_view->setModel(&received);
    QVERIFY(table->isColumnHidden(MessageLogModel::DeliveryColumn));
    QCOMPARE(received.data(received.index(0, MessageLogModel::SizeColumn)).toString(), QStringLiteral("1.5 KiB"));
    OutgoingMessage out;
    out.topic = QStringLiteral("t");
    received.appendSent(1, out);
    QVERIFY(!table->isColumnHidden(MessageLogModel::DeliveryColumn));
    QCOMPARE(header->logicalIndex(header->count() - 1), int(MessageLogModel::PayloadColumn));
    received.clear();
    QVERIFY(table->isColumnHidden(MessageLogModel::DeliveryColumn));
    m_view->setModel(nullptr);
}

// Pause holds the log still: what arrives is kept and counted on the button;
// resume shows it all, also past a filter changed meanwhile.
void TestMessageLogView::pauseHoldsAndCounts()
{
    auto *pause = child<QToolButton>("pauseLog");
    const int before = m_model->rowCount();
    const auto append = [this](int count, const QByteArray &payload) {
        QList<Message> batch;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.topic = QStringLiteral("late/%1").arg(i);
            m.payload = payload;
            batch.append(m);
        }
        m_model->appendReceived(batch);
    };
    pause->click();
    QVERIFY(m_view->isPaused());
    QVERIFY(m_model->isPaused());
    append(30, "held");
    m_model->flush(); // does not end the pause
    QTest::qWait(100); // nor does the timer
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_model->heldCount(), 30);
    QTRY_VERIFY2(pause->text().contains(QStringLiteral("30")), qPrintable(pause->text()));

    // A filter typed while paused applies to the shown rows now, to the held ones on resume.
    QTest::keyClicks(child<QLineEdit>("textFilter"), QStringLiteral("held"));
    QTRY_COMPARE(m_model->rowCount(), 0);
    append(5, "held too");
    append(5, "other");
    QCOMPARE(m_model->heldCount(), 40);

    pause->click();
    QVERIFY(!m_view->isPaused());
    QCOMPARE(m_model->heldCount(), 0);
    QCOMPARE(m_model->rowCount(), 35);
    QVERIFY(!pause->text().contains(QStringLiteral("35")));
    QVERIFY(m_view->isFollowing());
}

// A selected chat row is outlined; no band of the selection colour crosses the view.
void TestMessageLogView::chatSelectionIsTheBubble()
{
    m_view->setMode(MessageLogView::Mode::Chat);
    auto *chat = child<QTableView>("chatView");
    m_view->selectRow(m_model->rowCount() - 1);
    QTRY_VERIFY(chat->selectionModel()->hasSelection());
    const QModelIndex current = chat->selectionModel()->currentIndex();
    const QRect row = chat->visualRect(current.siblingAtColumn(MessageLogModel::DeliveryColumn));
    QVERIFY(row.isValid());
    const QImage image = chat->viewport()->grab().toImage();
    // Received bubbles sit left and take 3/4 of the width: the right end is the view's own background.
    const QColor right = image.pixelColor(row.right() - 3, row.center().y());
    QCOMPARE(right, chat->palette().color(QPalette::Base));
}

QTEST_MAIN(TestMessageLogView)
#include "tst_messagelogview.moc"
