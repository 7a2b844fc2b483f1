#include "decoders/jsonschema.h"

#include "payload/json.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <exception>
#include <new>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#if defined(__GLIBC__)
#include <pthread.h>
#endif

// valijson reports schema errors by throwing std::runtime_error only with this set;
// without it, it prints to stderr and aborts.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/constraints/constraint_visitor.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Signalbox {

namespace {

// The translation context of this file's sentences.
class JsonSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::JsonSchema)
};

// valijson (schema parsing, $ref chains, validation) recurses without a limit of
// its own: {"$ref":"#"} recurses for ever while parsing and {"allOf":[{"$ref":"#"}]}
// while validating. Rather than predict every such case, each call gets a stack
// budget and the adapter below, which valijson copies at every step of every
// recursion, throws StackExhausted once the budget is spent. Half of what is
// left of the thread's stack stays free for what runs below the last check
// (std::regex recurses once per character: see JsonSchema::MaxRegexText).
struct StackExhausted
{ };

thread_local quintptr t_stackLimit = 0;

quintptr stackPointer()
{
    return reinterpret_cast<quintptr>(__builtin_frame_address(0));
}

// Thrown, like StackExhausted, from the adapter once a validation has found enough:
// valijson would otherwise go on through the whole payload (seconds for a
// megabyte of failures) to collect violations nobody is shown.
struct EnoughFound
{ };

// The validation's results on this thread and how many are enough.
thread_local const valijson::ValidationResults *t_results = nullptr;
thread_local size_t t_enough = 0;

void checkStack()
{
    if (stackPointer() < t_stackLimit)
        throw StackExhausted{};
    if (t_results && t_results->numErrors() >= t_enough)
        throw EnoughFound{};
}

// The low end of this thread's stack, asked once per thread: for the main thread
// glibc reads /proc/self/maps to answer, which costs more than a validation.
quintptr stackLow()
{
    thread_local const quintptr low = [] {
        quintptr result = 0;
#if defined(__GLIBC__)
        pthread_attr_t attributes;
        if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
            void *address = nullptr;
            size_t size = 0;
            if (pthread_attr_getstack(&attributes, &address, &size) == 0)
                result = reinterpret_cast<quintptr>(address);
            pthread_attr_destroy(&attributes);
        }
#endif
        return result;
    }();
    return low;
}

class StackBudget
{
public:
    StackBudget() : m_previous(t_stackLimit)
    {
        constexpr quintptr MaxBudget = 4 * 1024 * 1024;
        constexpr quintptr FallbackBudget = 256 * 1024; // where the stack's size cannot be asked
        const quintptr here = stackPointer();
        const quintptr low = stackLow();
        const quintptr budget = low != 0 && low < here ? std::min((here - low) / 2, MaxBudget) : FallbackBudget;
        if (m_previous == 0)
            t_stackLimit = here > budget ? here - budget : 1;
    }
    ~StackBudget() { t_stackLimit = m_previous; }
    StackBudget(const StackBudget &) = delete;
    StackBudget &operator=(const StackBudget &) = delete;

private:
    quintptr m_previous;
};

// A sentence for the user, thrown through valijson from the document fetcher.
struct SentenceError
{
    QString sentence;
};

} // namespace

} // namespace Signalbox

// A valijson adapter over QJsonValue, as valijson's own qtjson_adapter.hpp, with
// a stack check in every constructor (see StackBudget).
namespace valijson::adapters {

class SignalboxAdapter;
class SignalboxArrayIterator;
class SignalboxObjectIterator;
using SignalboxObjectMember = std::pair<std::string, SignalboxAdapter>;

class SignalboxArray
{
public:
    using const_iterator = SignalboxArrayIterator;
    using iterator = SignalboxArrayIterator;
    SignalboxArray() = default;
    explicit SignalboxArray(const QJsonValue &value) : m_value(value.toArray())
    {
        if (!value.isArray())
            throwRuntimeError("Value is not an array.");
    }
    SignalboxArrayIterator begin() const;
    SignalboxArrayIterator end() const;
    size_t size() const { return size_t(m_value.size()); }

private:
    QJsonArray m_value;
};

class SignalboxObject
{
public:
    using const_iterator = SignalboxObjectIterator;
    using iterator = SignalboxObjectIterator;
    SignalboxObject() = default;
    explicit SignalboxObject(const QJsonValue &value) : m_value(value.toObject())
    {
        if (!value.isObject())
            throwRuntimeError("Value is not an object.");
    }
    SignalboxObjectIterator begin() const;
    SignalboxObjectIterator end() const;
    SignalboxObjectIterator find(const std::string &propertyName) const;
    size_t size() const { return size_t(m_value.size()); }

private:
    QJsonObject m_value;
};

class SignalboxFrozenValue : public FrozenValue
{
public:
    explicit SignalboxFrozenValue(QJsonValue source) : m_value(std::move(source)) { }
    FrozenValue *clone() const override { return new SignalboxFrozenValue(m_value); }
    bool equalTo(const Adapter &other, bool strict) const override;

private:
    QJsonValue m_value;
};

class SignalboxValue
{
public:
    // User-provided: BasicAdapter holds a const one, which clang will not default-initialize otherwise.
    SignalboxValue() : m_value() { }
    SignalboxValue(QJsonValue value) : m_value(std::move(value)) { }
    FrozenValue *freeze() const { return new SignalboxFrozenValue(m_value); }
    opt::optional<SignalboxArray> getArrayOptional() const
    {
        if (m_value.isArray())
            return opt::make_optional(SignalboxArray(m_value));
        return {};
    }
    bool getArraySize(size_t &result) const
    {
        if (!m_value.isArray())
            return false;
        result = size_t(m_value.toArray().size());
        return true;
    }
    bool getBool(bool &result) const
    {
        if (!m_value.isBool())
            return false;
        result = m_value.toBool();
        return true;
    }
    bool getDouble(double &result) const
    {
        if (!m_value.isDouble())
            return false;
        result = m_value.toDouble();
        return true;
    }
    bool getInteger(int64_t &result) const
    {
        if (!isInteger())
            return false;
        result = m_value.toInteger();
        return true;
    }
    opt::optional<SignalboxObject> getObjectOptional() const
    {
        if (m_value.isObject())
            return opt::make_optional(SignalboxObject(m_value));
        return {};
    }
    bool getObjectSize(size_t &result) const
    {
        if (!m_value.isObject())
            return false;
        result = size_t(m_value.toObject().size());
        return true;
    }
    bool getString(std::string &result) const
    {
        if (!m_value.isString())
            return false;
        result = m_value.toString().toStdString();
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_value.isArray(); }
    bool isBool() const { return m_value.isBool(); }
    bool isDouble() const { return m_value.isDouble() && !isInteger(); }
    // Qt keeps integers that fit 64 bits as integers; 1.0 was written as a float.
    bool isInteger() const
    {
        return m_value.isDouble() && m_value.toInteger(0) == m_value.toInteger(1)
               && double(m_value.toInteger()) == m_value.toDouble();
    }
    bool isNull() const { return m_value.isNull(); }
    bool isNumber() const { return m_value.isDouble(); }
    bool isObject() const { return m_value.isObject(); }
    bool isString() const { return m_value.isString(); }

private:
    QJsonValue m_value;
};

class SignalboxAdapter
    : public BasicAdapter<SignalboxAdapter, SignalboxArray, SignalboxObjectMember, SignalboxObject, SignalboxValue>
{
public:
    SignalboxAdapter() { Signalbox::checkStack(); }
    SignalboxAdapter(const QJsonValue &value) : BasicAdapter(value) { Signalbox::checkStack(); }
    SignalboxAdapter(const SignalboxAdapter &other) : BasicAdapter(other) { Signalbox::checkStack(); }
    SignalboxAdapter &operator=(const SignalboxAdapter &) = delete;
};

class SignalboxArrayIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = SignalboxAdapter;
    using difference_type = SignalboxAdapter;
    using pointer = SignalboxAdapter *;
    using reference = SignalboxAdapter &;

