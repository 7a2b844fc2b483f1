#pragma once

#include <QString>

namespace Signalbox {

// One way to write a number of bytes in every view: "512 B", "1.5 KiB",
// "23 MiB" (powers of 1024, IEC names, the current locale's digits). Views
// that list sizes side by side read alike, and a column stays narrow.
QString formatDataSize(qint64 bytes);

} // namespace Signalbox
