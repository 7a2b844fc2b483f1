// libFuzzer target for JsonSchema (decoders/jsonschema.h).
//
// Input: a schema and a payload, split at the first NUL byte (no NUL: the whole
// input is the schema, and also the payload). References resolve nowhere (no
// base folder, no local copies), so only the input's own pointers are followed.
// The payload is also checked against a few fixed schemas that recurse, match
// patterns and compare items.
//
// Checked, aborting on a mismatch:
// - parse() gives a schema or a sentence, never both or neither;
// - validate() keeps to maxViolations, gives each violation a message and a path
//   that JsonPath::parse() reads; a payload that parseJson() refuses is exactly one
//   violation at "$";
// - validating twice gives the same violations (nothing is kept between calls).
#include "decoders/jsonschema.h"
#include "payload/json.h"
#include "payload/numericvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "fuzz_jsonschema: %s\n", what);
    std::abort();
}

void checkValidate(const JsonSchema &schema, QByteArrayView payload)
{
    for (const int max : {1, 100}) {
        const QList<SchemaViolation> violations = schema.validate(payload, max);
        if (violations.size() > max)
            mismatch("more violations than maxViolations");
        for (const SchemaViolation &violation : violations) {
            if (violation.message.isEmpty())
                mismatch("a violation without a message");
            QString error;
            if (!JsonPath::parse(violation.path, &error)) {
                std::fprintf(stderr, "fuzz_jsonschema: path %s: %s\n", qPrintable(violation.path), qPrintable(error));
                mismatch("a violation path that JsonPath::parse() refuses");
            }
        }
        if (!parseJson(payload, nullptr) && (violations.size() != 1 || violations.first().path != QLatin1String("$")))
            mismatch("a payload that is not JSON is not one violation at $");
        if (max == 100 && schema.validate(payload, max) != violations)
            mismatch("validating twice gives other violations");
    }
}

const QList<std::shared_ptr<const JsonSchema>> &fixedSchemas()
{
    static const QList<std::shared_ptr<const JsonSchema>> schemas = [] {
        const char *const texts[] = {
            R"({"type":["object","array"],"additionalProperties":{"$ref":"#"},"items":{"$ref":"#"}})",
            R"({"patternProperties":{"^[a-z]+$":{"type":"number"}},"items":{"pattern":"^(a|b)*$"}})",
            R"({"anyOf":[{"type":"string","format":"date-time"},{"type":"array","uniqueItems":true,"items":{"$ref":"#"}}]})",
            R"({"$schema":"http://json-schema.org/draft-04/schema#","properties":{"a":{"maximum":3,"exclusiveMaximum":true},"b":{"multipleOf":0.1}},"required":["a"],"dependencies":{"b":["a"]}})",
        };
        QList<std::shared_ptr<const JsonSchema>> result;
        for (const char *text : texts) {
            QString error;
            auto schema = JsonSchema::parse(QByteArrayView(text, qstrlen(text)), QString(), &error);
            if (!schema) {
                std::fprintf(stderr, "fuzz_jsonschema: %s\n", qPrintable(error));
                mismatch("a fixed schema does not load");
            }
            result.append(schema);
        }
        return result;
    }();
    return schemas;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArrayView schemaText = split < 0 ? input : input.first(split);
    const QByteArrayView payload = split < 0 ? input : input.sliced(split + 1);

    QString error;
    const auto schema = JsonSchema::parse(schemaText, QString(), &error);
    if (bool(schema) == !error.isEmpty())
        mismatch("parse() returned a schema and a sentence, or neither");
    if (schema) {
        (void)schema->draft();
        checkValidate(*schema, payload);
    }
    for (const auto &fixed : fixedSchemas())
        checkValidate(*fixed, payload);
    return 0;
}