    SignalboxArrayIterator(const QJsonArray::const_iterator &itr) : m_itr(itr) { }
    SignalboxAdapter operator*() const { return SignalboxAdapter(*m_itr); }
    DerefProxy<SignalboxAdapter> operator->() const { return DerefProxy<SignalboxAdapter>(**this); }
    bool operator==(const SignalboxArrayIterator &other) const { return m_itr == other.m_itr; }
    bool operator!=(const SignalboxArrayIterator &other) const { return m_itr != other.m_itr; }
    const SignalboxArrayIterator &operator++()
    {
        ++m_itr;
        return *this;
    }
    SignalboxArrayIterator operator++(int)
    {
        SignalboxArrayIterator before(m_itr);
        ++m_itr;
        return before;
    }
    const SignalboxArrayIterator &operator--()
    {
        --m_itr;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_itr += n; }

private:
    QJsonArray::const_iterator m_itr;
};

class SignalboxObjectIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = SignalboxObjectMember;
    using difference_type = SignalboxObjectMember;
    using pointer = SignalboxObjectMember *;
    using reference = SignalboxObjectMember &;

    SignalboxObjectIterator(const QJsonObject::const_iterator &itr) : m_itr(itr) { }
    SignalboxObjectMember operator*() const
    {
        return SignalboxObjectMember(m_itr.key().toStdString(), SignalboxAdapter(m_itr.value()));
    }
    DerefProxy<SignalboxObjectMember> operator->() const { return DerefProxy<SignalboxObjectMember>(**this); }
    bool operator==(const SignalboxObjectIterator &other) const { return m_itr == other.m_itr; }
    bool operator!=(const SignalboxObjectIterator &other) const { return m_itr != other.m_itr; }
    const SignalboxObjectIterator &operator++()
    {
        ++m_itr;
        return *this;
    }
    SignalboxObjectIterator operator++(int)
    {
        SignalboxObjectIterator before(m_itr);
        ++m_itr;
        return before;
    }
    const SignalboxObjectIterator &operator--()
    {
        --m_itr;
        return *this;
    }

private:
    QJsonObject::const_iterator m_itr;
};

template<>
struct AdapterTraits<SignalboxAdapter>
{
    using DocumentType = QJsonValue;
    static std::string adapterName() { return "SignalboxAdapter"; }
};

inline bool SignalboxFrozenValue::equalTo(const Adapter &other, bool strict) const
{
    return SignalboxAdapter(m_value).equalTo(other, strict);
}
inline SignalboxArrayIterator SignalboxArray::begin() const
{
    return m_value.begin();
}
inline SignalboxArrayIterator SignalboxArray::end() const
{
    return m_value.end();
}
inline SignalboxObjectIterator SignalboxObject::begin() const
{
    return m_value.begin();
}
inline SignalboxObjectIterator SignalboxObject::end() const
{
    return m_value.end();
}
inline SignalboxObjectIterator SignalboxObject::find(const std::string &propertyName) const
{
    return m_value.find(QString::fromStdString(propertyName));
}

} // namespace valijson::adapters

