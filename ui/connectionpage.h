#pragma once

#include "session/connectionsession.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Signalbox {

class BrokerDashboard;
class BrokerStats;
class MessageLogModel;
class MessageLogView;
class PacketLogModel;
class PayloadViewer;
class PublishPanel;
class RetainedManager;
class TopicChartData;
class TopicChartView;
class TrafficProfileModel;
class TrafficView;
class SparkplugView;
class SubscriptionPanel;
class TopicTreeModel;
class TopicTreeView;
struct SubscriptionItem;

// The widgets of one connection: a header with its state, errors and Connect
// button; the subscriptions; the message log with the payload of the selected
// message; the publish panel; the other views and the packet inspector. Binds
// them to a ConnectionSession, which holds the client and every model.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    // What the middle of the page shows, in the order of its tabs.
    enum class View { Messages, Topics, Traffic, Charts, Retained, Broker, Sparkplug };
    void showView(View view);

    explicit ConnectionPage(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    const ConnectionProfile &profile() const { return m_session->profile(); }
    void setProfile(const ConnectionProfile &profile);
    ClientHost *client() const { return m_host; }
    MessageLogModel *logModel() const { return m_session->logModel(); }
    MessageLogView *logView() const { return m_logView; }
    SubscriptionPanel *subscriptionPanel() const { return m_subscriptions; }
    PublishPanel *publishPanel() const { return m_publish; }
    PayloadViewer *payloadViewer() const { return m_viewer; }
    TopicTreeModel *topicModel() const { return m_session->topicModel(); }
    TopicTreeView *topicView() const { return m_topicView; }
    BrokerStats *brokerStats() const { return m_session->brokerStats(); }
    BrokerDashboard *brokerDashboard() const { return m_dashboard; }
    TrafficProfileModel *trafficModel() const { return m_session->trafficModel(); }
    TrafficView *trafficView() const { return m_trafficView; }
    SparkplugView *sparkplugView() const { return m_sparkplugView; }
    TopicChartData *chartData() const { return m_session->chartData(); }
    TopicChartView *chartView() const { return m_chartView; }
    RetainedManager *retainedManager() const { return m_retained; }
    View currentView() const;
    // "3 queued" while QoS 1/2 messages wait for the connection; empty otherwise.
    QString queueText() const;
    QString errorText() const;
    QString stateText() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    // The subscriptions and publish history kept from an earlier run, back in
    // the panels (subscribed at the next connect); session()->workspace()
    // follows every later change (workspaceChanged()).
    void restoreWorkspace(const ConnectionWorkspace &workspace);
    ConnectionSession *session() const { return m_session; }

public slots:
    void connectToBroker();
    // Connection ▸ Payload decoders…: edits the bindings in a dialog and applies them.
    void editPayloadBindings();
    void disconnectFromBroker();
    void toggleConnection();
    void showPacketInspector();

signals:
    void stateChanged(Signalbox::MqttClient::State state, bool hasError);
    void rateChanged(double messagesPerSecond);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *createHeader();
    QWidget *createPacketPane();
    void createViews(const ConnectionProfile &profile);
    void bindSession();
    void bindPanels();
    void onStateChanged(MqttClient::State state);
    void onConnected(const ConnackInfo &info);
    void onError(const Error &error);
    void onSubscribeRequested(const SubscriptionItem &item);
    void onSubscribed(const SubscribeResult &result);
    void showSelectedPayload();
    void showInViewer(const Signalbox::Message &message);
    void onViewChanged();
    void onBacklogChanged(qint64 waiting);
    void onOutgoingCounts(int queued, int inFlight);
    void updateHeader();
    void syncSubscriptionColors();

    ConnectionSession *m_session;
    Message m_viewerPending; // shown in the pane while its script runs (no topic: none)
    ClientHost *m_host;
    MessageLogModel *m_logModel;
    PacketLogModel *m_packetModel;
    MessageLogView *m_logView;
    SubscriptionPanel *m_subscriptions;
    PublishPanel *m_publish;
    PayloadViewer *m_viewer;
    QTabWidget *m_details;
    QTabWidget *m_views;
    TopicTreeView *m_topicView = nullptr;
    BrokerDashboard *m_dashboard = nullptr;
    TrafficView *m_trafficView = nullptr;
    SparkplugView *m_sparkplugView = nullptr;
    TopicChartView *m_chartView = nullptr;
    RetainedManager *m_retained = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_backlogLabel = nullptr;
    QLabel *m_spillLabel = nullptr;
    QTableView *m_packetView = nullptr;
    QSplitter *m_outer;
    QSplitter *m_center;
    QLabel *m_title;
    QLabel *m_stateLabel;
    QLabel *m_errorLabel;
    QLabel *m_insecureLabel;
    QPushButton *m_connectButton;
    bool m_everConnected = false;
    bool m_laidOut = false;
    bool m_hasError = false;
};

} // namespace Signalbox
