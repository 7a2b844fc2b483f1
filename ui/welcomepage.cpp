#include "welcomepage.h"

#include "profiles/brokerpresets.h"
#include "theme.h"
#include "zoom.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTcpSocket>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Signalbox {

namespace {

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    keepRelativeFont(label, scale, true);
    return label;
}

// "TCP 1883 · TLS 8883 · WebSocket 8083 · secure WebSocket 8084"
QString portsText(const BrokerPreset &preset)
{
    QStringList parts;
    const auto add = [&](const QString &name, quint16 port) {
        if (port)
            parts << QStringLiteral("%1 %2").arg(name).arg(port);
    };
    add(WelcomePage::tr("TCP"), preset.tcpPort);
    add(WelcomePage::tr("TLS"), preset.tlsPort);
    add(WelcomePage::tr("WS"), preset.wsPort);
    add(WelcomePage::tr("WSS"), preset.wssPort);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    build();
}

// In a new language the page is made again; what was typed stays.
void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || !m_scroll)
        return;
    const QString typed = m_url->text();
    m_scroll->deleteLater();
    build();
    m_url->setText(typed);
}

void WelcomePage::build()
{
    auto *content = new QWidget;
    m_url = new QLineEdit(content);
    m_urlError = new QLabel(content);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(10);
    column->addWidget(heading(tr("Connect to an MQTT broker"), 1.6, content));
    auto *intro = new QLabel(tr("Choose a broker below, paste a broker's URL, or make a connection of your own. "
                                "Everything you subscribe to and publish is kept with the connection."),
                             content);
    intro->setWordWrap(true);
    column->addWidget(intro);

    m_url->setObjectName(QStringLiteral("welcomeUrl"));
    m_url->setPlaceholderText(tr("mqtt://host:1883, mqtts://…, ws://host:8080/mqtt, wss://…"));
    m_url->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("Connect"), content);
    go->setObjectName(QStringLiteral("welcomeUrlConnect"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(tr("Broker URL:"), content));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(go);
    column->addLayout(urlRow);
    m_urlError->setObjectName(QStringLiteral("welcomeUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setVisible(false);
    QPalette errorPalette = m_urlError->palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor());
    m_urlError->setPalette(errorPalette);
    column->addWidget(m_urlError);
    connect(m_url, &QLineEdit::returnPressed, this, &WelcomePage::connectUrl);
    connect(go, &QPushButton::clicked, this, &WelcomePage::connectUrl);
    connect(m_url, &QLineEdit::textEdited, m_urlError, &QWidget::hide);

    column->addSpacing(8);
    column->addWidget(heading(tr("On this computer"), 1.15, content));
    column->addWidget(createLocalCard());
    column->addSpacing(8);
    column->addWidget(heading(tr("Public test brokers"), 1.15, content));
    auto *publicNote = new QLabel(tr("Anyone can read what is sent to these brokers: keep secrets and real data away."),
                                  content);
    publicNote->setWordWrap(true);
    column->addWidget(publicNote);
    column->addWidget(createPresetCards());

    column->addSpacing(8);
    auto *own = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New connection…"), content);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *importButton = new QPushButton(tr("Import connections…"), content);
    importButton->setObjectName(QStringLiteral("welcomeImport"));
    importButton->setToolTip(tr("From a Signalbox export or from MQTTX (its connections and subscriptions)."));
    own->addWidget(newButton);
    own->addWidget(importButton);
    own->addStretch(1);
    column->addLayout(own);
    column->addStretch(1);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newConnectionRequested);
    connect(importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);

    // A column of readable width in the middle, scrolling on a small screen.
    content->setMaximumWidth(960);
    auto *centred = new QWidget;
    auto *centring = new QHBoxLayout(centred);
    centring->addStretch(1);
    centring->addWidget(content, 100);
    centring->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(centred);
    layout()->addWidget(m_scroll);
}

WelcomePage::~WelcomePage() = default;

QWidget *WelcomePage::createLocalCard()
{
    QFrame *frame = card(nullptr);
    frame->setObjectName(QStringLiteral("localCard"));
    auto *layout = new QHBoxLayout(frame);
    auto *text = new QVBoxLayout;
    text->addWidget(heading(tr("Local broker"), 1.0, frame));
    m_localStatus = new QLabel(frame);
    m_localStatus->setObjectName(QStringLiteral("localStatus"));
    m_localStatus->setWordWrap(true);
    text->addWidget(m_localStatus);
    layout->addLayout(text, 1);
    auto *again = new QPushButton(tr("Look again"), frame);
    m_localConnect = new QPushButton(tr("Connect"), frame);
    m_localConnect->setObjectName(QStringLiteral("localConnect"));
    layout->addWidget(again);
    layout->addWidget(m_localConnect);
    connect(again, &QPushButton::clicked, this, &WelcomePage::probeLocalBroker);
    connect(m_localConnect, &QPushButton::clicked, this, [this] {
        ConnectionProfile profile;
        profile.name = tr("Local broker");
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = m_localPort;
        profile.version = ProtocolVersion::V5;
        emit connectRequested(profile);
    });
    updateLocalCard();
    return frame;
}

