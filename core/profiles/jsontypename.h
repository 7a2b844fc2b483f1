#pragma once

#include <QJsonValue>
#include <QString>

namespace Signalbox {

// What a JSON value is, in words for an error sentence: "a number", "an
// array", "null", "missing" (translated in ProfileStore's context, where the
// readers of profile files and of MQTTX's export use it).
QString jsonTypeName(const QJsonValue &value);

} // namespace Signalbox
