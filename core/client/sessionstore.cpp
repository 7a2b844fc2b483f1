#include "client/sessionstore.h"

#include "mqtt/packetdecoder.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Signalbox {

namespace {

QAtomicInt connectionCounter;

// Outgoing and history messages are kept as MQTT 5.0 PUBLISH packets: one
// encoding for topic, payload, flags and properties, read back by the decoder.
QByteArray encodePublish(PublishPacket packet)
{
    if (packet.qos > 0 && packet.packetId == 0)
        packet.packetId = 1; // a placeholder: the id lives in its own column
    packet.dup = false;
    return encodePacket(packet, ProtocolVersion::V5);
}

std::optional<PublishPacket> decodePublish(const QByteArray &bytes)
{
    DecodeError error;
    std::optional<Packet> packet = decodePacket(bytes, ProtocolVersion::V5, &error);
    if (!packet || !std::holds_alternative<PublishPacket>(*packet))
        return std::nullopt;
    return std::get<PublishPacket>(std::move(*packet));
}

} // namespace

struct SessionStore::Private
{
    QString connection;
    QString path;
    QString session;
    QString lastError;
    bool inTransaction = false;
    bool history = false;
    qint64 historyMaximumBytes = 0;
    qint64 historyBytesSinceTrim = 0;
    qint64 seq = -1;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // A statement that fails spoils the transaction: commit() then rolls it
    // back and fails, so that nothing depending on it is acknowledged.
    bool failed = false;
    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        lastError = query.lastError().text();
        failed = true;
        return false;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        lastError = query.lastError().text();
        failed = true;
        return false;
    }
    void begin()
    {
        if (!inTransaction && db().isOpen())
            inTransaction = db().transaction();
    }
    // A change inside the transaction: each statement is prepared once and kept.
    QHash<QString, QSqlQuery> statements;
    void run(const QString &sql, std::initializer_list<QVariant> values)
    {
        begin();
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db());
            if (!query.prepare(sql)) {
                lastError = query.lastError().text();
                failed = true;
                return;
            }
            it = statements.insert(sql, query);
        }
        int i = 0;
        for (const QVariant &value : values)
            it->bindValue(i++, value);
        exec(*it);
    }
    void trimHistory();
};

SessionStore::SessionStore() : d(std::make_unique<Private>()) { }

SessionStore::~SessionStore()
{
    if (d->connection.isEmpty())
        return;
    commit();
    d->statements.clear();
    {
        QSqlDatabase db = d->db();
        db.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
}

bool SessionStore::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        d->lastError = why;
        if (error)
            *error = tr("Cannot open the session file %1: %2").arg(path, why);
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("Qt's SQLite driver is not installed"));
    d->connection = QStringLiteral("signalbox-session-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    d->path = QFileInfo(path).absoluteFilePath();
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outgoing (session TEXT NOT NULL, seq INTEGER NOT NULL, "
                       "packet_id INTEGER NOT NULL, released INTEGER NOT NULL, publish BLOB NOT NULL, "
                       "PRIMARY KEY (session, seq))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS inbound_qos2 (session TEXT NOT NULL, packet_id INTEGER NOT NULL, "
                       "PRIMARY KEY (session, packet_id))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY AUTOINCREMENT, session TEXT NOT NULL, "
            "received_ms INTEGER NOT NULL, subscriptions TEXT NOT NULL, publish BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS history_session ON history (session, id)"),
    };
    for (const QString &sql : setup) {
        if (!d->exec(sql))
            return fail(d->lastError);
    }
    return true;
}

bool SessionStore::isOpen() const
{
    return !d->connection.isEmpty() && d->db().isOpen();
}

QString SessionStore::path() const
{
    return d->path;
}

QString SessionStore::sessionKey(const QString &brokerUrl, const QString &clientId)
{
    return brokerUrl + QLatin1Char(' ') + clientId;
}

QString SessionStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sessions.sqlite");
}

void SessionStore::setSession(const QString &key)
{
    d->session = key;
    d->seq = -1;
}

SessionStore::Session SessionStore::load()
{
    Session session;
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("SELECT seq, packet_id, released, publish FROM outgoing WHERE session = ? ORDER BY seq"));
    query.addBindValue(d->session);
    if (d->exec(query)) {
        while (query.next()) {
            std::optional<PublishPacket> packet = decodePublish(query.value(3).toByteArray());
            if (!packet)
                continue; // unreadable: nothing can be sent from it
            Outgoing o;
            o.seq = query.value(0).toLongLong();
            o.packet = std::move(*packet);
            o.packet.packetId = quint16(query.value(1).toUInt());
            o.released = query.value(2).toBool();
            session.outgoing.append(std::move(o));
        }
    }
    query.prepare(QStringLiteral("SELECT packet_id FROM inbound_qos2 WHERE session = ?"));
    query.addBindValue(d->session);
    if (d->exec(query)) {
        while (query.next())
            session.inboundQos2.insert(quint16(query.value(0).toUInt()));
    }
    return session;
}

void SessionStore::clearSessionState()
{
    d->run(QStringLiteral("DELETE FROM inbound_qos2 WHERE session = ?"), {d->session});
    d->run(QStringLiteral("UPDATE outgoing SET packet_id = 0, released = 0 WHERE session = ?"), {d->session});
}

qint64 SessionStore::nextSeq()
{
    if (d->seq < 0) {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outgoing WHERE session = ?"));
        query.addBindValue(d->session);
        d->seq = d->exec(query) && query.next() ? query.value(0).toLongLong() : 0;
    }
    return ++d->seq;
}

