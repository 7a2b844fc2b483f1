#pragma once

#include "client/mqttclient.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

namespace Signalbox {

// The packet inspector's rows: every packet sent and received on one
// connection, newest last, capped (oldest dropped). Descriptions and byte
// dumps never show a CONNECT password. Appended packets wait and are applied
// by a 100 ms timer (flush()), so a flood costs one removal and one insertion
// per tick, not one per socket read; what would only be dropped is never kept.
class PacketLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, TypeColumn, SizeColumn, SummaryColumn, ColumnCount };

    explicit PacketLogModel(ProtocolVersion version, QObject *parent = nullptr);
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    void setCapacity(int rows) { m_capacity = std::max(1, rows); }
    void append(const QList<PacketRecord> &records);
    // Applies pending packets now (tests; the timer does it otherwise).
    void flush();
    void clear();
    const PacketRecord &record(int row) const { return m_rows.at(size_t(row)); }
    // Fields, properties and reason codes in words, then a hex dump of the bytes.
    QString details(int row) const;
    // The packet's bytes with a CONNECT password replaced by '*'.
    static QByteArray maskedBytes(const PacketRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProtocolVersion m_version;
    std::deque<PacketRecord> m_rows;
    std::deque<PacketRecord> m_pending;
    QTimer m_flushTimer;
    int m_capacity = 10000;
};

} // namespace Signalbox
