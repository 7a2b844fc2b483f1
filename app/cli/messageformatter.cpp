#include "messageformatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <chrono>
#include <cstring>

namespace Signalbox::Cli {

namespace {

constexpr char HexLower[] = "0123456789abcdef";
constexpr char HexUpper[] = "0123456789ABCDEF";

void appendRepeated(QByteArray &out, char c, int count)
{
    if (count > 0)
        out.append(qsizetype(count), c);
}

void appendNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

// A JSON writer that keeps the key order, compact or indented with tabs as cJSON prints.
class JsonWriter
{
public:
    JsonWriter(QByteArray &out, bool pretty) : m_out(out), m_pretty(pretty) { }

    void beginObject()
    {
        m_out.append('{');
        ++m_depth;
        m_first = true;
    }
    void endObject()
    {
        --m_depth;
        if (m_pretty && !m_first) {
            m_out.append('\n');
            appendRepeated(m_out, '\t', m_depth);
        }
        m_out.append('}');
        m_first = false;
    }
    void beginArray()
    {
        m_out.append('[');
        m_first = true;
    }
    void endArray()
    {
        m_out.append(']');
        m_first = false;
    }
    void key(const char *name)
    {
        separator();
        m_out.append('"');
        m_out.append(name);
        m_out.append(m_pretty ? "\":\t" : "\":");
    }
    void key(const QByteArray &name)
    {
        separator();
        MessageFormatter::appendJsonString(m_out, name.constData(), name.size());
        m_out.append(m_pretty ? ":\t" : ":");
    }
    void arrayItem()
    {
        if (!m_first)
            m_out.append(m_pretty ? ", " : ",");
        m_first = false;
    }
    void string(const QByteArray &value) { MessageFormatter::appendJsonString(m_out, value.constData(), value.size()); }
    void string(const QString &value) { string(value.toUtf8()); }
    void number(qint64 value) { appendNumber(m_out, value); }
    void boolean(bool value) { m_out.append(value ? "true" : "false"); }
    void null() { m_out.append("null"); }
    void raw(const QByteArray &value) { m_out.append(value); }
    int depth() const { return m_depth; }

private:
    void separator()
    {
        if (!m_first)
            m_out.append(',');
        if (m_pretty) {
            m_out.append('\n');
            appendRepeated(m_out, '\t', m_depth);
        }
        m_first = false;
    }