namespace Signalbox {

using valijson::adapters::SignalboxAdapter;

// valijson's Schema is kept out of the header: its headers are the library's private include.
struct JsonSchema::Private
{
    valijson::Schema schema;
    bool usesRegex = false; // patternProperties, which valijson matches with std::regex
    bool usesUniqueItems = false;
};

namespace {

// Reads JSON with our parser first: it says where the text breaks (line, column),
// refuses nesting past MaxJsonDepth before anything recurses, and Qt's parser
// then only builds the value.
std::optional<QJsonValue> readJson(QByteArrayView json, JsonError *error)
{
    if (!parseJson(json, nullptr, error))
        return std::nullopt;
    // Wrapped in an array: QJsonDocument takes only an object or an array.
    QByteArray wrapped;
    wrapped.reserve(json.size() + 2);
    wrapped.append('[').append(json.data(), json.size()).append(']');
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &qtError);
    if (qtError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        if (error) {
            *error = JsonError{};
            error->offset = qMax(0, qtError.offset - 1);
            error->line = 1;
            error->column = int(error->offset) + 1;
            error->message = qtError.errorString();
        }
        return std::nullopt;
    }
    return document.array().at(0);
}

// A key as a path step, as numericFields() writes it: bare where JsonPath::parse()
// reads it back as it is, else quoted.
QString pathKey(const QString &key, bool first)
{
    bool bare = !key.isEmpty() && key != QLatin1String("$");
    for (const QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'\\' || c == u'\'' || c == u'"' || c.isSpace()) {
            bare = false;
            break;
        }
    }
    if (bare)
        return first ? key : QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("['") + escaped + QStringLiteral("']");
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonSchemaText::tr("null");
    case QJsonValue::Bool:
        return JsonSchemaText::tr("a boolean");
    case QJsonValue::Double:
        return SignalboxAdapter(value).isInteger() ? JsonSchemaText::tr("an integer") : JsonSchemaText::tr("a number");
    case QJsonValue::String:
        return JsonSchemaText::tr("a string");
    case QJsonValue::Array:
        return JsonSchemaText::tr("an array");
    case QJsonValue::Object:
        return JsonSchemaText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonSchemaText::tr("nothing");
}

// valijson's context is "<root>" then "[key]" or "[index]" per step; which one a
// step is comes from the payload itself (a key "2" and an index 2 look the same).
QString violationPath(const std::vector<std::string> &context, const QJsonValue &root, QJsonValue *at)
{
    QString path;
    QJsonValue current = root;
    for (size_t i = 0; i < context.size(); ++i) {
        const std::string &step = context[i];
        if (i == 0 && step == "<root>")
            continue;
        QString name = QString::fromStdString(step);
        if (name.size() >= 2 && name.front() == u'[' && name.back() == u']')
            name = name.sliced(1, name.size() - 2);
        bool isIndex = false;
        const qsizetype index = name.toLongLong(&isIndex);
        if (current.isArray() && isIndex) {
            path += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
            current = current.toArray().at(index);
        } else {
            path += pathKey(name, path.isEmpty());
            current = current.toObject().value(name);
        }
    }
    if (at)
        *at = current;
    return path.isEmpty() ? QStringLiteral("$") : path;
}

// Messages that only say that something below failed: dropped where the failure
// below has a message of its own.
bool isSummary(const std::string &description)
{
    static const char *const Prefixes[] = {
        "Failed to validate against schema associated with property name",
        "Failed to validate against schema associated with pattern",
        "Failed to validate item #",
        "Failed to validate against additional properties schema",
        "Failed to validate against child schema #",
        "Failed to validate against dependent schema",
        "Failed to validate against a conditional schema",
    };
    return std::any_of(std::begin(Prefixes), std::end(Prefixes),
                       [&](const char *prefix) { return description.rfind(prefix, 0) == 0; });
}

// The name valijson quotes in one of its messages: from the first quote after
// `after` to the last quote (a name may hold quotes itself).
QString quoted(const QString &message, QLatin1String after = QLatin1String())
{
    const qsizetype from = after.isEmpty() ? 0 : message.indexOf(after);
    const qsizetype open = message.indexOf(QLatin1Char('\''), qMax<qsizetype>(0, from + after.size()));
    const qsizetype close = message.lastIndexOf(QLatin1Char('\''));
    return open >= 0 && close > open ? message.sliced(open + 1, close - open - 1) : QString();
}

// The descriptions our constraints give valijson, read back by describe().
constexpr char PatternFailed[] = "signalbox:pattern:";
constexpr char FormatFailed[] = "signalbox:format:";

