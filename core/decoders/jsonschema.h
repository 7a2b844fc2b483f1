#pragma once
// TEMPORARY: the agreed API, replaced by the jsonschema branch.
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <memory>
namespace Signalbox {
struct SchemaViolation
{
    QString path;
    QString message;
    friend bool operator==(const SchemaViolation &, const SchemaViolation &) = default;
};
class JsonSchema
{
public:
    static std::shared_ptr<const JsonSchema> load(const QString &file, QString *error);
    static std::shared_ptr<const JsonSchema> parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                   QString *error);
    QString draft() const;
    QList<SchemaViolation> validate(QByteArrayView payload, int maxViolations = 100) const;
};
} // namespace Signalbox
