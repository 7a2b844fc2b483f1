#include "connectionpage.h"

#include "brokerdashboard.h"
#include "models/brokerstats.h"
#include "models/messagelogmodel.h"
#include "messagelogview.h"
#include "models/packetlogmodel.h"
#include "payload/numericvalue.h"
#include "payloadbindingsdialog.h"
#include "payloadviewer.h"
#include "publishpanel.h"
#include "retainedmanager.h"
#include "client/retainedscan.h"
#include "subscriptionpanel.h"
#include "models/topicchartdata.h"
#include "topicchartview.h"
#include "models/topictreemodel.h"
#include "topictreeview.h"
#include "models/trafficprofilemodel.h"
#include "trafficview.h"
#include "retranslate.h"
#include "sparkplugview.h"
#include "session/payloaddecoding.h"
#include "session/scripttransforms.h"
#include "zoom.h"

#include <QDataStream>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Signalbox {

ConnectionPage::ConnectionPage(const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_session(new ConnectionSession(profile, this))
    , m_host(m_session->client())
    , m_logModel(m_session->logModel())
    , m_packetModel(m_session->packetModel())
    , m_logView(new MessageLogView(this))
    , m_subscriptions(new SubscriptionPanel(this))
    , m_publish(new PublishPanel(this))
    , m_viewer(new PayloadViewer(this))
    , m_details(new QTabWidget(this))
    , m_views(new QTabWidget(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_center(new QSplitter(Qt::Vertical, this))
    , m_title(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_insecureLabel(new QLabel(this))
    , m_connectButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionPage"));
    m_logView->setModel(m_logModel);
    m_publish->setProtocolVersion(profile.version);
    m_publish->setConnected(false);
    m_subscriptions->setProtocolVersion(profile.version);

    QHBoxLayout *header = createHeader();
    createViews(profile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_outer, 1);

    bindSession();
    bindPanels();
    updateHeader();
}

ConnectionPage::~ConnectionPage() = default;

// The line above the page: name, state, warnings, Connect.
QHBoxLayout *ConnectionPage::createHeader()
{
    m_title->setObjectName(QStringLiteral("connectionTitle"));
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_errorLabel->setObjectName(QStringLiteral("connectionError"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    keepRelativeFont(m_title, 1.2, true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    retranslate(m_insecureLabel,
                [this] { m_insecureLabel->setText(tr("Certificate verification is off for this connection.")); });
    m_insecureLabel->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    m_insecureLabel->hide();
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionPage::toggleConnection);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_stateLabel);
    header->addStretch();
    m_queueLabel = new QLabel(this);
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_queueLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_queueLabel->hide();
    header->addWidget(m_queueLabel);
    m_backlogLabel = new QLabel(this);
    m_backlogLabel->setObjectName(QStringLiteral("backlogLabel"));
    m_backlogLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    retranslate(m_backlogLabel, [this] {
        m_backlogLabel->setToolTip(tr("Messages arrive faster than the window can show them. Signalbox stops reading "
                                      "from the broker until it has caught up; no message is lost."));
    });
    m_backlogLabel->hide();
    header->addWidget(m_backlogLabel);
    m_spillLabel = new QLabel(this);
    retranslate(m_spillLabel, [this] { m_spillLabel->setText(tr("log in memory only")); });
    m_spillLabel->setObjectName(QStringLiteral("spillLabel"));
    m_spillLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_spillLabel->hide();
    header->addWidget(m_spillLabel);
    header->addWidget(m_insecureLabel);
    header->addWidget(m_connectButton);

    return header;
}

// The packet inspector: the packets as they crossed the wire, and the
// selected one decoded.
QWidget *ConnectionPage::createPacketPane()
{
    auto *packetView = m_packetView = new QTableView(this);
    packetView->setObjectName(QStringLiteral("packetView"));
    packetView->setModel(m_packetModel);
    packetView->verticalHeader()->hide();
    keepRowHeight(packetView);
    packetView->horizontalHeader()->setStretchLastSection(true);
    packetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *packetDetails = new QPlainTextEdit(this);
    packetDetails->setReadOnly(true);
    packetDetails->setLineWrapMode(QPlainTextEdit::NoWrap); // keep the hex dump's columns
    packetDetails->setFont(monospaceFont());
    connect(packetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, packetDetails](const QModelIndex &current) {
                packetDetails->setPlainText(current.isValid() ? m_packetModel->details(current.row()) : QString());
            });
    auto *packetSplit = new QSplitter(Qt::Vertical, this);
    auto *packetPane = new QWidget(this);
    auto *packetLayout = new QVBoxLayout(packetPane);
    packetLayout->setContentsMargins(0, 0, 0, 0);
    auto *packetNote = new QLabel(this);
    retranslate(packetNote, [packetNote] {
        packetNote->setText(tr("Every packet is recorded, also while this tab is closed; under a flood, "
                               "PUBLISH and its acknowledgements only %n a second.",
                               nullptr, ConnectionSession::TracedPublishesPerSecond));
    });
    packetNote->setObjectName(QStringLiteral("packetNote"));
    packetNote->setWordWrap(true);
    packetLayout->addWidget(packetNote);
    packetLayout->addWidget(packetView);
    packetSplit->addWidget(packetPane);
    packetSplit->addWidget(packetDetails);

    return packetSplit;
}

// The three columns: subscriptions, the views in the middle, payload and packets.
void ConnectionPage::createViews(const ConnectionProfile &profile)
{
    m_topicView = new TopicTreeView(this);
    m_topicView->setModel(m_session->topicModel());
    m_topicView->setPayloadViewerEmbedded(false); // payloads show in the page's Payload pane
    m_trafficView = new TrafficView(this);
    m_trafficView->setModel(m_session->trafficModel());
    m_chartView = new TopicChartView(this);
    m_chartView->setData(m_session->chartData());
    m_retained = new RetainedManager(this);
    m_retained->setProfile(profile);
    m_retained->setPayloadViewerEmbedded(false); // payloads show in the page's Payload pane
    m_dashboard = new BrokerDashboard(this);
    m_dashboard->setStats(m_session->brokerStats());
    m_sparkplugView = new SparkplugView(this);
    m_sparkplugView->setModel(m_session->sparkplugModel());

    m_details->addTab(m_viewer, QString());
    m_details->addTab(createPacketPane(), QString());
    retranslate(m_details, [this] {
        m_details->setTabText(0, tr("Payload"));
        m_details->setTabText(1, tr("Packets"));
    });

    m_center->addWidget(m_logView);
    m_center->addWidget(m_publish);
    m_center->setStretchFactor(0, 7);
    m_center->setStretchFactor(1, 3);

    // The middle of the page: the message log (with publishing), the topic
    // tree, or the broker's $SYS dashboard.
    auto *dashboardScroll = new QScrollArea(this); // scrolls rather than widen the window
    dashboardScroll->setWidget(m_dashboard);
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    m_views->setObjectName(QStringLiteral("pageViews"));
    m_views->setDocumentMode(true);
    for (QWidget *view :
         {static_cast<QWidget *>(m_center), static_cast<QWidget *>(m_topicView), static_cast<QWidget *>(m_trafficView),
          static_cast<QWidget *>(m_chartView), static_cast<QWidget *>(m_retained),
          static_cast<QWidget *>(dashboardScroll), static_cast<QWidget *>(m_sparkplugView)})
        m_views->addTab(view, QString());
    retranslate(m_views, [this, made = false]() mutable {
        const QStringList names{tr("Messages"), tr("Topics"), tr("Traffic"),  tr("Charts"),
                                tr("Retained"), tr("Broker"), tr("Sparkplug")};
        for (int i = 0; i < names.size(); ++i)
            m_views->setTabText(i, names.at(i));
        if (made)
            onStateChanged(m_host->state()); // the state line and the Connect button, in the new words
        made = true;
    });
    connect(m_views, &QTabWidget::currentChanged, this, &ConnectionPage::onViewChanged);

    m_outer->addWidget(m_subscriptions);
    m_outer->addWidget(m_views);
    m_outer->addWidget(m_details);
    // Growth is shared in these proportions: subscriptions, log, details.
    m_outer->setStretchFactor(0, 3);
    m_outer->setStretchFactor(1, 9);
    m_outer->setStretchFactor(2, 4);
}

// What the session and its client say, shown on the page.
void ConnectionPage::bindSession()
{
    const MqttClient *client = m_host->events();
    connect(client, &MqttClient::stateChanged, this, &ConnectionPage::onStateChanged);
    connect(client, &MqttClient::connected, this, &ConnectionPage::onConnected);
    connect(client, &MqttClient::errorOccurred, this, &ConnectionPage::onError);
    if (RetainedScan *scan = m_retained->scan())
        scan->setTopicTable(m_session->topicTable());
    connect(m_session, &ConnectionSession::messagesDelivered, this, [this](const QList<Message> &messages) {
        if (RetainedScan *scan = m_retained->scan())
            scan->noteMessages(messages);
    });
    connect(m_session, &ConnectionSession::backlogChanged, this, &ConnectionPage::onBacklogChanged);
    // New bindings, or a script's output for the message in the pane: show it again.
    connect(m_session, &ConnectionSession::decodingChanged, this, &ConnectionPage::showSelectedPayload);
    connect(m_session->scripts(), &ScriptTransforms::resultsReady, this, [this] {
        if (!m_viewerPending.topic.isEmpty())
            showInViewer(m_viewerPending);
    });
    connect(m_logModel, &MessageLogModel::spillFailed, this, [this](const QString &reason) {
        m_spillLabel->setToolTip(reason + QLatin1Char(' ')
                                 + tr("The message log keeps every payload in memory from now on; nothing is lost."));
        m_spillLabel->show();
    });
    connect(client, &MqttClient::outgoingCountsChanged, this, &ConnectionPage::onOutgoingCounts);
    connect(client, &MqttClient::subscribed, this, &ConnectionPage::onSubscribed);
    connect(m_host, &ClientHost::rateChanged, this, &ConnectionPage::rateChanged);
    connect(client, &MqttClient::reconnectScheduled, this, [this](int attempt, int delayMs) {
        m_stateLabel->setText(tr("reconnecting in %1 s (attempt %2)").arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt));
    });
}

// What the panels and views ask for, and what they show of each other.
void ConnectionPage::bindPanels()
{
    connect(m_subscriptions, &SubscriptionPanel::subscribeRequested, this, &ConnectionPage::onSubscribeRequested);
    connect(m_subscriptions, &SubscriptionPanel::unsubscribeRequested, this, [this](const QString &filter) {
        if (m_host->state() == MqttClient::State::Connected)
            m_host->unsubscribe(filter);
    });
    connect(m_subscriptions, &SubscriptionPanel::itemsChanged, this, &ConnectionPage::syncSubscriptionColors);
    connect(m_subscriptions, &SubscriptionPanel::itemsChanged, this, [this] {
        QList<WorkspaceSubscription> kept;
        for (const SubscriptionItem &item : m_subscriptions->items())
            kept.append({item.entry, item.subscriptionIdentifier, item.color.isValid() ? item.color.name() : QString(),
                         item.alias, item.active});
        m_session->setSubscriptions(kept);
    });
    connect(m_publish, &PublishPanel::historyChanged, this,
            [this] { m_session->setPublishHistory(m_publish->history()); });
    connect(m_publish, &PublishPanel::savedMessagesChanged, this,
            [this] { m_session->setSavedMessages(m_publish->savedMessages()); });
    const auto publish = [this](const OutgoingMessage &message) { m_session->publish(message); };
    connect(m_publish, &PublishPanel::publishRequested, this,
            [this](const OutgoingMessage &message) { m_session->publish(message, m_publish->encodes()); });
    m_publish->setPipelineLookup([this](const QString &topic) {
        const PayloadDecoding &decoding = m_session->decoding();
        const qsizetype script = decoding.scriptFor(topic);
        return PublishPanel::Pipeline{script >= 0 ? decoding.scriptName(script) : QString(), decoding.encoderFor(topic)};
    });
    connect(m_session, &ConnectionSession::decodingChanged, m_publish, &PublishPanel::refreshPipeline);
    connect(m_session, &ConnectionSession::publishFailed, this,
            [this](const OutgoingMessage &message, const QString &error) {
                // Also for the topic tree's and the Sparkplug view's messages: a script
                // applies to them too, and the panel is where publishing shows.
                m_publish->showSendError(tr("%1: %2").arg(message.topic, error));
            });
    connect(m_topicView, &TopicTreeView::publishRequested, this, publish);
    connect(m_sparkplugView, &SparkplugView::publishRequested, this, publish);
    connect(m_retained, &RetainedManager::messageShown, this, [this](const Message &message) {
        if (currentView() == View::Retained)
            showInViewer(message);
    });
    connect(m_topicView, &TopicTreeView::messageShown, this, [this](const Message &message) {
        if (currentView() == View::Topics)
            showInViewer(message);
    });
    connect(m_topicView, &TopicTreeView::plotRequested, this, [this](const QString &topic) {
        m_chartView->plotTopic(topic); // or, for JSON, the chooser of its numeric fields
        showView(View::Charts);
    });
    // A Sparkplug B metric: its field, by name, of the charts' JSON of its NDATA or DDATA topic.
    connect(m_sparkplugView, &SparkplugView::plotRequested, this, [this](const QString &topic, const QString &field) {
        m_chartView->plot(topic, jsonPathForKey(field));
        showView(View::Charts);
    });
    connect(m_dashboard, &BrokerDashboard::subscribeSysRequested, this, [this] {
        SubscriptionItem item;
        item.entry.filter = QStringLiteral("$SYS/#");
        m_subscriptions->addItem(item);
    });
    connect(m_logView, &MessageLogView::currentEntryChanged, this, &ConnectionPage::showSelectedPayload);
}

void ConnectionPage::setProfile(const ConnectionProfile &profile)
{
    m_session->setProfile(profile);
    m_retained->setProfile(profile);
    m_publish->setProtocolVersion(profile.version);
    m_subscriptions->setProtocolVersion(profile.version);
    updateHeader();
}

QString ConnectionPage::errorText() const
{
    return m_errorLabel->isVisible() || m_hasError ? m_errorLabel->text() : QString();
}

QString ConnectionPage::stateText() const
{
    return m_stateLabel->text();
}

void ConnectionPage::connectToBroker()
{
    m_hasError = false;
    m_errorLabel->hide();
    m_host->connectToBroker();
}

void ConnectionPage::disconnectFromBroker()
{
    m_host->disconnectFromBroker();
}

void ConnectionPage::toggleConnection()
{
    if (m_host->state() == MqttClient::State::Disconnected)
        connectToBroker();
    else
        disconnectFromBroker();
}

void ConnectionPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

ConnectionPage::View ConnectionPage::currentView() const
{
    return View(m_views->currentIndex());
}

// The Payload pane shows what the current view has selected: the log's
// message, the topic tree's history entry or the retained message.
void ConnectionPage::onViewChanged()
{
    m_logModel->setAnnouncementsHeld(currentView() != View::Messages);
    // Traffic, Charts and Broker show no single message: the Payload pane folds
    // away and gives them its width (the packet inspector stays if it is open).
    const View view = currentView();
    const bool showsMessage = view == View::Messages || view == View::Topics || view == View::Retained;
    m_details->setVisible(showsMessage || m_details->currentIndex() == 1);
    if (currentView() == View::Topics)
        showInViewer(m_topicView->shownMessage());
    else if (currentView() == View::Messages)
        showSelectedPayload();
    else if (currentView() == View::Retained)
        showInViewer(m_retained->shownMessage());
}

QString ConnectionPage::queueText() const
{
    return m_queueLabel->isHidden() ? QString() : m_queueLabel->text();
}

void ConnectionPage::onBacklogChanged(qint64 waiting)
{
    m_backlogLabel->setText(waiting > 0 ? tr("falling behind: %L1 waiting").arg(waiting) : QString());
    m_backlogLabel->setVisible(waiting > 0);
}

void ConnectionPage::onOutgoingCounts(int queued, int inFlight)
{
    Q_UNUSED(inFlight);
    const bool waiting = queued > 0 && m_host->state() != MqttClient::State::Connected;
    m_queueLabel->setText(waiting ? tr("%n message(s) queued until connected", nullptr, queued) : QString());
    m_queueLabel->setVisible(waiting);
}

void ConnectionPage::showPacketInspector()
{
    m_details->setCurrentIndex(1);
    if (m_packetView->currentIndex().isValid() || m_packetModel->rowCount() == 0)
        return;
    m_packetView->setCurrentIndex(m_packetModel->index(0, 0));
}

void ConnectionPage::onStateChanged(MqttClient::State state)
{
    if (state == MqttClient::State::Connected) {
        m_hasError = false;
        m_errorLabel->hide();
    }
    m_publish->setConnected(state == MqttClient::State::Connected); // a repeating publish stops
    updateHeader();
    onOutgoingCounts(m_host->queuedCount(), m_host->inFlightCount());
    emit stateChanged(state, m_hasError);
}

void ConnectionPage::onConnected(const ConnackInfo &info)
{
    Q_UNUSED(info);
    // The client subscribes again by itself after a reconnect; the first time
    // it learns the subscriptions from the panel.
    if (m_everConnected)
        return;
    m_everConnected = true;
    for (const SubscriptionItem &item : m_subscriptions->items())
        if (item.active)
            onSubscribeRequested(item);
}

void ConnectionPage::onError(const Error &error)
{
    m_hasError = error.kind != ErrorKind::InvalidArgument && error.kind != ErrorKind::Rejected;
    m_errorLabel->setText(error.message);
    m_errorLabel->show();
    emit stateChanged(m_host->state(), m_hasError);
}

void ConnectionPage::onSubscribeRequested(const SubscriptionItem &item)
{
    syncSubscriptionColors();
    if (m_host->state() != MqttClient::State::Connected)
        return; // subscribed on connect
    Properties properties;
    if (item.subscriptionIdentifier > 0 && profile().version == ProtocolVersion::V5)
        properties.set(PropertyId::SubscriptionIdentifier, item.subscriptionIdentifier);
    m_host->subscribe(item.entry, properties);
}

void ConnectionPage::onSubscribed(const SubscribeResult &result)
{
    for (qsizetype i = 0; i < result.entries.size() && i < result.reasonCodes.size(); ++i) {
        const quint8 code = result.reasonCodes.at(i);
        const SubscribeEntry &entry = result.entries.at(i);
        // The row already says the QoS asked for: a grant of the same says nothing new.
        QString status;
        if (code >= 0x80)
            status = reasonCodeText(code, PacketType::Suback);
        else if (code != entry.qos)
            status = tr("granted QoS %1").arg(code);
        m_subscriptions->setStatus(entry.filter, status, code >= 0x80);
    }
}

void ConnectionPage::syncSubscriptionColors()
{
    QStringList filters;
    for (const SubscriptionItem &item : m_subscriptions->items()) {
        m_logModel->setSubscriptionColor(item.entry.filter, item.color);
        filters.append(item.entry.filter);
    }
    m_logView->setSubscriptions(filters);
}

void ConnectionPage::editPayloadBindings()
{
    PayloadBindingsDialog dialog(m_session->workspace().payloadBindings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->setPayloadBindings(dialog.bindings());
}

void ConnectionPage::showSelectedPayload()
{
    if (currentView() != View::Messages)
        return; // another view's selection is in the pane; onViewChanged() shows this one
    const LogEntry *entry = m_logView->currentEntry();
    if (entry)
        showInViewer(entry->message);
    else
        m_viewer->clear();
}

// A message without a topic is none (the view has nothing chosen).
void ConnectionPage::showInViewer(const Message &message)
{
    if (message.topic.isEmpty()) {
        m_viewer->clear();
        return;
    }
    m_viewer->setMessage(message);
    const ConnectionSession::DecodedView decoded = m_session->decodedView(message.topic, message.payload);
    if (decoded.decoded || decoded.violations)
        m_viewer->setDecoded(decoded.decoded, decoded.violations);
    m_viewerPending = decoded.pending ? message : Message();
}

void ConnectionPage::updateHeader()
{
    const ConnectionProfile &p = profile();
    m_title->setText(p.name.isEmpty() ? p.host : p.name);
    m_title->setToolTip(p.url());
    m_insecureLabel->setVisible(isSecure(p.scheme) && p.tls.allowInsecure);
    QString state;
    switch (m_host->state()) {
    case MqttClient::State::Connected:
        state = tr("connected to %1").arg(p.url());
        m_connectButton->setText(tr("Disconnect"));
        break;
    case MqttClient::State::Connecting:
        state = tr("connecting to %1…").arg(p.url());
        m_connectButton->setText(tr("Cancel"));
        break;
    case MqttClient::State::Reconnecting:
        state = tr("reconnecting to %1…").arg(p.url());
        m_connectButton->setText(tr("Cancel"));
        break;
    case MqttClient::State::Disconnecting:
        state = tr("disconnecting…");
        m_connectButton->setText(tr("Disconnect"));
        break;
    case MqttClient::State::Disconnected:
        state = tr("not connected");
        m_connectButton->setText(tr("Connect"));
        break;
    }
    m_stateLabel->setText(state);
}

QByteArray ConnectionPage::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_outer->saveState() << m_center->saveState();
    // Since 2026-12: the view shown, the log's form and Topic width, the topic tree's columns.
    out << qint32(currentView()) << m_logView->saveState() << m_topicView->treeView()->header()->saveState();
    return state;
}

void ConnectionPage::restoreWorkspace(const ConnectionWorkspace &workspace)
{
    QList<SubscriptionItem> items;
    for (const WorkspaceSubscription &kept : workspace.subscriptions) {
        SubscriptionItem item;
        item.entry = kept.entry;
        item.subscriptionIdentifier = kept.subscriptionIdentifier;
        item.color = QColor(kept.color); // invalid when empty: the panel picks one
        item.alias = kept.alias;
        item.active = kept.active;
        items.append(item);
    }
    m_session->setWorkspace(workspace);
    m_publish->setHistory(workspace.publishHistory);
    m_publish->setSavedMessages(workspace.savedMessages);
    m_subscriptions->setItems(items); // the session takes the colours the panel picks
}

void ConnectionPage::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray outer, center;
    in >> outer >> center;
    if (in.status() == QDataStream::Ok && m_outer->restoreState(outer) && m_center->restoreState(center))
        m_laidOut = true;
    qint32 view = -1;
    QByteArray log, tree;
    in >> view >> log >> tree;
    if (in.status() != QDataStream::Ok)
        return; // an older layout: splitters only
    if (view >= 0 && view <= qint32(View::Sparkplug))
        showView(View(view));
    m_logView->restoreState(log);
    m_topicView->treeView()->header()->restoreState(tree);
}

void ConnectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_laidOut)
        return;
    // First show without a remembered layout: split by the real size (a
    // splitter left alone sizes its panes by their size hints).
    m_laidOut = true;
    const int w = m_outer->width();
    m_outer->setSizes({w * 3 / 16, w * 9 / 16, w * 4 / 16});
    const int h = m_center->height();
    m_center->setSizes({h * 7 / 10, h * 3 / 10});
}

} // namespace Signalbox
