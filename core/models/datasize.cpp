#include "datasize.h"

#include <QLocale>

namespace Signalbox {

QString formatDataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes > -1024 && bytes < 1024)
        return locale.toString(bytes) + QStringLiteral(" B"); // QLocale would say "bytes"
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Signalbox
