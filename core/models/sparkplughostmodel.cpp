#include "models/sparkplughostmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSet>

#include <algorithm>

namespace Signalbox {

namespace {

const QString Namespace = QStringLiteral("spBv1.0/");
const QString BdSeq = QStringLiteral("bdSeq");
const QString Quality = QStringLiteral("Quality");

std::optional<double> numeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1.0 : 0.0;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Float:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return std::nullopt;
    }
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

QString cut(const QString &text)
{
    return text.size() > SparkplugHostModel::MaxValueChars
               ? text.left(SparkplugHostModel::MaxValueChars) + QStringLiteral("…")
               : text;
}

QString valueText(const QVariant &value, quint32 datatype)
{
    if (!value.isValid())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Float:
        return QString::number(double(value.toFloat()), 'g', 7);
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::QByteArray:
        return cut(QString::fromLatin1(value.toByteArray().toHex(' ')));
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
        return cut(QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)));
    default:
        break;
    }
    if (datatype == quint32(SparkplugDataType::DateTime) && value.canConvert<qulonglong>())
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toUTC().toString(Qt::ISODateWithMs);
    return cut(value.toString());
}

} // namespace

struct SparkplugHostModel::Item
{
    Kind kind = Kind::Group;
    QString name;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;
    QHash<QString, Item *> byName; // children by name
    QHash<quint64, Item *> byUnknownAlias; // metrics sent with an alias no birth defined

    // metrics
    quint32 datatype = 0;
    QVariant value; // invalid: null
    std::optional<quint64> alias;
    bool unknownAlias = false;
    std::optional<qint64> quality;

    qint64 timeMs = 0; // a metric's timestamp; a node's, device's or host's last message
    Status status = Status::None;
    QString issue;
    bool noBirthFlagged = false;

    // edge nodes
    std::optional<quint64> bdSeq;
    std::optional<int> nextSeq;
    struct Alias
    {
        const Item *owner = nullptr; // the node or device whose birth defined it
        QString name;
    };
    QHash<quint64, Alias> aliases; // from the NBIRTH and the DBIRTHs since

    quint64 changedEpoch = 0;

    const Item *ancestor(Kind k) const
    {
        const Item *i = this;
        while (i && i->kind != k)
            i = i->parent;
        return i;
    }
    QString nameOf(Kind k) const
    {
        const Item *i = ancestor(k);
        return i ? i->name : QString();
    }
};

SparkplugHostModel::SparkplugHostModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{
    qRegisterMetaType<SparkplugSample>();
}

SparkplugHostModel::~SparkplugHostModel() = default;

void SparkplugHostModel::addMessages(const QList<Message> &messages)
{
    bool any = false;
    for (const Message &m : messages) {
        if (!m.topic.startsWith(Namespace))
            continue;
        const std::optional<SparkplugTopic> topic = SparkplugTopic::parse(m.topic);
        if (!topic)
            continue;
        if (topic->type == SparkplugTopic::Type::NCmd || topic->type == SparkplugTopic::Type::DCmd)
            continue;
        any = true;
        if (topic->type == SparkplugTopic::Type::State) {
            addHostState(topic->hostId, m.payload, m.receivedAtMs);
            continue;
        }
        QString error;
        const std::optional<SparkplugPayload> payload = decodeSparkplugPayload(m.payload, &error);
        apply(*topic, payload, error, m.receivedAtMs);
    }
    if (any)
        announce();
}

void SparkplugHostModel::addPayload(const SparkplugTopic &topic, const std::optional<SparkplugPayload> &payload,
                                    const QString &decodeError, qint64 receivedAtMs)
{
    apply(topic, payload, decodeError, receivedAtMs);
    announce();
}

