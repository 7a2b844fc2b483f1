#pragma once

#include "client/clienthost.h"

#include <QWidget>

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
class SubscriptionPanel;
class TopicTreeModel;
class TopicTreeView;
struct SubscriptionItem;

// Everything about one connection: a header with its state, errors and
// Connect button; the subscriptions; the message log with the payload of the
// selected message; the publish panel; and the packet inspector. Owns the
// ClientHost (a worker thread) and the log model.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    // What the middle of the page shows, in the order of its tabs.
    enum class View { Messages, Topics, Traffic, Charts, Retained, Broker };
    void showView(View view);

    explicit ConnectionPage(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    const ConnectionProfile &profile() const { return m_host->profile(); }
    void setProfile(const ConnectionProfile &profile);
    ClientHost *client() const { return m_host; }
    MessageLogModel *logModel() const { return m_logModel; }
    MessageLogView *logView() const { return m_logView; }
    SubscriptionPanel *subscriptionPanel() const { return m_subscriptions; }
    PublishPanel *publishPanel() const { return m_publish; }
    PayloadViewer *payloadViewer() const { return m_viewer; }
    TopicTreeModel *topicModel() const { return m_topicModel; }
    TopicTreeView *topicView() const { return m_topicView; }
    BrokerStats *brokerStats() const { return m_stats; }
    BrokerDashboard *brokerDashboard() const { return m_dashboard; }
    TrafficProfileModel *trafficModel() const { return m_trafficModel; }
    TrafficView *trafficView() const { return m_trafficView; }
    TopicChartData *chartData() const { return m_chartData; }
    TopicChartView *chartView() const { return m_chartView; }
    RetainedManager *retainedManager() const { return m_retained; }
    View currentView() const;
    // "3 queued" while QoS 1/2 messages wait for the connection; empty otherwise.
    QString queueText() const;
    QString errorText() const;
    QString stateText() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

public slots:
    void connectToBroker();
    void disconnectFromBroker();
    void toggleConnection();
    void showPacketInspector();

signals:
    void stateChanged(Signalbox::MqttClient::State state, bool hasError);
    void rateChanged(double messagesPerSecond);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStateChanged(MqttClient::State state);
    void onConnected(const ConnackInfo &info);
    void onError(const Error &error);
    void onSubscribeRequested(const SubscriptionItem &item);
    void onSubscribed(const SubscribeResult &result);
    void showSelectedPayload();
    void onViewChanged();
    void configureSessionStore(const ConnectionProfile &profile);
    void loadHistory(const ConnectionProfile &profile);
    void onOutgoingCounts(int queued, int inFlight);
    void updateHeader();
    void syncSubscriptionColors();

    ClientHost *m_host;
    MessageLogModel *m_logModel;
    PacketLogModel *m_packetModel;
    MessageLogView *m_logView;
    SubscriptionPanel *m_subscriptions;
    PublishPanel *m_publish;
    PayloadViewer *m_viewer;
    QTabWidget *m_details;
    QTabWidget *m_views;
    TopicTreeModel *m_topicModel = nullptr;
    TopicTreeView *m_topicView = nullptr;
    BrokerStats *m_stats = nullptr;
    BrokerDashboard *m_dashboard = nullptr;
    TrafficProfileModel *m_trafficModel = nullptr;
    TrafficView *m_trafficView = nullptr;
    TopicChartData *m_chartData = nullptr;
    TopicChartView *m_chartView = nullptr;
    RetainedManager *m_retained = nullptr;
    QLabel *m_queueLabel = nullptr;
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
