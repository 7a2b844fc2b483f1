#include "profiles/brokerpresets.h"
#include "connectioneditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;

class TestConnectionEditor : public QObject
{
    Q_OBJECT

private slots:
    void validProfileEnablesOk();
    void typedFieldsComeBack();
    void invalidPortDisablesOk_data();
    void invalidPortDisablesOk();
    void missingFileDisablesOk();
    void longClientIdUnder31DisablesOk();
    void presetFillsHostAndPorts();
    void presetNamesANewConnection();
    void pastedUrlFillsAddress_data();
    void pastedUrlFillsAddress();
    void badHostDisablesOk_data();
    void badHostDisablesOk();
    void schemeChangeFollowsDefaultPort();
    void generateClientId();
    void mqtt5FieldsOnlyUnder5();
    void keepsWhatItDoesNotShow();
    void reconnectOptionsComeBack();
    void transportFieldsComeBack();
    void authenticationComesBack();
    void bytesRoundTrip_data();
    void bytesRoundTrip();
    void formatSwitchConverts();
    void badHexDisablesOk_data();
    void badHexDisablesOk();
    void passwordPlaceholderTellsWhereItGoes();

private:
    template<typename T>
    static T *field(const ConnectionEditor &editor, const char *name)
    {
        T *widget = editor.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    static QPushButton *okButton(const ConnectionEditor &editor)
    {
        return field<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok);
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

void TestConnectionEditor::validProfileEnablesOk()
{
    ConnectionEditor editor{ConnectionProfile()};
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(okButton(editor)->isEnabled());
    QVERIFY(field<QLabel>(editor, "problems")->text().isEmpty());
}

void TestConnectionEditor::typedFieldsComeBack()
{
    ConnectionProfile start;
    start.id = QStringLiteral("keep-this-id");
    ConnectionEditor editor(start);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    retype(field<QLineEdit>(editor, "name"), QStringLiteral("Kitchen sensors"));
    retype(field<QLineEdit>(editor, "host"), QStringLiteral("broker.local"));
    retype(field<QLineEdit>(editor, "port"), QStringLiteral("1884"));
    field<QComboBox>(editor, "protocolVersion")->setCurrentIndex(2); // 5.0
    retype(field<QLineEdit>(editor, "clientId"), QStringLiteral("kitchen-1"));
    retype(field<QLineEdit>(editor, "username"), QStringLiteral("alice"));
    retype(field<QLineEdit>(editor, "password"), QStringLiteral("s3cret"));
    QCOMPARE(field<QLineEdit>(editor, "password")->echoMode(), QLineEdit::Password);
    field<QCheckBox>(editor, "cleanStart")->setChecked(false);
    retype(field<QLineEdit>(editor, "sessionExpiry"), QStringLiteral("3600"));
    field<QCheckBox>(editor, "willEnabled")->setChecked(true);
    retype(field<QLineEdit>(editor, "willTopic"), QStringLiteral("kitchen/status"));
    field<QComboBox>(editor, "willQos")->setCurrentIndex(1);
    auto *group = field<QComboBox>(editor, "group");
    group->setFocus();
    QTest::keyClicks(group, QStringLiteral("Home"));

    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char(' '))));
    QVERIFY(okButton(editor)->isEnabled());
    const ConnectionProfile p = editor.profile();
    QCOMPARE(p.id, QStringLiteral("keep-this-id"));
    QCOMPARE(p.name, QStringLiteral("Kitchen sensors"));
    QCOMPARE(p.group, QStringLiteral("Home"));
    QCOMPARE(p.host, QStringLiteral("broker.local"));
    QCOMPARE(p.port, quint16(1884));
    QCOMPARE(p.version, ProtocolVersion::V5);
    QCOMPARE(p.clientId, QStringLiteral("kitchen-1"));
    QCOMPARE(p.username, std::optional<QString>(QStringLiteral("alice")));
    QCOMPARE(p.password, std::optional<QString>(QStringLiteral("s3cret")));
    QCOMPARE(p.cleanStart, false);
    QCOMPARE(p.sessionExpiryInterval, std::optional<quint32>(3600));
    QVERIFY(p.will.enabled);
    QCOMPARE(p.will.topic, QStringLiteral("kitchen/status"));
    QCOMPARE(p.will.qos, quint8(1));
}