QWidget *WelcomePage::createPresetCards()
{
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const BrokerPreset &preset : brokerPresets()) {
        if (preset.gone)
            continue;
        QFrame *frame = card(grid);
        frame->setObjectName(QStringLiteral("presetCard"));
        frame->setProperty("host", preset.host);
        frame->setToolTip(preset.note);
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->addWidget(heading(preset.name, 1.0, frame));
        auto *host = new QLabel(preset.host, frame);
        host->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(host);
        auto *ports = new QLabel(portsText(preset), frame);
        ports->setWordWrap(true);
        ports->setForegroundRole(QPalette::PlaceholderText);
        cardLayout->addWidget(ports);
        auto *button = new QToolButton(frame);
        button->setObjectName(QStringLiteral("presetConnect"));
        button->setText(tr("Connect"));
        button->setToolTip(
            tr("Make a connection to %1 over TCP and connect; the arrow offers the other ports.").arg(preset.host));
        button->setPopupMode(QToolButton::MenuButtonPopup);
        auto *menu = new QMenu(button);
        const auto request = [this, preset](TransportScheme scheme) {
            ConnectionProfile profile = presetProfile(preset, scheme);
            profile.version = ProtocolVersion::V5;
            emit connectRequested(profile);
        };
        for (TransportScheme scheme : {TransportScheme::Tcp, TransportScheme::Tls, TransportScheme::WebSocket,
                                       TransportScheme::SecureWebSocket}) {
            if (!preset.supports(scheme))
                continue;
            QAction *a = menu->addAction(
                QStringLiteral("%1://%2:%3").arg(schemeName(scheme), preset.host).arg(preset.port(scheme)));
            connect(a, &QAction::triggered, this, [request, scheme] { request(scheme); });
        }
        button->setMenu(menu);
        connect(button, &QToolButton::clicked, this, [request] { request(TransportScheme::Tcp); });
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addStretch(1);
        buttonRow->addWidget(button);
        cardLayout->addLayout(buttonRow);
        layout->addWidget(frame, index / 3, index % 3);
        ++index;
    }
    return grid;
}

void WelcomePage::setLocalPort(quint16 port)
{
    m_localPort = port;
    probeLocalBroker();
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    probeLocalBroker();
}

// A TCP connection to 127.0.0.1 and nothing more: nothing leaves the computer.
void WelcomePage::probeLocalBroker()
{
    if (m_probe)
        m_probe->deleteLater();
    auto *probe = new QTcpSocket(this);
    m_probe = probe;
    const auto finish = [this, probe](bool answers) {
        if (m_probe != probe)
            return;
        m_probe = nullptr;
        probe->abort();
        probe->deleteLater();
        m_localAnswers = answers;
        updateLocalCard();
        emit localBrokerFound(answers);
    };
    connect(probe, &QTcpSocket::connected, this, [finish] { finish(true); });
    connect(probe, &QTcpSocket::errorOccurred, this, [finish] { finish(false); });
    QTimer::singleShot(2000, probe, [finish] { finish(false); });
    probe->connectToHost(QStringLiteral("127.0.0.1"), m_localPort);
    updateLocalCard();
}

void WelcomePage::updateLocalCard()
{
    if (!m_localStatus)
        return;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_localPort);
    if (m_probe)
        m_localStatus->setText(tr("Looking for a broker on %1…").arg(address));
    else if (m_localAnswers)
        m_localStatus->setText(tr("A broker answers on %1.").arg(address));
    else
        m_localStatus->setText(
            tr("Nothing answers on %1. Start mosquitto (or another broker) and look again.").arg(address));
    m_localConnect->setEnabled(m_localAnswers);
}

std::optional<ConnectionProfile> WelcomePage::profileFromUrl(const QString &text, QString *error)
{
    QString url = text.trimmed();
    if (url.isEmpty()) {
        if (error)
            *error = tr("Type or paste a broker URL, such as mqtt://127.0.0.1:1883.");
        return std::nullopt;
    }
    if (!url.contains(QLatin1String("://")))
        url.prepend(QLatin1String("mqtt://")); // "broker.local:1883"
    std::optional<ConnectionProfile> profile = ConnectionProfile::fromUrl(url, error);
    if (!profile)
        return std::nullopt;
    if (const QStringList problems = profile->validate(); !problems.isEmpty()) {
        if (error)
            *error = problems.first();
        return std::nullopt;
    }
    profile->name = profile->host;
    profile->version = ProtocolVersion::V5;
    return profile;
}

void WelcomePage::connectUrl()
{
    QString error;
    const std::optional<ConnectionProfile> profile = profileFromUrl(m_url->text(), &error);
    if (!profile) {
        m_urlError->setText(error);
        m_urlError->show();
        return;
    }
    m_urlError->hide();
    m_url->clear();
    emit connectRequested(*profile);
}

} // namespace Signalbox
