#include "profiles/applicationid.h"

#include <QCoreApplication>

#ifndef SIGNALBOX_VERSION
#define SIGNALBOX_VERSION "0.0.0"
#endif

namespace Signalbox {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(OrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(OrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1String(ApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(SIGNALBOX_VERSION));
}

} // namespace Signalbox