void TestConnectionEditor::invalidPortDisablesOk_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("too large") << QStringLiteral("70000");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("letters") << QStringLiteral("mqtt");
    QTest::newRow("empty") << QString();
}

void TestConnectionEditor::invalidPortDisablesOk()
{
    QFETCH(QString, port);
    ConnectionEditor editor{ConnectionProfile()};
    auto *edit = field<QLineEdit>(editor, "port");
    retype(edit, port);
    QVERIFY(!okButton(editor)->isEnabled());
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY(editor.problems().first().contains(QLatin1String("65535")));
    QVERIFY(field<QLabel>(editor, "problems")->text().contains(editor.problems().first()));

    retype(edit, QStringLiteral("1883"));
    QVERIFY(okButton(editor)->isEnabled());
    QVERIFY(editor.problems().isEmpty());
}

void TestConnectionEditor::missingFileDisablesOk()
{
    QTemporaryDir dir;
    ConnectionEditor editor{ConnectionProfile()};
    const QString missing = dir.filePath(QStringLiteral("missing-ca.pem"));
    auto *ca = field<QLineEdit>(editor, "caFile");
    retype(ca, missing);
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(field<QLabel>(editor, "problems")->text().contains(missing));

    QFile file(missing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    retype(ca, missing); // revalidated as the user types
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(editor.profile().tls.caFile, missing);
}

void TestConnectionEditor::longClientIdUnder31DisablesOk()
{
    ConnectionEditor editor{ConnectionProfile()};
    retype(field<QLineEdit>(editor, "clientId"), QStringLiteral("a-client-id-that-is-too-long-for-3.1"));
    QVERIFY(okButton(editor)->isEnabled()); // fine under 3.1.1
    field<QComboBox>(editor, "protocolVersion")->setCurrentIndex(0); // 3.1
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(field<QLabel>(editor, "problems")->text().contains(QLatin1String("23")));
    retype(field<QLineEdit>(editor, "clientId"), QStringLiteral("short-id"));
    QVERIFY(okButton(editor)->isEnabled());
}

void TestConnectionEditor::presetFillsHostAndPorts()
{
    ConnectionEditor editor{ConnectionProfile()};
    const QList<BrokerPreset> presets = brokerPresets();
    int hivemq = -1;
    for (int i = 0; i < presets.size(); ++i) {
        if (presets.at(i).host == QLatin1String("broker.hivemq.com"))
            hivemq = i;
    }
    QVERIFY(hivemq >= 0);
    auto *scheme = field<QComboBox>(editor, "scheme");
    scheme->setCurrentIndex(2); // ws://
    auto *preset = field<QComboBox>(editor, "preset");
    preset->setCurrentIndex(hivemq + 1);
    emit preset->activated(hivemq + 1);

    QCOMPARE(field<QLineEdit>(editor, "host")->text(), QStringLiteral("broker.hivemq.com"));
    QCOMPARE(field<QLineEdit>(editor, "port")->text(), QStringLiteral("8000"));
    QCOMPARE(field<QLineEdit>(editor, "webSocketPath")->text(), QStringLiteral("/mqtt"));
    QCOMPARE(field<QLineEdit>(editor, "generalWebSocketPath")->text(), QStringLiteral("/mqtt"));
    QCOMPARE(field<QLineEdit>(editor, "name")->text(), presets.at(hivemq).name);
    QVERIFY(field<QLabel>(editor, "presetNote")->text().contains(QLatin1String("8884")));

    scheme->setCurrentIndex(3); // wss:// takes the preset's secure WebSocket port
    QCOMPARE(field<QLineEdit>(editor, "port")->text(), QStringLiteral("8884"));
    scheme->setCurrentIndex(0);
    QCOMPARE(field<QLineEdit>(editor, "port")->text(), QStringLiteral("1883"));

    const ConnectionProfile p = editor.profile();
    QCOMPARE(p.host, QStringLiteral("broker.hivemq.com"));
    QCOMPARE(p.scheme, TransportScheme::Tcp);
    QVERIFY(okButton(editor)->isEnabled());

    retype(field<QLineEdit>(editor, "host"), QStringLiteral("my.broker"));
    QCOMPARE(preset->currentIndex(), 0); // typing another host leaves the preset
}

// A preset names a connection nobody named yet, and leaves a typed name; the
// brokers that are gone are not offered.
void TestConnectionEditor::presetNamesANewConnection()
{
    ConnectionProfile fresh;
    fresh.name = QStringLiteral("New connection");
    ConnectionEditor editor{fresh};
    auto *preset = field<QComboBox>(editor, "preset");
    for (int i = 0; i < preset->count(); ++i) {
        QVERIFY2(!preset->itemText(i).contains(QLatin1String("eclipse.org")), qPrintable(preset->itemText(i)));
        QVERIFY2(!preset->itemText(i).contains(QLatin1String("no longer")), qPrintable(preset->itemText(i)));
    }
    const QList<BrokerPreset> presets = brokerPresets();
    preset->setCurrentIndex(1);
    emit preset->activated(1);
    QCOMPARE(field<QLineEdit>(editor, "name")->text(), presets.at(0).name);
    preset->setCurrentIndex(4); // another preset renames what the first one named
    emit preset->activated(4);
    QCOMPARE(field<QLineEdit>(editor, "name")->text(), presets.at(3).name);
    retype(field<QLineEdit>(editor, "name"), QStringLiteral("My lab"));
    preset->setCurrentIndex(2);
    emit preset->activated(2);
    QCOMPARE(field<QLineEdit>(editor, "name")->text(), QStringLiteral("My lab"));
    QCOMPARE(field<QLineEdit>(editor, "host")->text(), presets.at(1).host);
}

void TestConnectionEditor::pastedUrlFillsAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("scheme"); // index in the scheme box
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::newRow("mqtt with port") << "mqtt://broker.emqx.io:1883" << 0 << "broker.emqx.io"
                                    << "1883"
                                    << ""
                                    << "";
    QTest::newRow("mqtts default port") << "mqtts://broker.emqx.io" << 1 << "broker.emqx.io"
                                        << "8883"
                                        << ""
                                        << "";
    QTest::newRow("wss with path and user") << "wss://ann@broker.hivemq.com:8884/mqtt" << 3 << "broker.hivemq.com"
                                            << "8884"
                                            << "/mqtt"
                                            << "ann";
    QTest::newRow("ws IPv6") << "ws://[::1]:9001/ws" << 2 << "::1"
                             << "9001"
                             << "/ws"
                             << "";
}