void SessionStore::addOutgoing(const Outgoing &outgoing)
{
    d->run(QStringLiteral(
               "INSERT OR REPLACE INTO outgoing (session, seq, packet_id, released, publish) VALUES (?, ?, ?, ?, ?)"),
           {d->session, outgoing.seq, int(outgoing.packet.packetId), outgoing.released ? 1 : 0,
            encodePublish(outgoing.packet)});
}

void SessionStore::setOutgoingSent(qint64 seq, quint16 packetId)
{
    d->run(QStringLiteral("UPDATE outgoing SET packet_id = ?, released = 0 WHERE session = ? AND seq = ?"),
           {int(packetId), d->session, seq});
}

void SessionStore::setOutgoingReleased(qint64 seq)
{
    d->run(QStringLiteral("UPDATE outgoing SET released = 1 WHERE session = ? AND seq = ?"), {d->session, seq});
}

void SessionStore::setOutgoingQueued(qint64 seq)
{
    setOutgoingSent(seq, 0);
}

void SessionStore::removeOutgoing(qint64 seq)
{
    d->run(QStringLiteral("DELETE FROM outgoing WHERE session = ? AND seq = ?"), {d->session, seq});
}

void SessionStore::addInboundQos2(quint16 packetId)
{
    d->run(QStringLiteral("INSERT OR IGNORE INTO inbound_qos2 (session, packet_id) VALUES (?, ?)"),
           {d->session, int(packetId)});
}

void SessionStore::removeInboundQos2(quint16 packetId)
{
    d->run(QStringLiteral("DELETE FROM inbound_qos2 WHERE session = ? AND packet_id = ?"), {d->session, int(packetId)});
}

void SessionStore::setHistoryEnabled(bool enabled, qint64 maximumBytes)
{
    d->history = enabled;
    d->historyMaximumBytes = std::max<qint64>(1, maximumBytes);
}

bool SessionStore::historyEnabled() const
{
    return d->history;
}

void SessionStore::appendHistory(const QList<Message> &messages)
{
    if (!d->history)
        return;
    for (const Message &m : messages) {
        PublishPacket p;
        p.topic = m.topic;
        p.payload = m.payload;
        p.qos = m.qos;
        p.retain = m.retain;
        p.properties = m.properties;
        const QByteArray bytes = encodePublish(p);
        d->run(QStringLiteral("INSERT INTO history (session, received_ms, subscriptions, publish) VALUES (?, ?, ?, ?)"),
               {d->session, m.receivedAtMs,
                m.subscriptions.isEmpty() ? QStringLiteral("") : m.subscriptions.join(QLatin1Char('\n')), bytes});
        if (d->failed)
            return;
        d->historyBytesSinceTrim += bytes.size();
    }
}

void SessionStore::Private::trimHistory()
{
    // Counting the whole history is a scan: do it after about a sixteenth of the
    // limit was added, then drop just enough of the oldest rows.
    if (historyBytesSinceTrim < historyMaximumBytes / 16)
        return;
    historyBytesSinceTrim = 0;
    QSqlQuery total(db());
    total.prepare(QStringLiteral("SELECT COALESCE(SUM(LENGTH(publish)), 0) FROM history WHERE session = ?"));
    total.addBindValue(session);
    if (!exec(total) || !total.next())
        return;
    const qint64 excess = total.value(0).toLongLong() - historyMaximumBytes;
    if (excess <= 0)
        return;
    QSqlQuery oldest(db());
    oldest.setForwardOnly(true);
    oldest.prepare(QStringLiteral("SELECT id, LENGTH(publish) FROM history WHERE session = ? ORDER BY id"));
    oldest.addBindValue(session);
    if (!exec(oldest))
        return;
    qint64 dropped = 0;
    QVariant cutoff;
    while (dropped < excess && oldest.next()) {
        cutoff = oldest.value(0);
        dropped += oldest.value(1).toLongLong();
    }
    oldest.finish();
    if (cutoff.isNull())
        return;
    QSqlQuery drop(db());
    drop.prepare(QStringLiteral("DELETE FROM history WHERE session = ? AND id <= ?"));
    drop.addBindValue(session);
    drop.addBindValue(cutoff);
    exec(drop);
}

QList<Message> SessionStore::history(qint64 limit) const
{
    QList<Message> messages;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT received_ms, subscriptions, publish FROM history WHERE session = ? "
                                 "ORDER BY id LIMIT ?"));
    query.addBindValue(d->session);
    query.addBindValue(limit);
    if (!query.exec())
        return messages;
    while (query.next()) {
        std::optional<PublishPacket> p = decodePublish(query.value(2).toByteArray());
        if (!p)
            continue;
        Message m;
        m.topic = std::move(p->topic);
        m.payload = std::move(p->payload);
        m.qos = p->qos;
        m.retain = p->retain;
        m.properties = std::move(p->properties);
        m.receivedAtMs = query.value(0).toLongLong();
        const QString subscriptions = query.value(1).toString();
        if (!subscriptions.isEmpty())
            m.subscriptions = subscriptions.split(QLatin1Char('\n'));
        messages.append(std::move(m));
    }
    return messages;
}

qint64 SessionStore::historyCount() const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE session = ?"));
    query.addBindValue(d->session);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool SessionStore::commit()
{
    if (!d->inTransaction) {
        const bool ok = !d->failed;
        d->failed = false;
        return ok;
    }
    if (d->history && !d->failed)
        d->trimHistory();
    d->inTransaction = false;
    if (d->failed) {
        d->db().rollback();
        d->failed = false;
        return false;
    }
    if (d->db().commit())
        return true;
    d->lastError = d->db().lastError().text();
    return false;
}

QString SessionStore::lastError() const
{
    return d->lastError;
}

} // namespace Signalbox