// valijson's English descriptions as our sentences; one we do not know stays as it is.
QString describe(const std::string &description, const QJsonValue &value)
{
    const QString text = QString::fromStdString(description);
    const auto number = [&]() {
        static const QRegularExpression Number(QStringLiteral("-?[0-9]+(\\.[0-9]+)?"));
        QString found = Number.match(text).captured();
        if (found.contains(QLatin1Char('.'))) {
            while (found.endsWith(QLatin1Char('0')))
                found.chop(1);
            if (found.endsWith(QLatin1Char('.')))
                found.chop(1);
        }
        return found;
    };
    const auto starts = [&](const char *prefix) { return description.rfind(prefix, 0) == 0; };
    if (starts("Value type not permitted"))
        return JsonSchemaText::tr("This is %1, a type the schema does not allow here.").arg(typeName(value));
    if (starts("Missing required property"))
        return JsonSchemaText::tr("The property \"%1\" is required.").arg(quoted(text));
    if (starts("Missing dependency"))
        return JsonSchemaText::tr("The property \"%1\" is required by another property here.").arg(quoted(text));
    if (starts("Object contains a property that could not be validated"))
        return JsonSchemaText::tr("The property \"%1\" is not allowed.").arg(quoted(text, QLatin1String("constraints:")));
    if (starts("Failed to validate against schema associated with property name"))
        return JsonSchemaText::tr("The property \"%1\" is not allowed.").arg(quoted(text));
    if (starts(PatternFailed))
        return JsonSchemaText::tr("Expected text that matches the pattern %1.")
            .arg(QString::fromStdString(description.substr(sizeof(PatternFailed) - 1)));
    if (starts(FormatFailed)) {
        const std::string format = description.substr(sizeof(FormatFailed) - 1);
        if (format == "date")
            return JsonSchemaText::tr("Expected a date as RFC 3339 writes it (2026-12-07).");
        if (format == "time")
            return JsonSchemaText::tr("Expected a time as RFC 3339 writes it (18:50:00Z).");
        return JsonSchemaText::tr("Expected a date and time as RFC 3339 writes it (2026-12-07T18:50:00Z).");
    }
    if (starts("Failed to match regex"))
        return JsonSchemaText::tr("Expected text that matches the schema's pattern.");
    if (starts("Failed to match against any enum"))
        return JsonSchemaText::tr("Expected one of the values the schema's enum lists.");
    if (starts("Failed to match expected value set by 'const'"))
        return JsonSchemaText::tr("Expected the value the schema's const gives.");
    if (starts("Expected number greater than or equal to"))
        return JsonSchemaText::tr("Expected a number of at least %1.").arg(number());
    if (starts("Expected number greater than"))
        return JsonSchemaText::tr("Expected a number greater than %1.").arg(number());
    if (starts("Expected number less than or equal to"))
        return JsonSchemaText::tr("Expected a number of at most %1.").arg(number());
    if (starts("Expected number less than"))
        return JsonSchemaText::tr("Expected a number less than %1.").arg(number());
    if (starts("Value should be a multiple of"))
        return JsonSchemaText::tr("Expected a multiple of %1.").arg(number());
    if (starts("String should be no more than"))
        return JsonSchemaText::tr("Expected text of at most %1 characters.").arg(number());
    if (starts("String should be no fewer than"))
        return JsonSchemaText::tr("Expected text of at least %1 characters.").arg(number());
    if (starts("Array should contain no more than"))
        return JsonSchemaText::tr("Expected at most %1 items.").arg(number());
    if (starts("Array should contain no fewer than"))
        return JsonSchemaText::tr("Expected at least %1 items.").arg(number());
    if (starts("Object should have no more than"))
        return JsonSchemaText::tr("Expected at most %1 properties.").arg(number());
    if (starts("Object should have no fewer than"))
        return JsonSchemaText::tr("Expected at least %1 properties.").arg(number());
    if (starts("Elements at indexes"))
        return JsonSchemaText::tr("Expected items that are all different; two are equal.");
    if (starts("Array contains more items than allowed"))
        return JsonSchemaText::tr("Expected no more items than the schema's items list.");
    if (starts("Failed to validate against any schemas allowed by anyOf"))
        return JsonSchemaText::tr("Expected a value that matches at least one of the schema's anyOf.");
    if (starts("Failed to validate against any child schemas allowed by oneOf"))
        return JsonSchemaText::tr("Expected a value that matches one of the schema's oneOf.");
    if (starts("Failed to validate against exactly one child schema"))
        return JsonSchemaText::tr("Expected a value that matches exactly one of the schema's oneOf; it matches more.");
    if (starts("Target should not validate against schema specified in 'not'"))
        return JsonSchemaText::tr("Expected a value that does not match the schema's not.");
    if (starts("Failed to any values against subschema in 'contains'"))
        return JsonSchemaText::tr("Expected at least one item that matches the schema's contains.");
    if (starts("String should be a valid date-time"))
        return JsonSchemaText::tr("Expected a date and time as RFC 3339 writes it (2026-12-07T18:50:00Z).");
    if (starts("String should be a valid date"))
        return JsonSchemaText::tr("Expected a date as RFC 3339 writes it (2026-12-07).");
    if (starts("String should be a valid time"))
        return JsonSchemaText::tr("Expected a time as RFC 3339 writes it (18:50:00Z).");
    if (starts("Failed to validate against a conditional schema"))
        return JsonSchemaText::tr("Expected a value that matches the schema's if/then/else.");
    if (starts("Failed to validate against child schema"))
        return JsonSchemaText::tr("Expected a value that matches every schema of the schema's allOf.");
    if (starts("Failed to validate item #"))
        return JsonSchemaText::tr("Item %1 does not match the schema for it.").arg(number());
    if (starts("Failed to validate against additional properties schema"))
        return JsonSchemaText::tr("A property here does not match the schema's additionalProperties.");
    if (starts("Failed to validate against dependent schema"))
        return JsonSchemaText::tr("Expected a value that matches the schema's dependencies.");
    if (!text.endsWith(QLatin1Char('.')))
        return text + QLatin1Char('.');
    return text;
}

// Every subschema that applies to the same value as the one that uses it (allOf,
// anyOf, oneOf, not, if/then/else, schema dependencies, draft 3 schema types),
// and every other subschema (items, properties...), which applies to a part.
class Children final : public valijson::constraints::ConstraintVisitor
{
public:
    std::vector<const valijson::Subschema *> sameValue;
    std::vector<const valijson::Subschema *> parts;

    void collect(const valijson::Subschema &subschema)
    {
        sameValue.clear();
        parts.clear();
        valijson::Subschema::ApplyFunction fn = [this](const valijson::constraints::Constraint &constraint) {
            return constraint.accept(*this);
        };
        subschema.apply(fn);
    }

private:
    void same(const valijson::Subschema *s)
    {
        if (s)
            sameValue.push_back(s);
    }
    void part(const valijson::Subschema *s)
    {
        if (s)
            parts.push_back(s);
    }
    auto sameIndexed()
    {
        return [this](unsigned, const valijson::Subschema *s) {
            same(s);
            return true;
        };
    }
    auto partIndexed()
    {
        return [this](unsigned, const valijson::Subschema *s) {
            part(s);
            return true;
        };
    }
    template<typename Key>
    auto partNamed()
    {
        return [this](const Key &, const valijson::Subschema *s) {
            part(s);
            return true;
        };
    }

