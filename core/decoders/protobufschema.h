#pragma once
// TEMPORARY: the agreed API, replaced by the schemas branch.
#include "decoders/decodedpayload.h"
#include <QByteArrayView>
#include <QStringList>
#include <memory>
#include <optional>
namespace Signalbox {
class ProtobufSchema
{
public:
    static std::shared_ptr<const ProtobufSchema> load(const QStringList &protoFiles, const QStringList &importPaths,
                                                      QString *error);
    QStringList messageTypes() const;
    bool hasMessageType(const QString &fullName) const;
    DecodedPayload decode(const QString &messageType, QByteArrayView payload) const;
    std::optional<QByteArray> encodeJson(const QString &messageType, QByteArrayView json, QString *error) const;
};
class AvroSchema;
} // namespace Signalbox