// A URL pasted into the Host field goes to the scheme, host, port, path and
// user fields, as a user of MQTTX or a terminal would paste it.
void TestConnectionEditor::pastedUrlFillsAddress()
{
    QFETCH(QString, url);
    QFETCH(int, scheme);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, path);
    QFETCH(QString, user);
    ConnectionEditor editor{ConnectionProfile()};
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor) || QTest::qWaitForWindowExposed(&editor));
    auto *hostEdit = field<QLineEdit>(editor, "host");
    QApplication::clipboard()->setText(url);
    hostEdit->setFocus();
    hostEdit->selectAll();
    QTest::keyClick(hostEdit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(hostEdit->text(), host);
    QCOMPARE(field<QComboBox>(editor, "scheme")->currentIndex(), scheme);
    QCOMPARE(field<QLineEdit>(editor, "port")->text(), port);
    if (!path.isEmpty())
        QCOMPARE(field<QLineEdit>(editor, "generalWebSocketPath")->text(), path);
    if (!user.isEmpty())
        QCOMPARE(field<QLineEdit>(editor, "username")->text(), user);
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(okButton(editor)->isEnabled());
}

void TestConnectionEditor::badHostDisablesOk_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("says");
    QTest::newRow("space and bang") << "bad host!"
                                    << "not a host name";
    QTest::newRow("a URL that does not parse") << "mqtt://"
                                               << "is a URL";
    QTest::newRow("empty label") << "broker..example"
                                 << "not a host name";
    QTest::newRow("leading hyphen") << "-broker"
                                    << "not a host name";
    QTest::newRow("bad IPv6") << "[::1::2]"
                              << "not a host name";
}

