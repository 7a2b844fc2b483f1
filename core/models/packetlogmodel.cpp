#include "models/packetlogmodel.h"

#include "payload/payloadformat.h"

#include <QDateTime>

#include <iterator>

namespace Signalbox {

PacketLogModel::PacketLogModel(ProtocolVersion version, QObject *parent)
    : QAbstractTableModel(parent), m_version(version)
{
    m_flushTimer.setObjectName(QStringLiteral("packetLogFlush"));
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &PacketLogModel::flush);
}

void PacketLogModel::append(const QList<PacketRecord> &records)
{
    if (records.isEmpty())
        return;
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    for (qsizetype i = skip; i < records.size(); ++i)
        m_pending.push_back(records.at(i));
    while (m_pending.size() > size_t(m_capacity))
        m_pending.pop_front();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PacketLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const int overflow = int(m_rows.size() + m_pending.size()) - m_capacity;
    const int drop = std::min(std::max(overflow, 0), int(m_rows.size()));
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
}

void PacketLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

QByteArray PacketLogModel::maskedBytes(const PacketRecord &record)
{
    QByteArray bytes = record.bytes;
    if (const auto *connect = std::get_if<ConnectPacket>(&record.packet); connect && connect->password) {
        // The password is the last field of CONNECT (MQTT 5.0 §3.1.3.6).
        const qsizetype n = connect->password->size();
        if (n > 0 && bytes.size() >= n && bytes.endsWith(*connect->password))
            bytes.replace(bytes.size() - n, n, QByteArray(n, '*'));
    }
    return bytes;
}

QString PacketLogModel::details(int row) const
{
    const PacketRecord &r = record(row);
    return describePacket(r.packet, m_version) + QStringLiteral("\n\n") + hexDump(maskedBytes(r));
}

int PacketLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PacketLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const PacketRecord &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return r.outgoing ? tr("sent") : tr("received");
        case TypeColumn:
            return packetTypeName(packetType(r.packet));
        case SizeColumn:
            return r.bytes.size();
        case SummaryColumn:
            return summarizePacket(r.packet);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PacketLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case TypeColumn:
        return tr("Packet");
    case SizeColumn:
        return tr("Bytes");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace Signalbox
