#include "client/authenticator.h"

#include "client/scramauthenticator.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace Signalbox::Authenticators {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, Factory> factories;

    Registry()
    {
        for (const QString &method : builtInMethods())
            factories.insert(method, &ScramAuthenticator::fromProfile);
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QStringList builtInMethods()
{
    return {ScramAuthenticator::methodName(QCryptographicHash::Sha1),
            ScramAuthenticator::methodName(QCryptographicHash::Sha256)};
}

void registerMethod(const QString &method, const Factory &factory)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (factory)
        r.factories.insert(method, factory);
    else
        r.factories.remove(method);
}

std::unique_ptr<Authenticator> create(const ConnectionProfile &profile)
{
    if (profile.authenticationMethod.isEmpty())
        return nullptr;
    Factory factory;
    {
        Registry &r = registry();
        const QMutexLocker lock(&r.mutex);
        factory = r.factories.value(profile.authenticationMethod);
    }
    return factory ? factory(profile) : nullptr;
}

bool isRegistered(const QString &method)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.factories.contains(method);
}

QStringList methods()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    QStringList names = r.factories.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace Signalbox::Authenticators