    bool visit(const valijson::constraints::AllOfConstraint &c) override
    {
        c.applyToSubschemas(sameIndexed());
        return true;
    }
    bool visit(const valijson::constraints::AnyOfConstraint &c) override
    {
        c.applyToSubschemas(sameIndexed());
        return true;
    }
    bool visit(const valijson::constraints::OneOfConstraint &c) override
    {
        c.applyToSubschemas(sameIndexed());
        return true;
    }
    bool visit(const valijson::constraints::NotConstraint &c) override
    {
        same(c.getSubschema());
        return true;
    }
    bool visit(const valijson::constraints::ConditionalConstraint &c) override
    {
        same(c.getIfSubschema());
        same(c.getThenSubschema());
        same(c.getElseSubschema());
        return true;
    }
    bool visit(const valijson::constraints::DependenciesConstraint &c) override
    {
        c.applyToSchemaDependencies([this](const auto &, const valijson::Subschema *s) {
            same(s);
            return true;
        });
        return true;
    }
    bool visit(const valijson::constraints::TypeConstraint &c) override
    {
        c.applyToSchemaTypes(sameIndexed());
        return true;
    }
    bool visit(const valijson::constraints::ContainsConstraint &c) override
    {
        part(c.getSubschema());
        return true;
    }
    bool visit(const valijson::constraints::LinearItemsConstraint &c) override
    {
        c.applyToItemSubschemas(partIndexed());
        part(c.getAdditionalItemsSubschema());
        return true;
    }
    bool visit(const valijson::constraints::SingularItemsConstraint &c) override
    {
        part(c.getItemsSubschema());
        return true;
    }
    bool visit(const valijson::constraints::PropertiesConstraint &c) override
    {
        c.applyToProperties([this](const auto &, const valijson::Subschema *s) {
            part(s);
            return true;
        });
        c.applyToPatternProperties([this](const auto &, const valijson::Subschema *s) {
            part(s);
            return true;
        });
        part(c.getAdditionalPropertiesSubschema());
        return true;
    }
    bool visit(const valijson::constraints::PropertyNamesConstraint &c) override
    {
        part(c.getSubschema());
        return true;
    }
    bool visit(const valijson::constraints::ConstConstraint &) override { return true; }
    bool visit(const valijson::constraints::EnumConstraint &) override { return true; }
    bool visit(const valijson::constraints::FormatConstraint &) override { return true; }
    bool visit(const valijson::constraints::MaximumConstraint &) override { return true; }
    bool visit(const valijson::constraints::MaxItemsConstraint &) override { return true; }
    bool visit(const valijson::constraints::MaxLengthConstraint &) override { return true; }
    bool visit(const valijson::constraints::MaxPropertiesConstraint &) override { return true; }
    bool visit(const valijson::constraints::MinimumConstraint &) override { return true; }
    bool visit(const valijson::constraints::MinItemsConstraint &) override { return true; }
    bool visit(const valijson::constraints::MinLengthConstraint &) override { return true; }
    bool visit(const valijson::constraints::MinPropertiesConstraint &) override { return true; }
    bool visit(const valijson::constraints::MultipleOfDoubleConstraint &) override { return true; }
    bool visit(const valijson::constraints::MultipleOfIntConstraint &) override { return true; }
    bool visit(const valijson::constraints::PatternConstraint &) override { return true; }
    bool visit(const valijson::constraints::PolyConstraint &) override { return true; }
    bool visit(const valijson::constraints::RequiredConstraint &) override { return true; }
    bool visit(const valijson::constraints::UniqueItemsConstraint &) override { return true; }
};

// A subschema that reaches itself again through subschemas that apply to the same
// value ({"allOf":[{"$ref":"#"}]}) would make validation recurse without end: it is
// refused at load. Iterative, so a deep schema costs no stack here.
bool hasLoop(const valijson::Subschema &root)
{
    enum State : quint8 { Open, Done };
    std::unordered_map<const valijson::Subschema *, State> state;
    std::vector<const valijson::Subschema *> all{&root};
    std::unordered_set<const valijson::Subschema *> seen{&root};
    Children children;
    // Every subschema, through every kind of edge.
    for (size_t i = 0; i < all.size(); ++i) {
        children.collect(*all[i]);
        for (const auto *list : {&children.sameValue, &children.parts}) {
            for (const valijson::Subschema *child : *list) {
                if (seen.insert(child).second)
                    all.push_back(child);
            }
        }
    }
    // Depth-first over the same-value edges from each one; a subschema still open
    // on the path is a loop.
    struct Frame
    {
        const valijson::Subschema *subschema;
        std::vector<const valijson::Subschema *> next;
        size_t at = 0;
    };
    for (const valijson::Subschema *start : all) {
        if (state.count(start))
            continue;
        std::vector<Frame> path;
        children.collect(*start);
        state[start] = Open;
        path.push_back(Frame{start, children.sameValue});
        while (!path.empty()) {
            Frame &frame = path.back();
            if (frame.at == frame.next.size()) {
                state[frame.subschema] = Done;
                path.pop_back();
                continue;
            }
            const valijson::Subschema *child = frame.next[frame.at++];
            const auto found = state.find(child);
            if (found != state.end()) {
                if (found->second == Open)
                    return true;
                continue;
            }
            children.collect(*child);
            state[child] = Open;
            path.push_back(Frame{child, children.sameValue});
        }
    }
    return false;
}

// "pattern" and "format" are checked here, not by valijson: valijson matches patterns
// with std::regex, which recurses once per character (a long string overflows the
// stack), and applies "format" to values that are not strings (draft 7 section 7.1:
// it applies to strings only). Before valijson reads a schema, those keywords are
// renamed to these, which the builders below turn into our constraints.
const QLatin1String PatternKeyword("x-signalbox-pattern");
const QLatin1String FormatKeyword("x-signalbox-format");

// A pattern as PCRE2 (QRegularExpression) matches it: no recursion on the stack,
// and a match limit instead of a hang (a match that hits it counts as no match).
class PatternCheck final : public valijson::constraints::PolyConstraint
{
public:
    explicit PatternCheck(const QString &pattern) : m_pattern(pattern), m_regex(pattern)
    {
        if (!m_regex.isValid())
            throw SentenceError{JsonSchemaText::tr("The schema's pattern \"%1\" is not a valid regular expression: %2.")
                                    .arg(pattern, m_regex.errorString())};
        m_regex.optimize();
    }
    bool validate(const valijson::adapters::Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        std::string text;
        if (!target.isString() || !target.getString(text))
            return true;
        if (m_regex.match(QString::fromStdString(text)).hasMatch())
            return true;
        if (results)
            results->pushError(context, PatternFailed + m_pattern.toStdString());
        return false;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) PatternCheck(*this); }
    size_t sizeOf() const override { return sizeof(PatternCheck); }

    QString m_pattern;
    QRegularExpression m_regex;
};