void TestConnectionEditor::badHostDisablesOk()
{
    QFETCH(QString, host);
    QFETCH(QString, says);
    ConnectionEditor editor{ConnectionProfile()};
    retype(field<QLineEdit>(editor, "host"), QStringLiteral("broker.example.com"));
    QVERIFY(okButton(editor)->isEnabled());
    retype(field<QLineEdit>(editor, "host"), host);
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY2(field<QLabel>(editor, "problems")->text().contains(says),
             qPrintable(field<QLabel>(editor, "problems")->text()));
    for (const QString &good :
         {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("[::1]"),
          QStringLiteral("my_broker.local"), QStringLiteral("브로커.한국"), QStringLiteral("broker.example.com.")}) {
        field<QLineEdit>(editor, "host")->setText(good); // keyClicks types ASCII only
        QVERIFY2(editor.problems().isEmpty(), qPrintable(good + editor.problems().join(QLatin1Char(' '))));
    }
}

void TestConnectionEditor::schemeChangeFollowsDefaultPort()
{
    ConnectionEditor editor{ConnectionProfile()};
    auto *scheme = field<QComboBox>(editor, "scheme");
    auto *port = field<QLineEdit>(editor, "port");
    scheme->setCurrentIndex(1);
    QCOMPARE(port->text(), QStringLiteral("8883"));
    retype(port, QStringLiteral("9999"));
    scheme->setCurrentIndex(0);
    QCOMPARE(port->text(), QStringLiteral("9999")); // a port the user chose stays
}

void TestConnectionEditor::generateClientId()
{
    ConnectionEditor editor{ConnectionProfile()};
    auto *button = field<QToolButton>(editor, "generateClientId");
    QVERIFY(button->menu());
    const auto actions = button->menu()->actions();
    QCOMPARE(actions.size(), 3);
    field<QAction>(editor, "generateRandom")->trigger();
    const QString id = field<QLineEdit>(editor, "clientId")->text();
    QVERIFY(id.startsWith(QLatin1String("signalbox-")));
    QCOMPARE(id.size(), 23);
    field<QAction>(editor, "generateUuid")->trigger();
    QCOMPARE(field<QLineEdit>(editor, "clientId")->text().size(), 36);
}

void TestConnectionEditor::mqtt5FieldsOnlyUnder5()
{
    ConnectionProfile start;
    start.version = ProtocolVersion::V5;
    start.receiveMaximum = 10;
    start.userProperties = {{QStringLiteral("k"), QStringLiteral("v")}};
    ConnectionEditor editor(start);
    QCOMPARE(editor.profile().receiveMaximum, quint16(10));
    QCOMPARE(editor.profile().userProperties, start.userProperties);
    QVERIFY(field<QSpinBox>(editor, "receiveMaximum")->isEnabled());

    field<QComboBox>(editor, "protocolVersion")->setCurrentIndex(1); // 3.1.1
    QVERIFY(!field<QSpinBox>(editor, "receiveMaximum")->isEnabled());
    QCOMPARE(editor.profile().receiveMaximum, quint16(0));
    QVERIFY(editor.profile().userProperties.isEmpty());
    QVERIFY(okButton(editor)->isEnabled());
}