    QByteArray &m_out;
    bool m_pretty;
    int m_depth = 0;
    bool m_first = true;
};

void appendString(QByteArray &out, const char *data, qsizetype size, const auto &options)
{
    if (options.precision >= 0 && size > options.precision)
        size = options.precision;
    const int pad = options.width - int(size);
    if (!options.left)
        appendRepeated(out, ' ', pad);
    out.append(data, size);
    if (options.left)
        appendRepeated(out, ' ', pad);
}

void appendInteger(QByteArray &out, qint64 value, const auto &options)
{
    if (options.width == 0) {
        appendNumber(out, value);
        return;
    }
    QByteArray digits;
    appendNumber(digits, value);
    const int pad = options.width - int(digits.size());
    if (options.left) {
        out.append(digits);
        appendRepeated(out, ' ', pad);
    } else if (options.pad == '0' && pad > 0) {
        if (value < 0) {
            out.append('-');
            digits.remove(0, 1);
        }
        appendRepeated(out, '0', pad);
        out.append(digits);
    } else {
        appendRepeated(out, ' ', pad);
        out.append(digits);
    }
}

void appendBlank(QByteArray &out, const auto &options)
{
    appendRepeated(out, options.pad, options.width);
}

// mosquitto_sub's write_payload(): a field width also cuts the payload to that many bytes.
void appendPayload(QByteArray &out, const QByteArray &payload, int hex, const auto &options)
{
    qsizetype length = payload.size();
    int pad = 0;
    if (options.width > 0) {
        if (length > options.width)
            length = options.width;
        pad = options.width - int(hex ? length * 2 : length);
    }
    if (!options.left)
        appendRepeated(out, options.pad, pad);
    if (hex == 0) {
        out.append(payload.constData(), length);
    } else {
        const char *digits = hex == 1 ? HexLower : HexUpper;
        const qsizetype start = out.size();
        out.resize(start + length * 2);
        char *p = out.data() + start;
        const auto *in = reinterpret_cast<const uchar *>(payload.constData());
        for (qsizetype i = 0; i < length; ++i) {
            *p++ = digits[in[i] >> 4];
            *p++ = digits[in[i] & 0x0f];
        }
    }
    if (options.left)
        appendRepeated(out, ' ', pad);
}

void appendStrftime(QByteArray &out, const char *format, const std::tm &time)
{
    char buffer[128];
    const size_t n = std::strftime(buffer, sizeof buffer, format, &time);
    out.append(buffer, qsizetype(n));
}

// %P: "name:value" for each user property, separated by spaces.
void appendUserProperties(QByteArray &out, const Properties &properties)
{
    bool first = true;
    for (const auto &[name, value] : properties.userProperties()) {
        if (!first)
            out.append(' ');
        first = false;
        out.append(name.toUtf8());
        out.append(':');
        out.append(value.toUtf8());
    }
}

void appendMosquittoProperties(JsonWriter &json, const Properties &properties)
{
    json.key("properties");
    json.beginObject();
    bool userStarted = false;
    for (const Property &p : properties.items()) {
        switch (p.id) {
        case PropertyId::PayloadFormatIndicator:
            json.key("payload-format-indicator");
            json.number(p.value.toUInt());
            break;
        case PropertyId::MessageExpiryInterval:
            json.key("message-expiry-interval");
            json.number(p.value.toUInt());
            break;
        case PropertyId::ContentType:
            json.key("content-type");
            json.string(p.value.toString());
            break;
        case PropertyId::ResponseTopic:
            json.key("response-topic");
            json.string(p.value.toString());
            break;
        case PropertyId::CorrelationData:
            json.key("correlation-data");
            json.string(p.value.toByteArray());
            break;
        case PropertyId::SubscriptionIdentifier:
            json.key("subscription-identifier");
            json.number(p.value.toUInt());
            break;
        case PropertyId::TopicAlias:
            json.key("topic-alias");
            json.number(p.value.toUInt());
            break;
        default:
            break;
        }
    }
    // mosquitto gathers user properties in one array of one-key objects.
    for (const auto &[name, value] : properties.userProperties()) {
        if (!userStarted) {
            json.key("user-properties");
            json.beginArray();
            userStarted = true;
        }
        json.arrayItem();
        json.beginObject();
        json.key(name.toUtf8());
        json.string(value);
        json.endObject();
    }
    if (userStarted)
        json.endArray();
    json.endObject();
}

} // namespace

MessageFormatter::MessageFormatter(const Settings &settings) : m_settings(settings)
{
    if (m_settings.format)
        compile(*m_settings.format);
}

void MessageFormatter::compile(const QByteArray &format)
{
    const auto literal = [this](char c) {
        if (m_tokens.isEmpty() || m_tokens.constLast().kind != Token::Literal)
            m_tokens.append(Token{});
        m_tokens.last().literal.append(c);
    };
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = format.at(i);
        if (c == '%') {
            Token token;
            token.kind = Token::Field;
            ++i;
            if (i < n && format.at(i) == '-') {
                token.options.left = true;
                ++i;
            }
            if (i < n && format.at(i) == '0') {
                token.options.pad = '0';
                ++i;
            }
            while (i < n && format.at(i) >= '0' && format.at(i) <= '9') {
                token.options.width = std::min(token.options.width * 10 + (format.at(i) - '0'), 100000);
                ++i;
            }
            if (i < n && format.at(i) == '.') {
                ++i;
                token.options.precision = 0;
                while (i < n && format.at(i) >= '0' && format.at(i) <= '9') {
                    token.options.precision = std::min(token.options.precision * 10 + (format.at(i) - '0'), 100000);
                    ++i;
                }
            }
            if (token.options.left)
                token.options.pad = ' ';
            if (i >= n)
                break; // a '%' at the end prints nothing, as in mosquitto_sub
            token.conversion = format.at(i);
            if (token.conversion == '%')
                literal('%');
            else
                m_tokens.append(token);
        } else if (c == '@') {
            if (++i >= n)
                break;
            if (format.at(i) == '@') {
                literal('@');
            } else {
                Token token;
                token.kind = Token::Strftime;
                token.conversion = format.at(i);
                m_tokens.append(token);
            }
        } else if (c == '\\') {
            if (++i >= n)
                break;
            switch (format.at(i)) {
            case '\\':
                literal('\\');
                break;
            case '0':
                literal('\0');
                break;
            case 'a':
                literal('\a');
                break;
            case 'e':
                literal('\033');
                break;
            case 'n':
                literal('\n');
                break;
            case 'r':
                literal('\r');
                break;
            case 't':
                literal('\t');
                break;
            case 'v':
                literal('\v');
                break;
            default:
                break; // unknown escapes print nothing, as in mosquitto_sub
            }
        } else {
            literal(c);
        }
    }
}