void SparkplugHostModel::addHostState(const QString &hostId, const QByteArray &payload, qint64 receivedAtMs)
{
    if (!m_hosts) {
        const int row = int(m_root->children.size());
        beginInsertRows({}, row, row);
        auto hosts = std::make_unique<Item>();
        hosts->kind = Kind::Hosts;
        hosts->parent = m_root.get();
        hosts->row = row;
        m_hosts = hosts.get();
        m_root->children.push_back(std::move(hosts));
        endInsertRows();
    }
    bool created = false;
    Item *host = child(m_hosts, Kind::Host, hostId, &created);
    if (created)
        host->status = Status::NoBirth;
    host->timeMs = receivedAtMs;
    markChanged(host);

    // Sparkplug 3.0 §7.4: {"online": true, "timestamp": 1668114759262}; 2.x: ONLINE or OFFLINE.
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    const QJsonValue online = doc.object().value(QStringLiteral("online"));
    if (online.isBool()) {
        const qint64 timestamp = doc.object().value(QStringLiteral("timestamp")).toInteger();
        if (timestamp > 0)
            host->timeMs = timestamp;
        host->issue.clear();
        setStatus(host, online.toBool() ? Status::Online : Status::Offline);
    } else if (payload.trimmed() == "ONLINE" || payload.trimmed() == "OFFLINE") {
        host->issue.clear();
        setStatus(host, payload.trimmed() == "ONLINE" ? Status::Online : Status::Offline);
    } else {
        flag(host,
             tr("The STATE payload is neither Sparkplug 3.0 JSON ({\"online\": …, \"timestamp\": …}) nor ONLINE or "
                "OFFLINE."),
             receivedAtMs);
    }
    announce();
}

void SparkplugHostModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_hosts = nullptr;
    m_issues.clear();
    m_changed.clear();
    m_samples.clear();
    endResetModel();
}

void SparkplugHostModel::apply(const SparkplugTopic &topic, const std::optional<SparkplugPayload> &payload,
                               const QString &decodeError, qint64 receivedAtMs)
{
    using Type = SparkplugTopic::Type;
    if (topic.type == Type::NCmd || topic.type == Type::DCmd || topic.type == Type::State || topic.group.isEmpty()
        || topic.edgeNode.isEmpty())
        return;
    const bool deviceMessage = topic.type == Type::DBirth || topic.type == Type::DDeath || topic.type == Type::DData;
    if (deviceMessage && topic.device.isEmpty())
        return;
    bool created = false;
    Item *group = child(m_root.get(), Kind::Group, topic.group);
    Item *node = child(group, Kind::EdgeNode, topic.edgeNode, &created);
    if (created)
        node->status = Status::NoBirth;
    Item *device = nullptr;
    if (deviceMessage) {
        device = child(node, Kind::Device, topic.device, &created);
        if (created)
            device->status = Status::NoBirth;
    }
    Item *target = device ? device : node;
    const QString type = SparkplugTopic::typeName(topic.type);
    target->timeMs = payload && payload->timestamp ? qint64(*payload->timestamp) : receivedAtMs;
    markChanged(target);

    if (!payload) {
        flag(target,
             tr("%1 is not a Sparkplug B payload: %2")
                 .arg(type, decodeError.isEmpty() ? tr("it could not be decoded.") : decodeError),
             receivedAtMs);
        return;
    }

    switch (topic.type) {
    case Type::NBirth: {
        node->issue.clear();
        node->noBirthFlagged = false;
        node->aliases.clear();
        node->bdSeq.reset();
        for (const SparkplugMetric &m : payload->metrics)
            if (m.name == BdSeq && m.value.canConvert<qulonglong>())
                node->bdSeq = m.value.toULongLong();
        node->nextSeq.reset();
        if (payload->seq)
            node->nextSeq = int((*payload->seq + 1) % 256);
        setStatus(node, Status::Online);
        // The devices are born again by their DBIRTHs, which follow.
        for (const auto &c : node->children)
            if (c->kind == Kind::Device && c->status == Status::Online)
                setStatus(c.get(), Status::Offline);
        if (!node->bdSeq)
            flag(node, tr("NBIRTH has no bdSeq metric: its NDEATH cannot be told from an older one."), receivedAtMs);
        if (!payload->seq)
            flag(node, tr("NBIRTH has no sequence number."), receivedAtMs);
        applyMetrics(node, node, *payload, true, receivedAtMs);
        break;
    }
    case Type::NDeath: {
        std::optional<quint64> bdSeq;
        for (const SparkplugMetric &m : payload->metrics)
            if (m.name == BdSeq && m.value.canConvert<qulonglong>())
                bdSeq = m.value.toULongLong();
        if (node->status == Status::Online) {
            if (node->bdSeq && bdSeq && *bdSeq != *node->bdSeq) {
                flag(node,
                     tr("Stale NDEATH ignored: its bdSeq is %1, the current NBIRTH's is %2.").arg(*bdSeq).arg(*node->bdSeq),
                     receivedAtMs);
                break;
            }
            if (!bdSeq)
                flag(node, tr("NDEATH has no bdSeq metric: it may belong to an older session."), receivedAtMs);
        }
        setStatus(node, Status::Offline);
        for (const auto &c : node->children)
            if (c->kind == Kind::Device && c->status == Status::Online)
                setStatus(c.get(), Status::Offline);
        break;
    }
    case Type::DBirth:
        checkSeq(node, topic, *payload, receivedAtMs);
        device->issue.clear();
        device->noBirthFlagged = false;
        setStatus(device, Status::Online);
        applyMetrics(node, device, *payload, true, receivedAtMs);
        break;
    case Type::DDeath:
        checkSeq(node, topic, *payload, receivedAtMs);
        setStatus(device, Status::Offline);
        break;
    case Type::NData:
        checkSeq(node, topic, *payload, receivedAtMs);
        applyMetrics(node, node, *payload, false, receivedAtMs);
        break;
    case Type::DData:
        checkSeq(node, topic, *payload, receivedAtMs);
        if (device->status != Status::Online && !device->noBirthFlagged) {
            device->noBirthFlagged = true;
            flag(device, tr("DDATA from a device without a birth certificate (no DBIRTH since it connected or died)."),
                 receivedAtMs);
        }
        applyMetrics(node, device, *payload, false, receivedAtMs);
        break;
    case Type::NCmd:
    case Type::DCmd:
    case Type::State:
        break;
    }
}