void TestConnectionEditor::keepsWhatItDoesNotShow()
{
    ConnectionProfile start;
    start.id = QStringLiteral("id-1");
    start.reconnect.multiplier = 3.0;
    start.reconnect.jitter = 0.1;
    start.tls.keyPassphrase = QStringLiteral("pp");
    start.tls.allowInsecure = true;
    ConnectionEditor editor(start);
    QCOMPARE(editor.profile(), start);
    QVERIFY(!field<QLabel>(editor, "insecureWarning")->isHidden());
    // A passphrase without a key file is pointed out.
    QVERIFY(!okButton(editor)->isEnabled());
}

// Typed into the TLS tab and the socket field, read back into the profile,
// and shown again from it.
void TestConnectionEditor::transportFieldsComeBack()
{
    QTemporaryDir caDirectory;
    ConnectionEditor editor{ConnectionProfile()};
    field<QComboBox>(editor, "scheme")->setCurrentIndex(1); // mqtts://
    retype(field<QLineEdit>(editor, "caDirectory"), caDirectory.path());
    auto *version = field<QComboBox>(editor, "tlsVersion");
    version->setCurrentIndex(version->findData(int(TlsVersion::Tls12)));
    retype(field<QLineEdit>(editor, "ciphers"), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    retype(field<QLineEdit>(editor, "pskIdentity"), QStringLiteral("device-1"));
    auto *psk = field<QLineEdit>(editor, "psk");
    QCOMPARE(psk->echoMode(), QLineEdit::Password);
    retype(psk, QStringLiteral("00C0FFEE"));
    field<QCheckBox>(editor, "systemCa")->setChecked(false);
    QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor.problems().join(u'\n')));
    ConnectionProfile p = editor.profile();
    QCOMPARE(p.tls.caDirectory, caDirectory.path());
    QCOMPARE(p.tls.version, TlsVersion::Tls12);
    QCOMPARE(p.tls.ciphers, QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    QCOMPARE(p.tls.pskIdentity, QStringLiteral("device-1"));
    QCOMPARE(p.tls.psk, QByteArray::fromHex("00c0ffee"));
    QVERIFY(!p.tls.useSystemCaCertificates);
    ConnectionEditor again(p);
    QCOMPARE(again.profile(), p);

    // Mistakes are named.
    retype(psk, QStringLiteral("xyz"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("hex")));
    retype(psk, QStringLiteral("00c0ffee"));
    retype(field<QLineEdit>(editor, "ciphers"), QStringLiteral("NO-SUCH-CIPHER"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("'NO-SUCH-CIPHER'")));
    retype(field<QLineEdit>(editor, "ciphers"), QString());

    // unix://: the socket field instead of host and port.
    auto *socket = field<QLineEdit>(editor, "socketPath");
    QVERIFY(!socket->isEnabled());
    field<QComboBox>(editor, "scheme")->setCurrentIndex(4);
    QVERIFY(socket->isEnabled());
    QVERIFY(!field<QLineEdit>(editor, "host")->isEnabled());
    QVERIFY(!okButton(editor)->isEnabled()); // no socket yet
    retype(socket, QStringLiteral("/run/mosquitto/mqtt.sock"));
    QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor.problems().join(u'\n')));
    p = editor.profile();
    QCOMPARE(p.scheme, TransportScheme::Unix);
    QCOMPARE(p.socketPath, QStringLiteral("/run/mosquitto/mqtt.sock"));
    QCOMPARE(ConnectionEditor(p).profile(), p);

    // A pasted unix:// URL fills the socket.
    ConnectionEditor pasted{ConnectionProfile()};
    pasted.show();
    QVERIFY(QTest::qWaitForWindowActive(&pasted) || QTest::qWaitForWindowExposed(&pasted));
    auto *host = field<QLineEdit>(pasted, "host");
    QApplication::clipboard()->setText(QStringLiteral("unix:///tmp/broker.sock"));
    host->setFocus();
    host->selectAll();
    QTest::keyClick(host, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(pasted.profile().scheme, TransportScheme::Unix);
    QCOMPARE(pasted.profile().socketPath, QStringLiteral("/tmp/broker.sock"));
}

