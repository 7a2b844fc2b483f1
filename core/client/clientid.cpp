#include "client/clientid.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace Signalbox {

namespace {

constexpr int MinimumRandomCharacters = 6;

QString randomWithPrefix(const QString &prefix)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    const int count = std::max(MinimumRandomCharacters, int(MaxV31ClientIdCharacters - prefix.size()));
    QString id = prefix;
    id.reserve(prefix.size() + count);
    for (int i = 0; i < count; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(alphabetSize)]));
    return id;
}

QString firstHardwareAddress()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack) || !flags.testFlag(QNetworkInterface::IsUp))
            continue;
        QString address = interface.hardwareAddress();
        address.remove(QLatin1Char(':'));
        address.remove(QLatin1Char('-'));
        if (address.size() != 12 || address == QLatin1String("000000000000"))
            continue;
        return address.toLower();
    }
    return {};
}

} // namespace

QString generateClientId(ClientIdStyle style, const QString &prefix)
{
    switch (style) {
    case ClientIdStyle::Uuid:
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    case ClientIdStyle::MacAddress: {
        const QString address = firstHardwareAddress();
        if (!address.isEmpty())
            return prefix + address;
        break;
    }
    case ClientIdStyle::RandomWithPrefix:
        break;
    }
    return randomWithPrefix(prefix);
}

} // namespace Signalbox