// Sparkplug 3.0 §7.1: every message of an edge node after its NBIRTH carries the
// previous seq + 1, modulo 256.
bool SparkplugHostModel::checkSeq(Item *edgeNode, const SparkplugTopic &topic, const SparkplugPayload &payload,
                                  qint64 timeMs)
{
    const QString type = SparkplugTopic::typeName(topic.type);
    if (edgeNode->status != Status::Online) {
        if (!edgeNode->noBirthFlagged) {
            edgeNode->noBirthFlagged = true;
            flag(edgeNode,
                 tr("%1 from an edge node without a birth certificate (no NBIRTH since it connected or died).").arg(type),
                 timeMs);
        }
        return false;
    }
    if (!payload.seq) {
        flag(edgeNode, tr("%1 has no sequence number.").arg(type), timeMs);
        return false;
    }
    const quint64 received = *payload.seq;
    if (edgeNode->nextSeq && received != quint64(*edgeNode->nextSeq)) {
        const QString what = topic.device.isEmpty() ? type : type + QLatin1Char(' ') + topic.device;
        flag(edgeNode,
             tr("Sequence gap: expected %1, received %2 (%3).").arg(*edgeNode->nextSeq).arg(received).arg(what), timeMs);
    }
    edgeNode->nextSeq = int((received + 1) % 256);
    return true;
}