void TestConnectionEditor::reconnectOptionsComeBack()
{
    ConnectionEditor editor{ConnectionProfile()};
    auto *multiplier = field<QDoubleSpinBox>(editor, "reconnectMultiplier");
    auto *jitter = field<QDoubleSpinBox>(editor, "reconnectJitter");
    auto *attempts = field<QSpinBox>(editor, "reconnectAttempts");
    QVERIFY(!multiplier->isEnabled());
    QVERIFY(!jitter->isEnabled());
    field<QCheckBox>(editor, "reconnect")->setChecked(true);
    QVERIFY(multiplier->isEnabled());
    QVERIFY(jitter->isEnabled());
    QVERIFY(attempts->isEnabled());
    QCOMPARE(multiplier->value(), 2.0);
    QCOMPARE(jitter->value(), 20.0); // percent

    multiplier->setFocus();
    multiplier->selectAll();
    QTest::keyClicks(multiplier, QStringLiteral("1.5"));
    jitter->setValue(10.0);
    attempts->setValue(7);
    const ConnectionProfile p = editor.profile();
    QVERIFY(p.reconnect.enabled);
    QCOMPARE(p.reconnect.multiplier, 1.5);
    QCOMPARE(p.reconnect.jitter, 0.1);
    QCOMPARE(p.reconnect.maximumAttempts, 7);
    QVERIFY(okButton(editor)->isEnabled());

    // Values finer than the boxes show come back unchanged while untouched.
    ConnectionProfile fine;
    fine.reconnect.enabled = true;
    fine.reconnect.multiplier = 1.2345;
    fine.reconnect.jitter = 0.12345;
    fine.reconnect.maximumAttempts = 250000;
    QCOMPARE(ConnectionEditor(fine).profile(), fine);
}

void TestConnectionEditor::authenticationComesBack()
{
    ConnectionProfile start;
    start.version = ProtocolVersion::V5;
    ConnectionEditor editor(start);
    auto *method = field<QComboBox>(editor, "authenticationMethod");
    auto *data = field<QLineEdit>(editor, "authenticationData");
    auto *format = field<QComboBox>(editor, "authenticationDataFormat");
    QVERIFY(method->isEnabled());
    QVERIFY(method->isEditable());
    QCOMPARE(method->currentText(), QString());
    QCOMPARE(format->currentText(), QStringLiteral("Text"));

    // Any name can be typed; its data is sent as it is.
    retype(method->lineEdit(), QStringLiteral("TOKEN"));
    retype(data, QStringLiteral("n,,n=user"));
    ConnectionProfile p = editor.profile();
    QCOMPARE(p.authenticationMethod, QStringLiteral("TOKEN"));
    QCOMPARE(p.authenticationData, QByteArray("n,,n=user"));

    format->setCurrentIndex(format->findText(QStringLiteral("Hex")));
    QCOMPARE(data->text(), QStringLiteral("6e 2c 2c 6e 3d 75 73 65 72"));
    retype(data, QStringLiteral("0x00ff10"));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char(' '))));
    QCOMPARE(editor.profile().authenticationData, QByteArray::fromHex("00ff10"));

    // The built-in methods are offered, and make their own data.
    QCOMPARE(method->findText(QStringLiteral("SCRAM-SHA-1")) >= 0, true);
    const int scram = method->findText(QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(scram >= 0);
    method->setCurrentIndex(scram);
    QCOMPARE(editor.profile().authenticationMethod, QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(!data->isEnabled());
    QVERIFY(!format->isEnabled());
    retype(method->lineEdit(), QStringLiteral("TOKEN"));
    QVERIFY(data->isEnabled());
    QCOMPARE(ConnectionEditor(editor.profile()).profile().authenticationMethod, QStringLiteral("TOKEN"));

    field<QComboBox>(editor, "protocolVersion")->setCurrentIndex(1); // 3.1.1
    QVERIFY(!method->isEnabled());
    QVERIFY(editor.profile().authenticationMethod.isEmpty());
    QVERIFY(editor.profile().authenticationData.isEmpty());
    QVERIFY(okButton(editor)->isEnabled());
}

void TestConnectionEditor::bytesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("willFormat");
    QTest::addColumn<QString>("authenticationFormat");
    QTest::newRow("binary") << QByteArray::fromHex("00ff10") << QStringLiteral("Hex") << QStringLiteral("Hex");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Text") << QStringLiteral("Text");
    QTest::newRow("text") << QByteArray("offline") << QStringLiteral("Text") << QStringLiteral("Text");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << QStringLiteral("Text") << QStringLiteral("Text");
    QTest::newRow("lines") << QByteArray("a\nb\tc") << QStringLiteral("Text") << QStringLiteral("Hex");
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << QStringLiteral("Hex") << QStringLiteral("Hex");
    QTest::newRow("bad utf-8") << QByteArray("\xc3\x28") << QStringLiteral("Hex") << QStringLiteral("Hex");
    QTest::newRow("nul inside") << QByteArray("on\0line", 7) << QStringLiteral("Hex") << QStringLiteral("Hex");
    QTest::newRow("no-break space") << QByteArray("a\xc2\xa0"
                                                  "b")
                                    << QStringLiteral("Hex") << QStringLiteral("Text");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbfhi") << QStringLiteral("Hex") << QStringLiteral("Hex");
}

