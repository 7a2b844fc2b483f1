#include "packetlogmodel.h"

#include "payloadformat.h"

#include <QDateTime>

namespace Signalbox {

PacketLogModel::PacketLogModel(ProtocolVersion version, QObject *parent) : QAbstractTableModel(parent), m_version(version) {}

void PacketLogModel::append(const QList<PacketRecord> &records)
{
    if (records.isEmpty())
        return;
    const int overflow = int(m_rows.size()) + int(records.size()) - m_capacity;
    if (overflow > 0) {
        const int drop = std::min(overflow, int(m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
            endRemoveRows();
        }
    }
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(records.size() - skip) - 1);
    for (qsizetype i = skip; i < records.size(); ++i)
        m_rows.push_back(records.at(i));
    endInsertRows();
}

void PacketLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
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