void SparkplugHostModel::applyMetrics(Item *edgeNode, Item *owner, const SparkplugPayload &payload, bool birth,
                                      qint64 receivedAtMs)
{
    const bool wantSamples = isSignalConnected(QMetaMethod::fromSignal(&SparkplugHostModel::samplesAdded));
    if (birth) // the owner's aliases are the new birth's only
        edgeNode->aliases.removeIf([owner](const auto &a) { return a.value().owner == owner; });
    std::vector<std::unique_ptr<Item>> added;
    std::vector<Item *> items;
    items.reserve(size_t(payload.metrics.size()));
    for (const SparkplugMetric &m : payload.metrics) {
        QString name = m.name;
        if (birth && !name.isEmpty() && m.alias)
            edgeNode->aliases.insert(*m.alias, {owner, name});
        if (name.isEmpty() && m.alias)
            name = edgeNode->aliases.value(*m.alias).name;
        Item *item = nullptr;
        if (!name.isEmpty())
            item = owner->byName.value(name);
        else if (m.alias)
            item = owner->byUnknownAlias.value(*m.alias);
        else {
            items.push_back(nullptr);
            flag(owner, tr("A metric has neither a name nor an alias."), receivedAtMs);
            continue;
        }
        if (!item) {
            auto made = std::make_unique<Item>();
            made->kind = Kind::Metric;
            made->parent = owner;
            made->row = int(owner->children.size() + added.size());
            made->name = name;
            if (name.isEmpty()) {
                made->unknownAlias = true;
                owner->byUnknownAlias.insert(*m.alias, made.get());
            } else {
                owner->byName.insert(name, made.get());
            }
            item = made.get();
            added.push_back(std::move(made));
        }
        items.push_back(item);
    }
    if (!added.empty()) {
        const int first = int(owner->children.size());
        beginInsertRows(indexFor(owner), first, first + int(added.size()) - 1);
        for (auto &a : added)
            owner->children.push_back(std::move(a));
        endInsertRows();
    }
    if (birth)
        removeMetricsLeftOut(owner, items);

    for (qsizetype i = 0; i < payload.metrics.size(); ++i) {
        Item *item = items.at(size_t(i));
        if (!item)
            continue;
        const SparkplugMetric &m = payload.metrics.at(i);
        if (m.alias || birth) // a birth's metric without an alias has none any more
            item->alias = m.alias;
        if (m.datatype != 0)
            item->datatype = m.datatype;
        item->value = m.isNull ? QVariant() : m.value;
        item->timeMs = m.timestamp         ? qint64(*m.timestamp)
                       : payload.timestamp ? qint64(*payload.timestamp)
                                           : receivedAtMs;
        const auto q = m.properties.constFind(Quality);
        if (q != m.properties.cend())
            item->quality = q->toLongLong();
        markChanged(item);
        if (!m.warning.isEmpty() && item->issue != m.warning)
            flag(item, m.warning, receivedAtMs); // the value does not fit its datatype
        if (item->unknownAlias && item->issue.isEmpty()) {
            item->issue = tr("Alias %1 is in no birth certificate of this edge node.").arg(*m.alias);
            flag(owner, item->issue, receivedAtMs);
        }
        if (wantSamples && !item->unknownAlias)
            if (const std::optional<double> v = numeric(item->value))
                m_samples.append({edgeNode->parent->name, edgeNode->name, owner == edgeNode ? QString() : owner->name,
                                  item->name, item->timeMs, *v});
    }
}

// A birth certificate lists every metric its node or device will report: the
// rows of those it leaves out go, unknown aliases' rows among them. A node's devices
// stay; their own DBIRTHs follow the NBIRTH.
void SparkplugHostModel::removeMetricsLeftOut(Item *owner, const std::vector<Item *> &kept)
{
    const QSet<const Item *> keep(kept.cbegin(), kept.cend());
    auto &children = owner->children;
    const auto leftOut = [&](int row) {
        const Item *c = children[size_t(row)].get();
        return c->kind == Kind::Metric && !keep.contains(c);
    };
    const QModelIndex parent = indexFor(owner);
    // Runs of rows from the last, so the rows before a run keep their numbers.
    for (int last = int(children.size()) - 1; last >= 0; --last) {
        if (!leftOut(last))
            continue;
        int first = last;
        while (first > 0 && leftOut(first - 1))
            --first;
        beginRemoveRows(parent, first, last);
        for (int row = first; row <= last; ++row) {
            Item *gone = children[size_t(row)].get();
            if (gone->unknownAlias) {
                if (gone->alias && owner->byUnknownAlias.value(*gone->alias) == gone)
                    owner->byUnknownAlias.remove(*gone->alias);
            } else if (owner->byName.value(gone->name) == gone) {
                owner->byName.remove(gone->name);
            }
            if (gone->changedEpoch == m_epoch) // changed earlier in this batch: nothing to announce
                std::erase(m_changed, gone);
        }
        children.erase(children.begin() + first, children.begin() + last + 1);
        for (size_t row = size_t(first); row < children.size(); ++row)
            children[row]->row = int(row);
        endRemoveRows();
        last = first;
    }
}

