#include "profiles/jsontypename.h"

#include <QCoreApplication>

namespace Signalbox {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ProfileStore)
};
} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

} // namespace Signalbox