void TestConnectionEditor::bytesRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, willFormat);
    QFETCH(QString, authenticationFormat);
    ConnectionProfile start;
    start.version = ProtocolVersion::V5;
    start.will.enabled = true;
    start.will.topic = QStringLiteral("devices/1/status");
    start.will.payload = bytes;
    start.authenticationMethod = QStringLiteral("custom");
    start.authenticationData = bytes;
    ConnectionEditor editor(start);
    if (bytes == QByteArray("\xef\xbb\xbfhi")) {
        // Whether the edits keep a byte order mark is Qt's choice; only the bytes matter.
        QCOMPARE(editor.profile(), start);
        return;
    }
    QCOMPARE(field<QComboBox>(editor, "willPayloadFormat")->currentText(), willFormat);
    QCOMPARE(field<QComboBox>(editor, "authenticationDataFormat")->currentText(), authenticationFormat);
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char(' '))));
    QCOMPARE(editor.profile().will.payload, bytes);
    QCOMPARE(editor.profile().authenticationData, bytes);
    QCOMPARE(editor.profile(), start);
    QCOMPARE(ConnectionEditor(editor.profile()).profile(), start);
}

void TestConnectionEditor::formatSwitchConverts()
{
    ConnectionProfile start;
    start.will.enabled = true;
    start.will.topic = QStringLiteral("t");
    start.will.payload = QByteArray::fromHex("00ff10");
    ConnectionEditor editor(start);
    auto *payload = field<QPlainTextEdit>(editor, "willPayload");
    auto *format = field<QComboBox>(editor, "willPayloadFormat");
    auto *note = field<QLabel>(editor, "willPayloadNote");
    QCOMPARE(payload->toPlainText(), QStringLiteral("00 ff 10"));
    QVERIFY(note->isHidden());

    // Binary cannot become text: the box stays at Hex and says why.
    format->setCurrentIndex(format->findText(QStringLiteral("Text")));
    QCOMPARE(format->currentText(), QStringLiteral("Hex"));
    QVERIFY(!note->isHidden());
    QCOMPARE(editor.profile().will.payload, start.will.payload);

    payload->setPlainText(QStringLiteral("68 69"));
    format->setCurrentIndex(format->findText(QStringLiteral("Text")));
    QCOMPARE(format->currentText(), QStringLiteral("Text"));
    QVERIFY(note->isHidden());
    QCOMPARE(payload->toPlainText(), QStringLiteral("hi"));
    QCOMPARE(editor.profile().will.payload, QByteArray("hi"));

    payload->setPlainText(QStringLiteral("ok\n"));
    format->setCurrentIndex(format->findText(QStringLiteral("Hex")));
    QCOMPARE(payload->toPlainText(), QStringLiteral("6f 6b 0a"));
    QCOMPARE(editor.profile().will.payload, QByteArray("ok\n"));

    // Text the edit would change stays hex too: it turns a no-break space into a space.
    payload->setPlainText(QStringLiteral("61 c2 a0 62"));
    format->setCurrentIndex(format->findText(QStringLiteral("Text")));
    QCOMPARE(format->currentText(), QStringLiteral("Hex"));
    QVERIFY(!note->isHidden());
    QCOMPARE(payload->toPlainText(), QStringLiteral("61 c2 a0 62"));
    QCOMPARE(editor.profile().will.payload, QByteArray("a\xc2\xa0"
                                                       "b"));
}