void SparkplugHostModel::setStatus(Item *item, Status status)
{
    if (item->status == status)
        return;
    item->status = status;
    markChanged(item);
    if (item->parent && (item->parent->kind == Kind::Group || item->parent->kind == Kind::Hosts))
        markChanged(item->parent); // its count of those online
}

void SparkplugHostModel::flag(Item *item, const QString &message, qint64 timeMs)
{
    item->issue = message;
    markChanged(item);
    Issue issue;
    issue.timeMs = timeMs;
    if (item->kind == Kind::Host) {
        issue.edgeNode = item->name;
    } else {
        issue.group = item->nameOf(Kind::Group);
        issue.edgeNode = item->nameOf(Kind::EdgeNode);
        issue.device = item->nameOf(Kind::Device);
    }
    issue.message = message;
    m_issues.push_front(issue);
    if (qsizetype(m_issues.size()) > MaxIssues)
        m_issues.pop_back();
    emit issueFound(issue.group, issue.edgeNode,
                    issue.device.isEmpty() ? message : issue.device + QStringLiteral(": ") + message);
}

void SparkplugHostModel::markChanged(Item *item)
{
    if (item->changedEpoch == m_epoch)
        return;
    item->changedEpoch = m_epoch;
    m_changed.push_back(item);
}

// One dataChanged() per parent, spanning the rows that changed.
void SparkplugHostModel::announce()
{
    if (!m_changed.empty()) {
        std::sort(m_changed.begin(), m_changed.end(), [](const Item *a, const Item *b) {
            return a->parent != b->parent ? std::less<const Item *>()(a->parent, b->parent) : a->row < b->row;
        });
        for (size_t i = 0; i < m_changed.size();) {
            size_t j = i;
            while (j + 1 < m_changed.size() && m_changed[j + 1]->parent == m_changed[i]->parent)
                ++j;
            emit dataChanged(indexFor(m_changed[i], 0), indexFor(m_changed[j], ColumnCount - 1));
            i = j + 1;
        }
        m_changed.clear();
        ++m_epoch;
    }
    if (!m_samples.isEmpty()) {
        const QList<SparkplugSample> samples = std::exchange(m_samples, {});
        emit samplesAdded(samples);
    }
}

SparkplugHostModel::Item *SparkplugHostModel::child(Item *parent, Kind kind, const QString &name, bool *created)
{
    if (created)
        *created = false;
    if (Item *found = parent->byName.value(name))
        return found;
    const int row = int(parent->children.size());
    beginInsertRows(indexFor(parent), row, row);
    auto item = std::make_unique<Item>();
    item->kind = kind;
    item->name = name;
    item->parent = parent;
    item->row = row;
    Item *raw = item.get();
    parent->byName.insert(name, raw);
    parent->children.push_back(std::move(item));
    endInsertRows();
    if (created)
        *created = true;
    return raw;
}

std::optional<OutgoingMessage> SparkplugHostModel::rebirthRequest(const QModelIndex &index) const
{
    const Item *item = itemFor(index);
    const Item *node = item ? item->ancestor(Kind::EdgeNode) : nullptr;
    if (!node || !node->parent)
        return std::nullopt;
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    SparkplugMetric rebirth;
    rebirth.name = QStringLiteral("Node Control/Rebirth");
    rebirth.datatype = quint32(SparkplugDataType::Boolean);
    rebirth.timestamp = now;
    rebirth.value = true;
    SparkplugPayload payload;
    payload.timestamp = now;
    payload.metrics.append(rebirth);
    OutgoingMessage message;
    message.topic = Namespace + node->parent->name + QStringLiteral("/NCMD/") + node->name;
    message.payload = encodeSparkplug(payload);
    message.qos = 0; // §6.4.16: NCMD is published with QoS 0, not retained
    message.retain = false;
    return message;
}

QModelIndex SparkplugHostModel::findIndex(const QString &group, const QString &edgeNode, const QString &device,
                                          const QString &metric) const
{
    const Item *item = m_root->byName.value(group);
    for (const QString &name : {edgeNode, device, metric}) {
        if (!item || name.isEmpty())
            break;
        item = item->byName.value(name);
    }
    return item ? indexFor(item) : QModelIndex();
}

