#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

// Checking JSON payloads against the user's JSON Schema files (json-schema.org),
// with valijson 1.0. Drafts 4, 6 and 7 are checked against the official
// JSON-Schema-Test-Suite (tests/core/tst_jsonschema.cpp lists what fails and why:
// references below a changed base URI, id/$id, and the meta-schemas on the
// network); draft 3 schemas load but are not claimed.
namespace Signalbox {

// One thing in a payload that its schema does not allow.
struct SchemaViolation
{
    // Where in the payload, as JsonPath::parse() (payload/numericvalue.h) reads it:
    // "$" for the payload itself, else steps from the root without "$": "temp",
    // "a.b[2]", "readings[2].value"; a key that a dot or bracket would split, or
    // with spaces or quotes, is quoted: "['a.b']", "x['two words']".
    QString path;
    QString message; // one sentence: what was expected
    friend bool operator==(const SchemaViolation &, const SchemaViolation &) = default;
};

// A parsed schema. Immutable once made, so one object serves every thread.
class JsonSchema
{
public:
    // Where references to absolute URIs are read from instead of the network:
    // {"http://localhost:1234/", "/usr/share/json-schema-test-suite/remotes"} reads
    // "http://localhost:1234/a/b.json" from the folder's a/b.json. Signalbox
    // never fetches a schema over the network; a reference that no prefix
    // covers fails to load with a sentence that says so.
    using LocalCopies = QList<QPair<QString, QString>>;

    // A schema file; $ref to other files resolved relative to its folder (local
    // files only, never the network). nullptr and *error (may be null) on failure:
    // a sentence with line and column when a file is not JSON, or what is wrong
    // (an unknown draft, a reference that loops or cannot be read, a keyword
    // with a value of the wrong kind).
    static std::shared_ptr<const JsonSchema> load(const QString &file, QString *error);
    static std::shared_ptr<const JsonSchema> parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                   QString *error);
    static std::shared_ptr<const JsonSchema> parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                   const LocalCopies &localCopies, QString *error);
    ~JsonSchema();

    // "draft-03", "draft-04", "draft-06" or "draft-07" from $schema; "draft-07"
    // when the schema has no $schema. Draft 6 is read with valijson's draft 7
    // rules (draft 7 only adds if/then/else to it).
    QString draft() const { return m_draft; }

    // Thread-safe. Every violation (not just the first), at most maxViolations, in
    // the order valijson checks: an object's members by name (Unicode order)
    // before what the object itself lacks. A payload that is not JSON (or nests deeper
    // than MaxJsonDepth) is one violation at "$" saying so with line and column.
    // A payload the schema cannot be checked against safely (a check that would
    // recurse deeper than the thread's stack allows, a property name too long for
    // patternProperties, an array too long for uniqueItems) is one violation saying
    // why; never a crash or a hang. "pattern" is matched with QRegularExpression
    // (PCRE2): text past its match limits counts as not matching. "format" checks
    // RFC 3339 "date", "time" and "date-time" strings; other formats pass.
    QList<SchemaViolation> validate(QByteArrayView payload, int maxViolations = 100) const;

    // Property names longer than this many characters are not matched against
    // "patternProperties" (valijson's std::regex recurses once per character).
    static constexpr int MaxRegexText = 1000;
    // Arrays longer than this are not checked for uniqueItems (it compares every pair).
    static constexpr int MaxUniqueItems = 5000;

private:
    JsonSchema();
    static std::shared_ptr<const JsonSchema> parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                   const LocalCopies &localCopies, const QString &fileName,
                                                   QString *error);
    // valijson's Schema, apart: valijson's headers are the library's private include.
    struct Private;
    std::unique_ptr<Private> m_d;
    QString m_draft;
};

} // namespace Signalbox