void TestConnectionEditor::badHexDisablesOk_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("badHex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("will: not a digit") << QByteArray("willPayload") << QStringLiteral("00 zz")
                                       << QStringLiteral("will payload");
    QTest::newRow("will: odd digits") << QByteArray("willPayload") << QStringLiteral("abc")
                                      << QStringLiteral("will payload");
    QTest::newRow("authentication: not a digit")
        << QByteArray("authenticationData") << QStringLiteral("0x0g") << QStringLiteral("authentication data");
    QTest::newRow("authentication: odd digits")
        << QByteArray("authenticationData") << QStringLiteral("0x123") << QStringLiteral("authentication data");
}

void TestConnectionEditor::badHexDisablesOk()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, badHex);
    QFETCH(QString, expected);
    ConnectionProfile start;
    start.version = ProtocolVersion::V5;
    start.will.enabled = true;
    start.will.topic = QStringLiteral("t");
    start.authenticationMethod = QStringLiteral("custom");
    ConnectionEditor editor(start);
    const bool will = fieldName == "willPayload";
    auto *format = field<QComboBox>(editor, will ? "willPayloadFormat" : "authenticationDataFormat");
    format->setCurrentIndex(format->findText(QStringLiteral("Hex")));
    QVERIFY(okButton(editor)->isEnabled());

    const auto setText = [&](const QString &text) {
        if (will)
            field<QPlainTextEdit>(editor, "willPayload")->setPlainText(text);
        else
            retype(field<QLineEdit>(editor, "authenticationData"), text);
    };
    setText(badHex);
    QVERIFY(!okButton(editor)->isEnabled());
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY2(editor.problems().first().contains(expected), qPrintable(editor.problems().first()));
    QVERIFY(editor.problems().first().contains(QLatin1String("hex")));
    QVERIFY(field<QLabel>(editor, "problems")->text().contains(editor.problems().first()));

    setText(QStringLiteral("0a 0b"));
    QVERIFY(okButton(editor)->isEnabled());
    const ConnectionProfile p = editor.profile();
    QCOMPARE(will ? p.will.payload : p.authenticationData, QByteArray("\x0a\x0b"));
}

// The password field promises the keychain only where there is one.
void TestConnectionEditor::passwordPlaceholderTellsWhereItGoes()
{
    ConnectionEditor::setKeychainAvailable(false);
    {
        ConnectionEditor editor{ConnectionProfile()};
        QVERIFY(!field<QLineEdit>(editor, "password")->placeholderText().contains(QStringLiteral("system keychain")));
        QVERIFY(field<QLineEdit>(editor, "password")->placeholderText().contains(QStringLiteral("until you quit")));
    }
    ConnectionEditor::setKeychainAvailable(true);
    ConnectionEditor editor{ConnectionProfile()};
    QVERIFY(field<QLineEdit>(editor, "password")->placeholderText().contains(QStringLiteral("system keychain")));
}

QTEST_MAIN(TestConnectionEditor)
#include "tst_connectioneditor.moc"