void MessageFormatter::beginBatch()
{
    m_haveTime = false;
    m_fixedTime = false;
}

void MessageFormatter::beginBatch(qint64 unixSeconds, long nanoseconds)
{
    m_haveTime = false;
    m_fixedTime = true;
    m_seconds = unixSeconds;
    m_nanoseconds = nanoseconds;
}

void MessageFormatter::ensureTime()
{
    if (m_haveTime)
        return;
    m_haveTime = true;
    if (!m_fixedTime) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
        m_seconds = ns / 1000000000;
        m_nanoseconds = long(ns % 1000000000);
    }
    const std::time_t t = std::time_t(m_seconds);
#ifdef Q_OS_WIN
    localtime_s(&m_localTime, &t);
#else
    localtime_r(&t, &m_localTime);
#endif
    m_iso8601.clear();
    appendStrftime(m_iso8601, "%Y-%m-%dT%H:%M:%S%z", m_localTime);
    // mosquitto's format_time_8601(): microseconds before the zone offset
    m_tst.clear();
    appendStrftime(m_tst, "%Y-%m-%dT%H:%M:%S", m_localTime);
    char micro[32];
    std::snprintf(micro, sizeof micro, ".%06ld", m_nanoseconds / 1000);
    m_tst.append(micro);
    appendStrftime(m_tst, "%z", m_localTime);
}

const QByteArray &MessageFormatter::topicUtf8(const QString &topic)
{
    if (topic != m_lastTopic || m_lastTopicUtf8.isNull()) {
        m_lastTopic = topic;
        m_lastTopicUtf8 = topic.toUtf8();
    }
    return m_lastTopicUtf8;
}

const QByteArray &MessageFormatter::receivedTime(qint64 ms)
{
    if (ms != m_receivedMs) {
        m_receivedMs = ms;
        m_receivedText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    }
    return m_receivedText;
}

void MessageFormatter::append(QByteArray &out, const Message &message, const Annotation *annotation)
{
    if (m_settings.json) {
        appendJsonLine(out, message, annotation);
        if (m_settings.eol)
            out.append('\n');
        return;
    }
    if (m_settings.format) {
        appendFormatted(out, message);
        if (m_settings.eol)
            out.append('\n');
        return;
    }
    if (m_settings.verbose) {
        if (!message.payload.isEmpty()) {
            out.append(topicUtf8(message.topic));
            out.append(' ');
            out.append(message.payload);
            if (m_settings.eol)
                out.append('\n');
        } else if (m_settings.eol) {
            out.append(topicUtf8(message.topic));
            out.append(" (null)\n");
        }
        return;
    }
    if (!message.payload.isEmpty()) {
        out.append(message.payload);
        if (m_settings.eol)
            out.append('\n');
    }
}

void MessageFormatter::appendFormatted(QByteArray &out, const Message &message)
{
    for (const Token &token : std::as_const(m_tokens)) {
        switch (token.kind) {
        case Token::Literal:
            out.append(token.literal);
            break;
        case Token::Field:
            appendField(out, message, token);
            break;
        case Token::Strftime:
            ensureTime();
            if (token.conversion == 'N') {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, "%09ld", m_nanoseconds);
                out.append(buffer);
            } else {
                const char format[3] = {'%', token.conversion, 0};
                appendStrftime(out, format, m_localTime);
            }
            break;
        }
    }
}

