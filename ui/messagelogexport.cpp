#include "messagelogexport.h"

#include "models/messagelogmodel.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace Signalbox {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

namespace {

constexpr qsizetype ExportBufferBytes = 256 * 1024;

QString deliveryName(Delivery::State state)
{
    switch (state) {
    case Delivery::State::Queued:
        return QStringLiteral("queued");
    case Delivery::State::Sent:
        return QStringLiteral("sent");
    case Delivery::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case Delivery::State::Received:
        return QStringLiteral("received");
    case Delivery::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const LogEntry &e)
{
    QJsonObject o;
    const bool sent = e.direction == LogEntry::Direction::Sent;
    o.insert(QStringLiteral("time"), isoTime(e.timeMs));
    o.insert(QStringLiteral("direction"), sent ? QStringLiteral("sent") : QStringLiteral("received"));
    o.insert(QStringLiteral("topic"), e.message.topic);
    o.insert(QStringLiteral("qos"), e.message.qos);
    o.insert(QStringLiteral("retain"), e.message.retain);
    if (isUtf8(e.message.payload)) {
        o.insert(QStringLiteral("payload"), QString::fromUtf8(e.message.payload));
    } else {
        o.insert(QStringLiteral("payload"), QString::fromLatin1(e.message.payload.toBase64()));
        o.insert(QStringLiteral("payloadEncoding"), QStringLiteral("base64"));
    }
    if (!e.message.subscriptions.isEmpty())
        o.insert(QStringLiteral("subscriptions"), QJsonArray::fromStringList(e.message.subscriptions));
    if (!e.message.properties.isEmpty())
        o.insert(QStringLiteral("properties"), e.message.properties.toJson());
    if (sent) {
        QJsonObject d;
        d.insert(QStringLiteral("state"), deliveryName(e.delivery));
        if (e.roundTripUs >= 0)
            d.insert(QStringLiteral("roundTripUs"), e.roundTripUs);
        if (e.reason)
            d.insert(QStringLiteral("reason"), e.reason);
        if (!e.reasonString.isEmpty())
            d.insert(QStringLiteral("reasonString"), e.reasonString);
        o.insert(QStringLiteral("delivery"), d);
    }
    return o;
}

// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
void appendCsvField(QByteArray &out, const QString &field)
{
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        out += '"' + bytes + '"';
    } else {
        out += bytes;
    }
}

} // namespace

bool ExportWriter::begin()
{
    if (m_format == MessageLogView::ExportFormat::Csv)
        m_buffer += "time,direction,topic,qos,retain,payloadEncoding,payload,subscriptions,delivery,properties\r\n";
    else if (m_format == MessageLogView::ExportFormat::JsonArray)
        m_buffer += "[\n";
    return true;
}

bool ExportWriter::write(const LogEntry &e)
{
    switch (m_format) {
    case MessageLogView::ExportFormat::JsonLines:
        m_buffer += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact);
        m_buffer += '\n';
        break;
    case MessageLogView::ExportFormat::JsonArray:
        if (!m_first)
            m_buffer += ",\n";
        m_buffer += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact);
        break;
    case MessageLogView::ExportFormat::Csv: {
        const bool text = isUtf8(e.message.payload);
        const bool sent = e.direction == LogEntry::Direction::Sent;
        const QStringList fields{isoTime(e.timeMs),
                                 sent ? QStringLiteral("sent") : QStringLiteral("received"),
                                 e.message.topic,
                                 QString::number(e.message.qos),
                                 e.message.retain ? QStringLiteral("true") : QStringLiteral("false"),
                                 text ? QStringLiteral("utf-8") : QStringLiteral("base64"),
                                 text ? QString::fromUtf8(e.message.payload)
                                      : QString::fromLatin1(e.message.payload.toBase64()),
                                 e.message.subscriptions.join(QLatin1Char(' ')),
                                 sent ? deliveryName(e.delivery) : QString(),
                                 MessageLogModel::propertiesSummary(e.message.properties)};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                m_buffer += ',';
            appendCsvField(m_buffer, fields[i]);
        }
        m_buffer += "\r\n";
        break;
    }
    }
    m_first = false;
    return m_buffer.size() < ExportBufferBytes || drain();
}

bool ExportWriter::end()
{
    if (m_format == MessageLogView::ExportFormat::JsonArray)
        m_buffer += m_first ? "]\n" : "\n]\n";
    return drain();
}

bool ExportWriter::drain()
{
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return ok;
}

} // namespace Signalbox