bool validDate(const QString &text)
{
    static const QRegularExpression Date(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = Date.match(text);
    return m.hasMatch() && QDate::isValid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

bool validTime(const QString &text)
{
    static const QRegularExpression Time(
        QStringLiteral("^([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = Time.match(text);
    if (!m.hasMatch())
        return false;
    const auto number = [&](int i) { return m.captured(i).toInt(); };
    // RFC 3339 section 5.6: a leap second is 60.
    return number(1) < 24 && number(2) < 60 && number(3) <= 60 && (!m.hasCaptured(6) || number(6) < 24)
           && (!m.hasCaptured(7) || number(7) < 60);
}

// The formats valijson checked (RFC 3339 date, time, date-time); any other
// format is an annotation and passes.
class FormatCheck final : public valijson::constraints::PolyConstraint
{
public:
    explicit FormatCheck(const QString &format) : m_format(format) { }
    bool validate(const valijson::adapters::Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        std::string text;
        if (!target.isString() || !target.getString(text))
            return true;
        const QString value = QString::fromStdString(text);
        bool ok = true;
        if (m_format == QLatin1String("date"))
            ok = validDate(value);
        else if (m_format == QLatin1String("time"))
            ok = validTime(value);
        else if (m_format == QLatin1String("date-time")) {
            const qsizetype t = value.indexOf(QRegularExpression(QStringLiteral("[Tt]")));
            ok = t == 10 && validDate(value.first(t)) && validTime(value.sliced(t + 1));
        }
        if (!ok && results)
            results->pushError(context, FormatFailed + m_format.toStdString());
        return ok;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) FormatCheck(*this); }
    size_t sizeOf() const override { return sizeof(FormatCheck); }

    QString m_format;
};

template<typename Check>
class CheckBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        std::string text;
        if (!value.getString(text))
            throw SentenceError{JsonSchemaText::tr("A pattern or format in the schema is not a string.")};
        return new Check(QString::fromStdString(text));
    }
};

// Renames "pattern" and "format" in every schema object of a document (see
// PatternKeyword). Only a string value is the keyword: a property named "pattern"
// has a schema as its value. Values that are data (enum, const, default,
// examples) are left as they are.
QJsonValue renameChecks(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = renameChecks(*it);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    QJsonObject renamed;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("enum") || key == QLatin1String("const") || key == QLatin1String("default")
            || key == QLatin1String("examples"))
            renamed.insert(key, it.value());
        else if (key == QLatin1String("pattern") && it.value().isString())
            renamed.insert(PatternKeyword, it.value());
        else if (key == QLatin1String("format") && it.value().isString())
            renamed.insert(FormatKeyword, it.value());
        else
            renamed.insert(key, renameChecks(it.value()));
    }
    return renamed;
}

// What in a schema's documents valijson checks with std::regex or pairwise, and
// whether some $ref or id is too long for valijson's URN check (a std::regex).
struct SchemaScan
{
    bool usesRegex = false;
    bool usesUniqueItems = false;
    bool longReference = false;
};

void scan(const QJsonValue &root, SchemaScan *result)
{
    std::vector<QJsonValue> pending{root};
    while (!pending.empty()) {
        const QJsonValue value = pending.back();
        pending.pop_back();
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                pending.push_back(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString &key = it.key();
                if (key == QLatin1String("patternProperties"))
                    result->usesRegex = true;
                else if (key == QLatin1String("uniqueItems"))
                    result->usesUniqueItems = true;
                else if ((key == QLatin1String("$ref") || key == QLatin1String("id") || key == QLatin1String("$id"))
                         && it.value().toString().size() > JsonSchema::MaxRegexText)
                    result->longReference = true;
                pending.push_back(it.value());
            }
        }
    }
}

// The first thing in a payload that the schema cannot be checked against safely.
std::optional<SchemaViolation> uncheckable(const QJsonValue &root, bool regex, bool uniqueItems)
{
    struct Item
    {
        QJsonValue value;
        QString path;
    };
    std::vector<Item> pending{Item{root, QString()}};
    const auto tooLong = [](const QString &text) { return text.size() > JsonSchema::MaxRegexText; };
    const auto pathOf = [](const QString &path) { return path.isEmpty() ? QStringLiteral("$") : path; };
    while (!pending.empty()) {
        const Item item = pending.back();
        pending.pop_back();
        if (item.value.isArray()) {
            const QJsonArray array = item.value.toArray();
            if (uniqueItems && array.size() > JsonSchema::MaxUniqueItems)
                return SchemaViolation{
                    pathOf(item.path),
                    JsonSchemaText::tr("This array has more than %1 items, too many to check for uniqueItems.")
                        .arg(JsonSchema::MaxUniqueItems)};
            for (qsizetype i = array.size() - 1; i >= 0; --i)
                pending.push_back(Item{array.at(i), item.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')});
        } else if (item.value.isObject()) {
            const QJsonObject object = item.value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString path = item.path + pathKey(it.key(), item.path.isEmpty());
                if (regex && tooLong(it.key()))
                    return SchemaViolation{
                        pathOf(path),
                        JsonSchemaText::tr("This property's name is longer than %1 characters, too long to check "
                                           "against the schema's patterns.")
                            .arg(JsonSchema::MaxRegexText)};
                pending.push_back(Item{it.value(), path});
            }
        }
    }
    return std::nullopt;
}

// The file a reference's document URI names: a local path relative to the base
// folder, a file: URL, or an absolute URI under one of the local copies.
QString fileFor(const QString &uri, const QString &baseDirectory, const JsonSchema::LocalCopies &localCopies)
{
    for (const auto &[prefix, folder] : localCopies) {
        if (uri.startsWith(prefix))
            return QDir(folder).filePath(uri.mid(prefix.size()));
    }
    if (uri.startsWith(QLatin1String("file:")))
        return QUrl(uri).toLocalFile();
    if (uri.contains(QLatin1String("://")) || uri.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive))
        throw SentenceError{
            JsonSchemaText::tr("The schema refers to %1, which is not a local file; Signalbox does not fetch schemas "
                               "from the network.")
                .arg(uri)};
    if (QDir::isAbsolutePath(uri))
        return uri;
    if (baseDirectory.isEmpty())
        throw SentenceError{
            JsonSchemaText::tr("The schema refers to the file %1, but has no folder to find it in.").arg(uri)};
    return QDir(baseDirectory).filePath(uri);
}

