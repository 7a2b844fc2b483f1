#pragma once

#include "decoders/decodedpayload.h"
#include "decoders/jsonschema.h"
#include "mqtt/message.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <ctime>
#include <optional>

namespace Signalbox::Cli {

// Turns received messages into the bytes `sub` prints, as mosquitto_sub does:
// the payload alone, "topic payload" (-v), a -F format string, or one JSON
// object per line (--json). Appends to a caller's buffer so that a whole batch
// becomes one write; payload bytes are copied as they are, never through QString.
// Not thread-safe; one per output stream.
class MessageFormatter
{
public:
    struct Settings
    {
        bool verbose = false; // -v
        bool eol = true; // -N clears it
        bool json = false; // --json
        bool pretty = false; // --pretty, for %j and %J
        std::optional<QByteArray> format; // -F
    };

    explicit MessageFormatter(const Settings &settings);

    // Starts a batch: time sequences (%I, %U, @X, %j) print this instant.
    // Without an argument, the current time.
    void beginBatch();
    void beginBatch(qint64 unixSeconds, long nanoseconds);

    // What --decode, --proto, --avro, --schema and --script made of a message:
    // --json lines carry it beside the payload ("decoded" or "decode_error",
    // "schema_violations", "script_output" or "script_error").
    struct Annotation
    {
        std::optional<DecodedPayload> decoded;
        std::optional<QList<SchemaViolation>> violations;
        std::optional<QByteArray> scriptOutput;
        bool scriptOutputIsJson = false;
        QString scriptError;
    };

    // Appends the output for one message (possibly nothing, as mosquitto_sub
    // prints nothing for an empty payload without -v).
    void append(QByteArray &out, const Message &message, const Annotation *annotation = nullptr);

    // Problems met while formatting ("payload is not valid JSON" for %J), one
    // line each, to go to stderr; cleared by the call.
    QByteArray takeWarnings() { return std::exchange(m_warnings, {}); }

    // Helpers, public for tests.
    static bool isValidUtf8(const char *data, qsizetype size);
    static void appendJsonString(QByteArray &out, const char *data, qsizetype size);

private:
    struct FieldOptions
    {
        int width = 0;
        int precision = -1;
        bool left = false;
        char pad = ' ';
    };
    struct Token
    {
        enum Kind : quint8 { Literal, Field, Strftime } kind = Literal;
        char conversion = 0;
        FieldOptions options;
        QByteArray literal;
    };

    void compile(const QByteArray &format);
    void appendFormatted(QByteArray &out, const Message &message);
    void appendField(QByteArray &out, const Message &message, const Token &token);
    void appendFloatingPoint(QByteArray &out, const QByteArray &payload, const Token &token);
    void appendMosquittoJson(QByteArray &out, const Message &message, bool escaped);
    void appendJsonLine(QByteArray &out, const Message &message, const Annotation *annotation);
    const QByteArray &topicUtf8(const QString &topic);
    void ensureTime();
    const QByteArray &receivedTime(qint64 ms);

    Settings m_settings;
    QList<Token> m_tokens;
    QByteArray m_warnings;

    // the topic of the last message, as UTF-8 (topics repeat in a flood)
    QString m_lastTopic;
    QByteArray m_lastTopicUtf8;

    // the batch's time, computed on first use
    bool m_haveTime = false;
    bool m_fixedTime = false;
    qint64 m_seconds = 0;
    long m_nanoseconds = 0;
    std::tm m_localTime{};
    QByteArray m_iso8601; // %I
    QByteArray m_tst; // %j "tst"

    qint64 m_receivedMs = -1;
    QByteArray m_receivedText; // --json "received"
};

} // namespace Signalbox::Cli
