#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A number out of a payload, for plotting: the payload itself, or one field of a
// JSON payload addressed by a path. Safe on any bytes: what is not a number gives
// nullopt, never an exception or a crash.
namespace Signalbox {

// A parsed JSON path: "temp", "a.b.c", "a[0].b", "values[2]", "$.a.b", "$" (the
// root), "['key.with.dots']" / ["key"] for keys a dot would split. An empty path
// addresses the root as well.
struct JsonPath
{
    struct Step
    {
        QByteArray key; // UTF-8; used when index < 0
        qsizetype index = -1;
        friend bool operator==(const Step &, const Step &) = default;
    };
    QList<Step> steps;

    // nullopt and *error (may be null) set to one sentence when the path is malformed.
    static std::optional<JsonPath> parse(QStringView path, QString *error = nullptr);
    friend bool operator==(const JsonPath &, const JsonPath &) = default;
};

bool isValidJsonPath(QStringView path, QString *error = nullptr);
// The path of one key of a JSON object: the key itself where JsonPath::parse() reads
// it back as it is ("Temperature", "Motor/RPM"), else quoted ("['Line.Speed']",
// "['Node Control/Rebirth']") — for a name such as a Sparkplug B metric's.
QString jsonPathForKey(const QString &key);

// With an empty path: the trimmed payload as a number ("21.5", "-3e2", "42"), true/false
// as 1/0, or a JSON number or numeric string scalar. With a path: the addressed value
// of a JSON payload, which must be a number, a numeric string ("21.5") or a bool. Only
// finite values count. nullopt when the path is malformed, the payload is not valid
// JSON (where JSON is needed), the value is missing or is anything else.
std::optional<double> numericValue(QByteArrayView payload, QStringView jsonPath = {});
// The same with a path parsed once (for many payloads).
std::optional<double> numericValue(QByteArrayView payload, const JsonPath &path);

// A number in a payload and the path that numericValue() reads it with.
struct NumericField
{
    QString path; // "" for a payload that is itself a number
    double value = 0;
    friend bool operator==(const NumericField &, const NumericField &) = default;
};

// Every number in a payload, in document order: the payload itself when it is a number
// (one field with an empty path), else each number and numeric string of a JSON
// object or array, with a path that JsonPath::parse() reads back ("temp", "a.b",
// "values[1]", "['key.with.dots']"). Of each array only the first MaxArrayFields
// elements count, and at most MaxNumericFields fields are returned. Booleans are left
// out (they are numbers to numericValue(), but not what one means to plot). Nothing
// for anything else, invalid JSON included.
constexpr int MaxNumericFields = 100;
constexpr int MaxArrayFields = 8;
QList<NumericField> numericFields(QByteArrayView payload);

} // namespace Signalbox