void MessageFormatter::appendField(QByteArray &out, const Message &message, const Token &token)
{
    const FieldOptions &o = token.options;
    const Properties &props = message.properties;
    const auto intProperty = [&](PropertyId id) {
        if (const auto v = props.integer(id))
            appendInteger(out, qint64(*v), o);
        else
            appendBlank(out, o);
    };
    switch (token.conversion) {
    case 'A':
        intProperty(PropertyId::TopicAlias);
        break;
    case 'C':
        if (const auto v = props.string(PropertyId::ContentType)) {
            const QByteArray s = v->toUtf8();
            appendString(out, s.constData(), s.size(), o);
        } else {
            appendBlank(out, o);
        }
        break;
    case 'D':
        if (const auto v = props.binary(PropertyId::CorrelationData))
            out.append(*v);
        break;
    case 'E':
        intProperty(PropertyId::MessageExpiryInterval);
        break;
    case 'F':
        intProperty(PropertyId::PayloadFormatIndicator);
        break;
    case 'I': {
        ensureTime();
        appendString(out, m_iso8601.constData(), m_iso8601.size(), o);
        break;
    }
    case 'j':
    case 'J':
        ensureTime();
        appendMosquittoJson(out, message, token.conversion == 'j');
        break;
    case 'l':
        appendInteger(out, message.payload.size(), o);
        break;
    case 'm':
        appendInteger(out, message.packetId, o);
        break;
    case 'P':
        appendUserProperties(out, props);
        break;
    case 'p':
        appendPayload(out, message.payload, 0, o);
        break;
    case 'q':
        out.append(char('0' + message.qos));
        break;
    case 'R':
        if (const auto v = props.string(PropertyId::ResponseTopic)) {
            const QByteArray s = v->toUtf8();
            appendString(out, s.constData(), s.size(), o);
        }
        break;
    case 'r':
        out.append(message.retain ? '1' : '0');
        break;
    case 'S':
        intProperty(PropertyId::SubscriptionIdentifier);
        break;
    case 't': {
        const QByteArray &topic = topicUtf8(message.topic);
        appendString(out, topic.constData(), topic.size(), o);
        break;
    }
    case 'U': {
        ensureTime();
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%lld.%09ld", static_cast<long long>(m_seconds), m_nanoseconds);
        out.append(buffer);
        break;
    }
    case 'x':
        appendPayload(out, message.payload, 1, o);
        break;
    case 'X':
        appendPayload(out, message.payload, 2, o);
        break;
    case 'f':
    case 'd':
        appendFloatingPoint(out, message.payload, token);
        break;
    default:
        break; // unknown sequences print nothing, as in mosquitto_sub
    }
}

// %f and %d: the payload as a float or double in the machine's byte order, or
// nothing and a warning when it is not 4 or 8 bytes long.
void MessageFormatter::appendFloatingPoint(QByteArray &out, const QByteArray &payload, const Token &token)
{
    const FieldOptions &o = token.options;
    const qsizetype size = token.conversion == 'f' ? qsizetype(sizeof(float)) : qsizetype(sizeof(double));
    if (payload.size() != size) {
        m_warnings.append(
            token.conversion == 'f'
                ? QCoreApplication::translate("MessageFormatter",
                                              "Float printing (%f) requested, but the payload is not 4 bytes.")
                      .toUtf8()
                : QCoreApplication::translate("MessageFormatter",
                                              "Double printing (%d) requested, but the payload is not 8 bytes.")
                      .toUtf8());
        m_warnings.append('\n');
        return;
    }
    double value = 0;
    if (token.conversion == 'f') {
        float f;
        std::memcpy(&f, payload.constData(), sizeof f);
        value = f;
    } else {
        std::memcpy(&value, payload.constData(), sizeof value);
    }
    QByteArray digits = QByteArray::number(value, 'f', o.precision < 0 ? 6 : o.precision);
    const int pad = o.width - int(digits.size());
    if (o.left) {
        out.append(digits);
        appendRepeated(out, ' ', pad);
    } else {
        appendRepeated(out, o.pad, pad);
        out.append(digits);
    }
}

