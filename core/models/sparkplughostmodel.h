#pragma once

#include "decoders/sparkplug.h"
#include "mqtt/message.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Signalbox {

// A number a metric brought, for charts: the metric by its stable key (the
// group, edge node, device and name, never its place in the payload's metrics
// array, which the edge node may reorder, nor its alias, which changes at each
// birth), and when.
struct SparkplugSample
{
    QString group;
    QString edgeNode;
    QString device; // empty for a node's own metrics
    QString metric; // the name from the birth certificate
    qint64 timeMs = 0; // the metric's timestamp, else the payload's, else when it was received
    double value = 0;
    friend bool operator==(const SparkplugSample &, const SparkplugSample &) = default;
};

// What a Sparkplug host application sees of one connection (Eclipse Sparkplug
// 3.0): a tree of groups, their edge nodes and the nodes' devices, each with
// its metrics as children (in the order they first arrived), and a top-level
// "Primary hosts" row with the STATE of each host application.
//
// Checks what the specification asks of an edge node and flags what breaks it,
// on the node or device concerned (IssueRole, IssueColumn) and in issues(),
// with issueFound():
// - birth and death: a node is online after its NBIRTH and offline after its
//   NDEATH; a device after its DBIRTH and DDEATH, and offline with its node.
//   The NDEATH's "bdSeq" metric must match its NBIRTH's (§6.4.7, the will
//   message of an earlier session): one that does not is a stale death, flagged,
//   and leaves the node online.
// - sequence numbers (§7.1): each message after the NBIRTH (NDATA, DBIRTH, DDATA,
//   DDEATH) carries the previous seq + 1, modulo 256; a gap is flagged with the
//   number expected and the one received, and counting resumes from the latter.
//   The NBIRTH's own seq starts the count (3.0 allows 0 to 255 there).
// - data, DBIRTH or DDEATH from a node or device whose birth was not seen (or that
//   died since) is flagged once until its next birth, and its values still shown.
// - aliases (§6.4.4): a metric sent with only an alias takes the name the
//   node's NBIRTH or a DBIRTH gave that alias; an alias no birth defined is
//   shown as its own row, "alias 17 (unknown)", and flagged.
// - a birth certificate is the node's or device's whole list of metrics: on a
//   rebirth the rows of metrics it leaves out go (unknown aliases' rows too),
//   and the aliases its earlier birth defined give way to the new birth's. An
//   NBIRTH also voids the aliases of the node's devices and puts those online
//   offline until their DBIRTHs, which follow it; their rows stay until then.
// - a payload that is not Sparkplug B is flagged with the decoder's reason.
// A new birth clears the flags of the node (NBIRTH) or device (DBIRTH).
//
// Updates are cheap under a flood: a batch emits dataChanged() once per parent
// for the rows it changed (their span), rows are inserted only for new groups,
// nodes, devices and metrics, removed only for metrics a rebirth leaves out, and
// nothing is reset but by clear(). GUI thread; no widgets.
class SparkplugHostModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DatatypeColumn,
        ValueColumn,
        TimestampColumn,
        QualityColumn,
        StateColumn,
        IssueColumn,
        ColumnCount
    };
    enum class Kind { Hosts, Host, Group, EdgeNode, Device, Metric };
    Q_ENUM(Kind)
    // Nodes, devices and hosts; None for the rest.
    enum class Status { None, NoBirth, Online, Offline };
    Q_ENUM(Status)
    enum Role {
        KindRole = Qt::UserRole, // int: Kind
        StatusRole, // int: Status
        IssueRole, // QString: the latest flag of a node, device, host or metric; empty when none
        ValueRole, // QVariant: a metric's value as decoded (SparkplugMetric::value); invalid when null
        NumericValueRole, // double: a metric's value when it is a number or Boolean (1/0); invalid otherwise
        QualityRole, // int: a metric's "Quality" property (0 bad, 192 good, 500 stale); invalid when not sent
        GroupRole, // QString
        EdgeNodeRole, // QString
        DeviceRole, // QString
        MetricNameRole, // QString: the metric's name; empty for an unknown alias
        AliasRole, // qulonglong: the metric's alias; invalid when it has none
        HostIdRole, // QString: a primary host's id
        DatatypeRole, // uint: a metric's SparkplugDataType; 0 until a message gives one
    };
    Q_ENUM(Role)

    static constexpr qsizetype MaxIssues = 1000; // issues() keeps the newest this many
    static constexpr int MaxValueChars = 200;

    struct Issue
    {
        qint64 timeMs = 0; // when the message that raised it was received
        QString group; // empty for a primary host
        QString edgeNode; // the host id for a primary host
        QString device;
        QString message;
    };

    explicit SparkplugHostModel(QObject *parent = nullptr);
    ~SparkplugHostModel() override;

    // A received batch: spBv1.0/ messages are decoded (NBIRTH, NDEATH, DBIRTH, DDEATH,
    // NDATA, DDATA as Sparkplug B, STATE as JSON); NCMD, DCMD and other topics are ignored.
    void addMessages(const QList<Message> &messages);
    // One decoded payload (payload nullopt: it could not be decoded, for decodeError).
    void addPayload(const SparkplugTopic &topic, const std::optional<SparkplugPayload> &payload,
                    const QString &decodeError, qint64 receivedAtMs);
    // spBv1.0/STATE/<hostId>: {"online":true,"timestamp":...} (3.0), or the text
    // ONLINE / OFFLINE of Sparkplug B 2.x hosts.
    void addHostState(const QString &hostId, const QByteArray &payload, qint64 receivedAtMs);
    // Forgets everything (a new connection).
    void clear();

    // Newest first, at most MaxIssues.
    const std::deque<Issue> &issues() const { return m_issues; }

    // The NCMD that asks the edge node of `index` (the node, one of its devices
    // or metrics) for a new birth certificate: topic spBv1.0/<group>/NCMD/<node>,
    // a Boolean metric "Node Control/Rebirth" = true (§6.4.16), QoS 0, not
    // retained. nullopt for a group, the hosts or an invalid index.
    std::optional<OutgoingMessage> rebirthRequest(const QModelIndex &index) const;

    // The row of a node, device or metric; invalid when not seen.
    QModelIndex findIndex(const QString &group, const QString &edgeNode = {}, const QString &device = {},
                          const QString &metric = {}) const;
    QModelIndex hostIndex(const QString &hostId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A flag was raised; group is empty for a primary host (edgeNode is then its id).
    void issueFound(const QString &group, const QString &edgeNode, const QString &message);
    // The numeric metric values of a batch (births and data), in arrival order;
    // emitted at most once per addMessages()/addPayload(), and only when connected.
    void samplesAdded(const QList<Signalbox::SparkplugSample> &samples);

private:
    struct Item;

    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item, int column = 0) const;
    Item *child(Item *parent, Kind kind, const QString &name, bool *created = nullptr);
    void apply(const SparkplugTopic &topic, const std::optional<SparkplugPayload> &payload, const QString &decodeError,
               qint64 receivedAtMs);
    void applyMetrics(Item *edgeNode, Item *owner, const SparkplugPayload &payload, bool birth, qint64 receivedAtMs);
    void removeMetricsLeftOut(Item *owner, const std::vector<Item *> &kept);
    bool checkSeq(Item *edgeNode, const SparkplugTopic &topic, const SparkplugPayload &payload, qint64 timeMs);
    void setStatus(Item *item, Status status);
    void flag(Item *item, const QString &message, qint64 timeMs);
    void markChanged(Item *item);
    void announce();

    std::unique_ptr<Item> m_root;
    Item *m_hosts = nullptr;
    std::deque<Issue> m_issues;
    std::vector<Item *> m_changed;
    quint64 m_epoch = 1;
    QList<SparkplugSample> m_samples;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::SparkplugSample)