// Schema files are small; a device (/dev/zero) or a huge file would never end.
constexpr qint64 MaxSchemaFileBytes = 16 * 1024 * 1024;

std::optional<QString> unreadable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return JsonSchemaText::tr("The schema file %1 is not a regular file.").arg(QDir::toNativeSeparators(path));
    if (info.size() > MaxSchemaFileBytes)
        return JsonSchemaText::tr("The schema file %1 is larger than %2 MiB.")
            .arg(QDir::toNativeSeparators(path))
            .arg(MaxSchemaFileBytes / (1024 * 1024));
    return std::nullopt;
}

QJsonValue readSchemaFile(const QString &path, SchemaScan *scanned)
{
    if (const auto why = unreadable(path))
        throw SentenceError{*why};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SentenceError{JsonSchemaText::tr("Cannot read the schema file %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = file.readAll();
    JsonError jsonError;
    const std::optional<QJsonValue> value = readJson(bytes, &jsonError);
    if (!value)
        throw SentenceError{JsonSchemaText::tr("The schema file %1 is not JSON: %2")
                                .arg(QDir::toNativeSeparators(path), jsonErrorSentence(jsonError))};
    scan(*value, scanned);
    return renameChecks(*value);
}

// valijson's results as violations: summaries dropped where a failure below has a
// message of its own, duplicates dropped, at most maxViolations.
QList<SchemaViolation> describeAll(const valijson::ValidationResults &results, const QJsonValue &root, int maxViolations)
{
    QList<SchemaViolation> violations;
    std::vector<valijson::ValidationResults::Error> errors(results.begin(), results.end());
    // Every place at or above a failure that has a message of its own, so that a
    // summary there adds nothing (a set: a payload may fail a million times).
    const auto key = [](const std::vector<std::string> &context, size_t steps) {
        std::string result;
        for (size_t i = 0; i < steps; ++i)
            result.append(context[i]).push_back('\x1f');
        return result;
    };
    std::unordered_set<std::string> explained;
    for (const valijson::ValidationResults::Error &error : errors) {
        if (isSummary(error.description))
            continue;
        // From the place itself upwards, until a place already in (its parents are too).
        std::string prefix = key(error.context, error.context.size());
        for (size_t steps = error.context.size();; --steps) {
            if (!explained.insert(prefix).second || steps == 0)
                break;
            prefix.resize(prefix.size() - error.context[steps - 1].size() - 1);
        }
    }
    const auto below = [&](const valijson::ValidationResults::Error &summary) {
        return explained.count(key(summary.context, summary.context.size())) > 0;
    };
    for (const valijson::ValidationResults::Error &error : errors) {
        if (isSummary(error.description) && below(error))
            continue;
        QJsonValue at;
        const QString path = violationPath(error.context, root, &at);
        const SchemaViolation violation{path, describe(error.description, at)};
        if (violations.contains(violation))
            continue;
        violations.append(violation);
        if (violations.size() >= maxViolations)
            break;
    }
    return violations;
}

} // namespace

JsonSchema::JsonSchema() : m_d(std::make_unique<Private>()) { }

JsonSchema::~JsonSchema() = default;

std::shared_ptr<const JsonSchema> JsonSchema::load(const QString &file, QString *error)
{
    if (const auto why = unreadable(file)) {
        if (error)
            *error = *why;
        return nullptr;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = JsonSchemaText::tr("Cannot read the schema file %1: %2")
                         .arg(QDir::toNativeSeparators(file), in.errorString());
        return nullptr;
    }
    return parse(in.readAll(), QFileInfo(file).absolutePath(), {}, file, error);
}

std::shared_ptr<const JsonSchema> JsonSchema::parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                    QString *error)
{
    return parse(schemaJson, baseDirectory, {}, QString(), error);
}

std::shared_ptr<const JsonSchema> JsonSchema::parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                    const LocalCopies &localCopies, QString *error)
{
    return parse(schemaJson, baseDirectory, localCopies, QString(), error);
}