// %j and %J: mosquitto_sub's json_print().
void MessageFormatter::appendMosquittoJson(QByteArray &out, const Message &message, bool escaped)
{
    QByteArray raw;
    if (!escaped && !message.payload.isEmpty()) {
        // QJsonDocument parses objects and arrays only; inside [] any JSON value is one.
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray('[' + message.payload + ']'), &error);
        if (error.error != QJsonParseError::NoError) {
            m_warnings.append(
                QCoreApplication::translate("MessageFormatter", "Message payload is not valid JSON on topic %1.")
                    .arg(message.topic)
                    .toUtf8());
            m_warnings.append('\n');
            return;
        }
        raw = message.payload.trimmed();
    }
    JsonWriter json(out, m_settings.pretty);
    json.beginObject();
    json.key("tst");
    json.string(m_tst);
    json.key("topic");
    json.string(topicUtf8(message.topic));
    json.key("qos");
    json.number(message.qos);
    json.key("retain");
    json.boolean(message.retain);
    json.key("payloadlen");
    json.number(message.payload.size());
    if (message.qos > 0) {
        json.key("mid");
        json.number(message.packetId);
    }
    if (!message.properties.isEmpty())
        appendMosquittoProperties(json, message.properties);
    json.key("payload");
    if (message.payload.isEmpty())
        json.null();
    else if (escaped)
        json.string(message.payload);
    else
        json.raw(raw);
    json.endObject();
}

// --json: everything about the message, the payload as text when it is UTF-8.
void MessageFormatter::appendJsonLine(QByteArray &out, const Message &message, const Annotation *annotation)
{
    JsonWriter json(out, false);
    json.beginObject();
    json.key("topic");
    json.string(topicUtf8(message.topic));
    if (isValidUtf8(message.payload.constData(), message.payload.size())) {
        json.key("payload");
        json.string(message.payload);
    } else {
        json.key("payload_base64");
        json.raw('"' + message.payload.toBase64() + '"');
    }
    json.key("qos");
    json.number(message.qos);
    json.key("retain");
    json.boolean(message.retain);
    json.key("dup");
    json.boolean(message.dup);
    if (message.qos > 0) {
        json.key("packet_id");
        json.number(message.packetId);
    }
    if (!message.properties.isEmpty()) {
        json.key("properties");
        json.raw(QJsonDocument(message.properties.toJson()).toJson(QJsonDocument::Compact));
    }
    json.key("subscriptions");
    json.beginArray();
    for (const QString &filter : message.subscriptions) {
        json.arrayItem();
        json.string(filter);
    }
    json.endArray();
    json.key("received");
    json.string(receivedTime(message.receivedAtMs));
    if (annotation && annotation->decoded) {
        json.key("decoder");
        json.string(annotation->decoded->decoder.toUtf8());
        if (annotation->decoded->ok()) {
            json.key("decoded");
            json.raw(annotation->decoded->json);
        } else {
            json.key("decode_error");
            json.string(annotation->decoded->error.toUtf8());
        }
    }
    if (annotation && annotation->violations) {
        json.key("schema_violations");
        json.beginArray();
        for (const SchemaViolation &v : *annotation->violations) {
            json.arrayItem();
            json.beginObject();
            json.key("path");
            json.string(v.path.toUtf8());
            json.key("message");
            json.string(v.message.toUtf8());
            json.endObject();
        }
        json.endArray();
    }
    if (annotation && annotation->scriptOutput) {
        json.key("script_output");
        if (annotation->scriptOutputIsJson)
            json.raw(*annotation->scriptOutput);
        else
            json.string(*annotation->scriptOutput);
    }
    if (annotation && !annotation->scriptError.isEmpty()) {
        json.key("script_error");
        json.string(annotation->scriptError.toUtf8());
    }
    json.endObject();
}

bool MessageFormatter::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        quint32 cp;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        p += extra + 1;
    }
    return true;
}

void MessageFormatter::appendJsonString(QByteArray &out, const char *data, qsizetype size)
{
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', HexLower[c >> 4], HexLower[c & 0x0f]};
            out.append(escape, sizeof escape);
            break;
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out.append('"');
}

} // namespace Signalbox::Cli
