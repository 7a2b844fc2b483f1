#pragma once
// TEMPORARY: the agreed API, replaced by the schemas branch.
#include "decoders/decodedpayload.h"
#include <QByteArrayView>
#include <memory>
#include <optional>
namespace Signalbox {
class AvroSchema
{
public:
    static std::shared_ptr<const AvroSchema> load(const QString &schemaFile, QString *error);
    static std::shared_ptr<const AvroSchema> parse(QByteArrayView schemaJson, QString *error);
    QString name() const;
    DecodedPayload decode(QByteArrayView payload) const;
    std::optional<QByteArray> encodeJson(QByteArrayView json, QString *error) const;
};
} // namespace Signalbox
