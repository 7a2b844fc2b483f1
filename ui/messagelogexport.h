#pragma once

#include "messagelogview.h"

#include <QByteArray>

class QIODevice;

namespace Signalbox {

struct LogEntry;

// True when the bytes are valid UTF-8 (exported as text, otherwise as Base64).
bool isUtf8(const QByteArray &bytes);

// Writes log rows to a device in one of the export formats (JSON Lines, CSV
// after RFC 4180, a JSON array), buffered; false once a write failed.
class ExportWriter
{
public:
    ExportWriter(QIODevice *device, MessageLogView::ExportFormat format) : m_device(device), m_format(format) { }

    bool begin();
    bool write(const LogEntry &e);
    bool end();

private:
    bool drain();

    QIODevice *m_device;
    MessageLogView::ExportFormat m_format;
    QByteArray m_buffer;
    bool m_first = true;
};

} // namespace Signalbox