std::shared_ptr<const JsonSchema> JsonSchema::parse(QByteArrayView schemaJson, const QString &baseDirectory,
                                                    const LocalCopies &localCopies, const QString &fileName,
                                                    QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return nullptr;
    };
    JsonError jsonError;
    const std::optional<QJsonValue> root = readJson(schemaJson, &jsonError);
    if (!root)
        return fail(fileName.isEmpty()
                        ? JsonSchemaText::tr("The schema is not JSON: %1").arg(jsonErrorSentence(jsonError))
                        : JsonSchemaText::tr("The schema file %1 is not JSON: %2")
                              .arg(QDir::toNativeSeparators(fileName), jsonErrorSentence(jsonError)));
    if (!root->isObject() && !root->isBool())
        return fail(JsonSchemaText::tr("A schema must be a JSON object (or true or false), not %1.").arg(typeName(*root)));

    std::shared_ptr<JsonSchema> schema(new JsonSchema);
    valijson::SchemaParser::Version version = valijson::SchemaParser::kDraft7;
    schema->m_draft = QStringLiteral("draft-07");
    const QJsonValue declared = root->toObject().value(QLatin1String("$schema"));
    if (!declared.isUndefined()) {
        const QString uri = declared.toString();
        static const struct
        {
            const char *marker;
            valijson::SchemaParser::Version version;
        } Drafts[] = {{"draft-03", valijson::SchemaParser::kDraft3},
                      {"draft-04", valijson::SchemaParser::kDraft4},
                      {"draft-06", valijson::SchemaParser::kDraft7},
                      {"draft-07", valijson::SchemaParser::kDraft7}};
        bool known = false;
        for (const auto &draft : Drafts) {
            if (uri.contains(QLatin1String(draft.marker))) {
                version = draft.version;
                schema->m_draft = QLatin1String(draft.marker);
                known = true;
                break;
            }
        }
        if (!known)
            return fail(JsonSchemaText::tr(
                            "The schema's $schema \"%1\" names a draft that Signalbox does not check; drafts 4, 6 "
                            "and 7 are supported.")
                            .arg(uri));
    }

    SchemaScan scanned;
    scan(*root, &scanned);
    try {
        StackBudget budget;
        valijson::SchemaParser parser(version);
        parser.addConstraintBuilder(PatternKeyword.latin1(), new CheckBuilder<PatternCheck>);
        parser.addConstraintBuilder(FormatKeyword.latin1(), new CheckBuilder<FormatCheck>);
        const auto fetch = [&](const std::string &uri) -> const QJsonValue * {
            const QString path = fileFor(QString::fromStdString(uri), baseDirectory, localCopies);
            auto *document = new QJsonValue(readSchemaFile(path, &scanned));
            if (scanned.longReference) {
                delete document;
                throw SentenceError{JsonSchemaText::tr("A $ref or id in the schema is longer than %1 characters.")
                                        .arg(JsonSchema::MaxRegexText)};
            }
            return document;
        };
        const auto release = [](const QJsonValue *document) { delete document; };
        if (scanned.longReference)
            return fail(JsonSchemaText::tr("A $ref or id in the schema is longer than %1 characters.")
                            .arg(JsonSchema::MaxRegexText));
        // valijson reads a $ref at the root to a relative file as a pointer into the root
        // itself (and recurses for ever); below the root it fetches the file. Keywords
        // beside a $ref are ignored (draft 7 section 8.3), so the root can be replaced.
        QJsonValue top = renameChecks(*root);
        const QString rootRef = root->toObject().value(QLatin1String("$ref")).toString();
        if (!rootRef.isEmpty() && !rootRef.startsWith(QLatin1Char('#')))
            top = QJsonObject{{QStringLiteral("allOf"), QJsonArray{QJsonObject{{QStringLiteral("$ref"), rootRef}}}}};
        parser.populateSchema<SignalboxAdapter>(SignalboxAdapter(top), schema->m_d->schema, fetch, release);
        if (hasLoop(schema->m_d->schema))
            return fail(JsonSchemaText::tr(
                "The schema refers back to itself in a loop ($ref, allOf, anyOf, oneOf, not or "
                "if/then/else) without looking inside the value, so no value could ever be checked."));
    } catch (const SentenceError &e) {
        return fail(e.sentence);
    } catch (const StackExhausted &) {
        return fail(JsonSchemaText::tr("The schema nests too deeply, or its $ref refer to each other in a loop."));
    } catch (const std::exception &e) {
        // valijson's own words: they name the keyword.
        return fail(JsonSchemaText::tr("The schema is not valid: %1").arg(QString::fromStdString(e.what())));
    }
    schema->m_d->usesRegex = scanned.usesRegex;
    schema->m_d->usesUniqueItems = scanned.usesUniqueItems;
    return schema;
}

QList<SchemaViolation> JsonSchema::validate(QByteArrayView payload, int maxViolations) const
{
    QList<SchemaViolation> violations;
    if (maxViolations <= 0)
        return violations;
    JsonError jsonError;
    const std::optional<QJsonValue> root = readJson(payload, &jsonError);
    if (!root) {
        violations.append({QStringLiteral("$"), jsonErrorSentence(jsonError)});
        return violations;
    }
    if (const auto refused = uncheckable(*root, m_d->usesRegex, m_d->usesUniqueItems)) {
        violations.append(*refused);
        return violations;
    }

    // valijson adds a failure's own message before the summaries of the places
    // above it, so stopping after enough messages keeps the first ones the same.
    // Summaries count toward "enough" too: when they crowd out violations, the
    // check runs again with more room.
    struct Watch
    {
        Watch(const valijson::ValidationResults *results, size_t enough)
        {
            t_results = results;
            t_enough = enough;
        }
        ~Watch() { t_results = nullptr; }
        Watch(const Watch &) = delete;
        Watch &operator=(const Watch &) = delete;
    };
    for (size_t enough = 2 * size_t(maxViolations) + 16;; enough *= 8) {
        valijson::ValidationResults results;
        bool stopped = false;
        try {
            StackBudget budget;
            // A Validator per call: it caches regular expressions in itself, unguarded.
            valijson::Validator validator;
            const SignalboxAdapter adapter(*root);
            const Watch watch(&results, enough);
            if (validator.validate(m_d->schema, adapter, &results))
                return violations;
        } catch (const EnoughFound &) {
            stopped = true;
        } catch (const StackExhausted &) {
            violations.append({QStringLiteral("$"),
                               JsonSchemaText::tr("The payload nests too deeply to check against this schema.")});
            return violations;
        } catch (const std::exception &e) {
            violations.append(
                {QStringLiteral("$"),
                 JsonSchemaText::tr("The payload could not be checked: %1").arg(QString::fromStdString(e.what()))});
            return violations;
        }
        violations = describeAll(results, *root, maxViolations);
        if (!stopped || violations.size() >= maxViolations)
            break;
    }
    if (violations.isEmpty())
        violations.append({QStringLiteral("$"), JsonSchemaText::tr("The payload does not match the schema.")});
    return violations;
}

} // namespace Signalbox