QModelIndex SparkplugHostModel::hostIndex(const QString &hostId) const
{
    const Item *host = m_hosts ? m_hosts->byName.value(hostId) : nullptr;
    return host ? indexFor(host) : QModelIndex();
}

SparkplugHostModel::Item *SparkplugHostModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Item *>(index.internalPointer());
}

QModelIndex SparkplugHostModel::indexFor(const Item *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, column, const_cast<Item *>(item));
}

QModelIndex SparkplugHostModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Item *p = parent.isValid() ? itemFor(parent) : m_root.get();
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SparkplugHostModel::parent(const QModelIndex &child) const
{
    const Item *item = itemFor(child);
    return item ? indexFor(item->parent) : QModelIndex();
}

int SparkplugHostModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Item *p = parent.isValid() ? itemFor(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int SparkplugHostModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SparkplugHostModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SparkplugHostModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemFor(index);
    if (!item)
        return {};
    const bool metric = item->kind == Kind::Metric;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    case KindRole:
        return int(item->kind);
    case StatusRole:
        return int(item->status);
    case IssueRole:
        return item->issue;
    case ValueRole:
        return metric ? item->value : QVariant();
    case NumericValueRole: {
        const std::optional<double> v = metric ? numeric(item->value) : std::nullopt;
        return v ? QVariant(*v) : QVariant();
    }
    case QualityRole:
        return metric && item->quality ? QVariant(*item->quality) : QVariant();
    case GroupRole:
        return item->nameOf(Kind::Group);
    case EdgeNodeRole:
        return item->nameOf(Kind::EdgeNode);
    case DeviceRole:
        return item->nameOf(Kind::Device);
    case MetricNameRole:
        return metric ? item->name : QString();
    case AliasRole:
        return metric && item->alias ? QVariant(qulonglong(*item->alias)) : QVariant();
    case HostIdRole:
        return item->kind == Kind::Host ? item->name : QString();
    case DatatypeRole:
        return metric ? uint(item->datatype) : 0u;
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn && metric && numeric(item->value)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }

    if (role == Qt::ToolTipRole) {
        if (!item->issue.isEmpty())
            return item->issue;
        if (metric && item->alias)
            return tr("alias %1").arg(*item->alias);
        return {};
    }

    switch (index.column()) {
    case NameColumn:
        if (item->kind == Kind::Hosts)
            return tr("Primary hosts");
        if (item->unknownAlias && item->alias)
            return tr("alias %1 (unknown)").arg(*item->alias);
        return item->name;
    case DatatypeColumn:
        return metric && item->datatype != 0 ? sparkplugDataTypeName(item->datatype) : QString();
    case ValueColumn:
        return metric ? valueText(item->value, item->datatype) : QString();
    case TimestampColumn:
        return timeText(item->timeMs);
    case QualityColumn:
        if (!metric || !item->quality)
            return {};
        // Sparkplug 3.0 §6.4.6 (the Quality property): 0 bad, 192 good, 500 stale.
        switch (*item->quality) {
        case 0:
            return tr("bad");
        case 192:
            return tr("good");
        case 500:
            return tr("stale");
        default:
            return QString::number(*item->quality);
        }
    case StateColumn:
        switch (item->kind) {
        case Kind::Group:
        case Kind::Hosts: {
            int online = 0;
            for (const auto &c : item->children)
                online += c->status == Status::Online ? 1 : 0;
            return tr("%1 of %2 online").arg(online).arg(item->children.size());
        }
        case Kind::Metric:
            return {};
        default:
            switch (item->status) {
            case Status::Online:
                return tr("online");
            case Status::Offline:
                return tr("offline");
            case Status::NoBirth:
                return item->kind == Kind::Host ? tr("unknown") : tr("no birth seen");
            case Status::None:
                return {};
            }
        }
        return {};
    case IssueColumn:
        return item->issue;
    default:
        return {};
    }
}

QVariant SparkplugHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DatatypeColumn:
        return tr("Datatype");
    case ValueColumn:
        return tr("Value");
    case TimestampColumn:
        return tr("Timestamp");
    case QualityColumn:
        return tr("Quality");
    case StateColumn:
        return tr("State");
    case IssueColumn:
        return tr("Issue");
    default:
        return {};
    }
}

} // namespace Signalbox
