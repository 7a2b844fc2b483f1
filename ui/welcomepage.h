#pragma once

#include "client/connectionprofile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTcpSocket;

namespace Signalbox {

// What the window shows while no connection is chosen, the first start
// included: one-click cards for a broker on this computer (when one answers
// on 127.0.0.1) and for the public test brokers, a field that takes a broker
// URL, and the way to a new connection or an import. Each card hands over a
// ready profile (connectRequested); the window makes it and connects.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Where the local card looks (127.0.0.1:1883 unless a test says otherwise).
    void setLocalPort(quint16 port);
    quint16 localPort() const { return m_localPort; }
    // Asks 127.0.0.1 again; localBrokerFound() says when it has answered.
    void probeLocalBroker();
    bool localBrokerAnswers() const { return m_localAnswers; }

    // The profile a pasted URL gives (named after its host, MQTT 5), or empty
    // with the reason in *error.
    static std::optional<ConnectionProfile> profileFromUrl(const QString &text, QString *error = nullptr);

signals:
    void connectRequested(const Signalbox::ConnectionProfile &profile);
    void newConnectionRequested();
    void importRequested();
    void localBrokerFound(bool answers);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    QWidget *createLocalCard();
    QWidget *createPresetCards();
    void connectUrl();
    void updateLocalCard();

    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_localStatus = nullptr;
    QPushButton *m_localConnect = nullptr;
    quint16 m_localPort = 1883;
    bool m_localAnswers = false;
    QPointer<QTcpSocket> m_probe;
};

} // namespace Signalbox
