#include "decoders/protobufschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVarLengthArray>

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <climits>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace pb = google::protobuf;

namespace Signalbox {

namespace {

class ProtobufText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ProtobufSchema)
};

// protobuf's JSON printer stops at 64 levels of nested messages (its parser at
// 100): deeper payloads get our sentence instead of its.
constexpr int MaxDepth = 64;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

// The disk, and the well-known types (google/protobuf/timestamp.proto, ...) from
// the descriptors compiled into libprotobuf: a user's machine need not have
// protobuf's .proto files installed for an import of them to work.
class SchemaSourceTree : public pb::compiler::SourceTree
{
public:
    pb::compiler::DiskSourceTree disk;

    pb::io::ZeroCopyInputStream *Open(const std::string &filename) override
    {
        const std::lock_guard lock(m_mutex);
        if (pb::io::ZeroCopyInputStream *stream = disk.Open(filename))
            return stream;
        if (filename.rfind("google/protobuf/", 0) != 0)
            return nullptr;
        const pb::FileDescriptor *file = pb::DescriptorPool::generated_pool()->FindFileByName(filename);
        if (!file)
            return nullptr;
        m_texts.push_back(file->DebugString()); // a deque: the stream keeps pointing at it
        return new pb::io::ArrayInputStream(m_texts.back().data(), int(m_texts.back().size()));
    }
    std::string GetLastErrorMessage() override { return disk.GetLastErrorMessage(); }

private:
    std::mutex m_mutex;
    std::deque<std::string> m_texts;
};

class ErrorLines : public pb::compiler::MultiFileErrorCollector
{
public:
    explicit ErrorLines(pb::compiler::DiskSourceTree *tree) : m_tree(tree) { }
    QStringList lines;

    void AddError(const std::string &filename, int line, int column, const std::string &message) override
    {
        std::string diskFile;
        const QString file = m_tree->VirtualFileToDiskFile(filename, &diskFile)
                                 ? QDir::toNativeSeparators(fromStd(diskFile))
                                 : fromStd(filename);
        // protobuf counts from 0; editors and protoc from 1. Line -1: the whole file.
        if (line < 0)
            lines.append(file % QStringLiteral(": ") % fromStd(message));
        else
            lines.append(file % QLatin1Char(':') % QString::number(line + 1) % QLatin1Char(':')
                         % QString::number(column + 1) % QStringLiteral(": ") % fromStd(message));
    }

private:
    pb::compiler::DiskSourceTree *m_tree;
};

void collectTypes(const pb::Descriptor *type, QHash<QString, const pb::Descriptor *> *types)
{
    if (type->options().map_entry())
        return;
    types->insert(fromStd(type->full_name()), type);
    for (int i = 0; i < type->nested_type_count(); ++i)
        collectTypes(type->nested_type(i), types);
}

// --- Why a payload does not parse ------------------------------------------
// protobuf's parser only says yes or no. This walks the wire format the same way
// first (protobuf encoding guide: tags, wire types, varints, length prefixes),
// checking every length against what is left, so that the user learns which
// field failed, where, and why.

const char *wireTypeName(int wireType)
{
    switch (wireType) {
    case 0:
        return "varint";
    case 1:
        return "64-bit";
    case 2:
        return "length-delimited";
    case 3:
        return "start-group";
    case 4:
        return "end-group";
    case 5:
        return "32-bit";
    default:
        return "invalid";
    }
}

int expectedWireType(const pb::FieldDescriptor *field)
{
    switch (field->type()) {
    case pb::FieldDescriptor::TYPE_DOUBLE:
    case pb::FieldDescriptor::TYPE_FIXED64:
    case pb::FieldDescriptor::TYPE_SFIXED64:
        return 1;
    case pb::FieldDescriptor::TYPE_FLOAT:
    case pb::FieldDescriptor::TYPE_FIXED32:
    case pb::FieldDescriptor::TYPE_SFIXED32:
        return 5;
    case pb::FieldDescriptor::TYPE_STRING:
    case pb::FieldDescriptor::TYPE_BYTES:
    case pb::FieldDescriptor::TYPE_MESSAGE:
        return 2;
    case pb::FieldDescriptor::TYPE_GROUP:
        return 3;
    default:
        return 0; // int*, uint*, sint*, bool, enum
    }
}

// Where a walk stands ("location", "values[2].unit", "7"), made into text only
// when it is needed: a payload that is fine builds no strings for it.
struct FieldPath
{
    const FieldPath *parent = nullptr;
    const pb::FieldDescriptor *field = nullptr; // null: a field the schema does not know
    quint64 number = 0; // 0: the message itself
    int index = -1; // which one of a repeated field

    static FieldPath child(const FieldPath *parent, const pb::FieldDescriptor *field, quint64 number, int index)
    {
        FieldPath path;
        path.parent = parent;
        path.field = field;
        path.number = number;
        path.index = index;
        return path;
    }
    QString text() const
    {
        if (number == 0)
            return {};
        const QString prefix = parent ? parent->text() : QString();
        const QString name = field ? fromStd(field->name()) : QString::number(number);
        QString path = prefix.isEmpty() ? name : prefix % QLatin1Char('.') % name;
        if (index >= 0)
            path += QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
        return path;
    }
};

class WireCheck
{
public:
    explicit WireCheck(const char *begin) : m_begin(begin) { }
    QString error;

    // Checks [p, end) as the fields of type (null: an unknown group's fields).
    // groupNumber > 0: inside a group, which must end with its end-group tag.
    bool message(const pb::Descriptor *type, const char *p, const char *end, const FieldPath &path, int depth,
                 int groupNumber = 0, const char **after = nullptr)
    {
        if (depth > MaxDepth)
            return fail(p, FieldPath(),
                        ProtobufText::tr("nests deeper than %1 levels").arg(MaxDepth)); // not a path of 64 names
        QVarLengthArray<std::pair<quint64, int>, 8> seen; // repeated field number -> occurrences so far
        while (p < end) {
            const char *tagStart = p;
            quint64 tag = 0;
            if (!varint(&p, end, &tag))
                return fail(tagStart, path, ProtobufText::tr("has a field tag that is cut short"));
            const quint64 number = tag >> 3;
            const int wireType = int(tag & 7);
            if (number == 0 || number > 536870911)
                return fail(tagStart, path,
                            ProtobufText::tr("has a field tag with the invalid field number %1").arg(number));
            if (wireType > 5)
                return fail(tagStart, path,
                            ProtobufText::tr("has field %1 with the invalid wire type %2").arg(number).arg(wireType));
            if (wireType == 4) {
                if (groupNumber > 0 && quint64(groupNumber) == number) {
                    if (after)
                        *after = p;
                    return true;
                }
                return fail(tagStart, path,
                            ProtobufText::tr("has an end-group tag for field %1 that no group opened").arg(number));
            }

            const pb::FieldDescriptor *field = type ? type->FindFieldByNumber(int(number)) : nullptr;
            int index = -1;
            if (field && field->is_repeated()) {
                auto it = std::find_if(seen.begin(), seen.end(), [number](const auto &n) { return n.first == number; });
                if (it == seen.end()) {
                    seen.append({number, 0});
                    it = seen.end() - 1;
                }
                index = it->second++;
            }
            const FieldPath name = FieldPath::child(&path, field, number, index);

            if (field) {
                const int expected = expectedWireType(field);
                const bool packed = field->is_repeated() && wireType == 2 && expected != 2 && expected != 3;
                if (wireType != expected && !packed)
                    return failField(tagStart, name, number,
                                     ProtobufText::tr("comes as %1 but its type %2 is sent as %3")
                                         .arg(QLatin1String(wireTypeName(wireType)), QLatin1String(field->type_name()),
                                              QLatin1String(wireTypeName(expected))));
            }

            switch (wireType) {
            case 0: {
                quint64 value = 0;
                if (!varint(&p, end, &value))
                    return failField(tagStart, name, number, ProtobufText::tr("has a varint that is cut short"));
                break;
            }
            case 1:
            case 5: {
                const qsizetype size = wireType == 1 ? 8 : 4;
                if (end - p < size)
                    return failField(tagStart, name, number,
                                     ProtobufText::tr("is cut short: %1 bytes needed, %2 left").arg(size).arg(end - p));
                p += size;
                break;
            }
            case 2: {
                quint64 length = 0;
                if (!varint(&p, end, &length))
                    return failField(tagStart, name, number, ProtobufText::tr("has a length that is cut short"));
                if (length > quint64(end - p))
                    return failField(
                        tagStart, name, number,
                        ProtobufText::tr("says it is %1 bytes long but only %2 are left").arg(length).arg(end - p));
                const char *contentEnd = p + length;
                if (field && !content(field, p, contentEnd, name, number, tagStart, depth))
                    return false;
                p = contentEnd;
                break;
            }
            case 3: {
                const pb::Descriptor *groupType = field && field->type() == pb::FieldDescriptor::TYPE_GROUP
                                                      ? field->message_type()
                                                      : nullptr;
                const char *groupEnd = nullptr;
                if (!message(groupType, p, end, name, depth + 1, int(number), &groupEnd))
                    return false;
                p = groupEnd;
                break;
            }
            default:
                break;
            }
        }
        if (groupNumber > 0)
            return fail(end, path, ProtobufText::tr("ends before the group's end-group tag"));
        return true;
    }

private:
    bool content(const pb::FieldDescriptor *field, const char *p, const char *end, const FieldPath &name,
                 quint64 number, const char *tagStart, int depth)
    {
        switch (field->type()) {
        case pb::FieldDescriptor::TYPE_MESSAGE:
            return message(field->message_type(), p, end, name, depth + 1);
        case pb::FieldDescriptor::TYPE_STRING:
            // JSON text cannot carry it, and proto3's parser refuses it.
            if (!QUtf8StringView(p, end - p).isValidUtf8())
                return failField(tagStart, name, number, ProtobufText::tr("is a string that is not valid UTF-8"));
            return true;
        case pb::FieldDescriptor::TYPE_BYTES:
            return true;
        default: { // packed repeated scalars
            const int expected = expectedWireType(field);
            if (expected == 1 || expected == 5) {
                const qsizetype size = expected == 1 ? 8 : 4;
                if ((end - p) % size != 0)
                    return failField(
                        tagStart, name, number,
                        ProtobufText::tr("is a packed list of %1 bytes, not a multiple of %2").arg(end - p).arg(size));
                return true;
            }
            while (p < end) {
                quint64 value = 0;
                if (!varint(&p, end, &value))
                    return failField(tagStart, name, number,
                                     ProtobufText::tr("is a packed list whose last varint is cut short"));
            }
            return true;
        }
        }
    }

    static bool varint(const char **p, const char *end, quint64 *value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 70 && *p < end; shift += 7) {
            const uchar byte = uchar(*(*p)++);
            if (shift == 63 && byte > 1)
                return false; // beyond 64 bits
            result |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }

    bool fail(const char *at, const FieldPath &path, const QString &what)
    {
        const QString where = path.text();
        const QString subject = where.isEmpty() ? ProtobufText::tr("The message")
                                                : ProtobufText::tr("Field “%1”").arg(where);
        error = ProtobufText::tr("%1 at byte %2 %3.").arg(subject).arg(at - m_begin).arg(what);
        return false;
    }
    bool failField(const char *at, const FieldPath &name, quint64 number, const QString &what)
    {
        error =
            ProtobufText::tr("Field “%1” (number %2) at byte %3 %4.").arg(name.text()).arg(number).arg(at - m_begin).arg(what);
        return false;
    }

    const char *m_begin;
};

// --- Unknown fields, shown ------------------------------------------------------

void appendJsonString(QByteArray *out, const QString &text)
{
    out->append('"');
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (uchar(c) < 0x20) {
            out->append("\\u00");
            out->append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

void appendUnknownValues(QByteArray *out, const pb::UnknownFieldSet &set);

void appendUnknownValue(QByteArray *out, const pb::UnknownField &field)
{
    switch (field.type()) {
    case pb::UnknownField::TYPE_VARINT:
        out->append(QByteArray::number(quint64(field.varint())));
        break;
    case pb::UnknownField::TYPE_FIXED32:
        out->append(QByteArray::number(quint32(field.fixed32())));
        break;
    case pb::UnknownField::TYPE_FIXED64:
        out->append(QByteArray::number(quint64(field.fixed64())));
        break;
    case pb::UnknownField::TYPE_LENGTH_DELIMITED: {
        const std::string &bytes = field.length_delimited();
        out->append('"');
        out->append(QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64());
        out->append('"');
        break;
    }
    case pb::UnknownField::TYPE_GROUP:
        appendUnknownValues(out, field.group());
        break;
    }
}

// {"number":[values],...} with each number's values in wire order.
void appendUnknownValues(QByteArray *out, const pb::UnknownFieldSet &set)
{
    out->append('{');
    std::vector<int> numbers;
    for (int i = 0; i < set.field_count(); ++i) {
        if (std::find(numbers.begin(), numbers.end(), set.field(i).number()) == numbers.end())
            numbers.push_back(set.field(i).number());
    }
    bool firstNumber = true;
    for (const int number : numbers) {
        if (!firstNumber)
            out->append(',');
        firstNumber = false;
        out->append('"' + QByteArray::number(number) + "\":[");
        bool first = true;
        for (int i = 0; i < set.field_count(); ++i) {
            if (set.field(i).number() != number)
                continue;
            if (!first)
                out->append(',');
            first = false;
            appendUnknownValue(out, set.field(i));
        }
        out->append(']');
    }
    out->append('}');
}

// "path.number":[values] for every unknown field in message and the messages in it.
void collectUnknown(const pb::Message &message, const FieldPath &path, QByteArray *out, bool *first)
{
    const pb::Reflection *reflection = message.GetReflection();
    const pb::UnknownFieldSet &unknown = reflection->GetUnknownFields(message);
    if (!unknown.empty()) {
        std::vector<int> numbers;
        for (int i = 0; i < unknown.field_count(); ++i) {
            if (std::find(numbers.begin(), numbers.end(), unknown.field(i).number()) == numbers.end())
                numbers.push_back(unknown.field(i).number());
        }
        for (const int number : numbers) {
            pb::UnknownFieldSet one;
            for (int i = 0; i < unknown.field_count(); ++i) {
                if (unknown.field(i).number() == number)
                    one.AddField(unknown.field(i));
            }
            QByteArray list;
            appendUnknownValues(&list, one); // {"n":[...]}
            const qsizetype colon = list.indexOf(':');
            if (!*first)
                out->append(',');
            *first = false;
            const QString where = path.text();
            appendJsonString(out, where.isEmpty() ? QString::number(number)
                                                  : where % QLatin1Char('.') % QString::number(number));
            out->append(list.mid(colon, list.size() - colon - 1));
        }
    }
    std::vector<const pb::FieldDescriptor *> fields;
    reflection->ListFields(message, &fields);
    for (const pb::FieldDescriptor *field : fields) {
        if (field->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE)
            continue;
        if (field->is_repeated()) {
            const int count = reflection->FieldSize(message, field);
            for (int i = 0; i < count; ++i)
                collectUnknown(reflection->GetRepeatedMessage(message, field, i),
                               FieldPath::child(&path, field, quint64(field->number()), i), out, first);
        } else {
            collectUnknown(reflection->GetMessage(message, field),
                           FieldPath::child(&path, field, quint64(field->number()), -1), out, first);
        }
    }
}

QString missingFields(const pb::Message &message)
{
    std::vector<std::string> missing;
    message.FindInitializationErrors(&missing);
    QStringList names;
    for (const std::string &name : missing)
        names.append(QStringLiteral("“") % fromStd(name) % QStringLiteral("”"));
    return names.join(QStringLiteral(", "));
}

} // namespace

ProtobufSchema::ProtobufSchema() = default;
ProtobufSchema::~ProtobufSchema() = default;

std::shared_ptr<const ProtobufSchema> ProtobufSchema::load(const QStringList &protoFiles,
                                                           const QStringList &importPaths, QString *error)
{
    std::shared_ptr<ProtobufSchema> schema(new ProtobufSchema);
    auto tree = std::make_unique<SchemaSourceTree>();
    QStringList problems;
    QStringList mapped;
    auto map = [&](const QString &folder) {
        const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (mapped.contains(clean))
            return;
        mapped.append(clean);
        tree->disk.MapPath(std::string(), toStd(clean));
    };
    for (const QString &path : importPaths)
        map(path);
    for (const QString &file : protoFiles) {
        const QFileInfo info(file);
        if (!info.isFile())
            problems.append(QDir::toNativeSeparators(file) % QStringLiteral(": ") % ProtobufText::tr("no such file"));
        else
            map(info.absolutePath());
    }
    if (protoFiles.isEmpty())
        problems.append(ProtobufText::tr("No .proto file was given."));
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    }

    auto errors = std::make_unique<ErrorLines>(&tree->disk);
    auto importer = std::make_unique<pb::compiler::Importer>(tree.get(), errors.get());
    QHash<QString, const pb::Descriptor *> types;
    for (const QString &file : protoFiles) {
        const QString absolute = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        std::string virtualFile;
        std::string shadowing;
        switch (tree->disk.DiskFileToVirtualFile(toStd(absolute), &virtualFile, &shadowing)) {
        case pb::compiler::DiskSourceTree::SUCCESS:
            break;
        case pb::compiler::DiskSourceTree::SHADOWED:
            errors->lines.append(QDir::toNativeSeparators(file) % QStringLiteral(": ")
                                 % ProtobufText::tr("hidden by %1, which has the same import name “%2”")
                                       .arg(QDir::toNativeSeparators(fromStd(shadowing)), fromStd(virtualFile)));
            continue;
        default:
            errors->lines.append(QDir::toNativeSeparators(file) % QStringLiteral(": ")
                                 % ProtobufText::tr("cannot be read"));
            continue;
        }
        const pb::FileDescriptor *descriptor = importer->Import(virtualFile);
        if (!descriptor)
            continue; // the collector has the lines
        for (int i = 0; i < descriptor->message_type_count(); ++i)
            collectTypes(descriptor->message_type(i), &types);
    }
    if (!errors->lines.isEmpty()) {
        if (error) {
            errors->lines.removeDuplicates();
            *error = errors->lines.join(QLatin1Char('\n'));
        }
        return nullptr;
    }

    schema->m_typeNames = types.keys();
    schema->m_typeNames.sort();
    schema->m_types = std::move(types);
    schema->m_factory = std::make_unique<pb::DynamicMessageFactory>(importer->pool());
    schema->m_sourceTree = std::move(tree);
    schema->m_errors = std::move(errors);
    schema->m_importer = std::move(importer);
    if (error)
        error->clear();
    return schema;
}

QStringList ProtobufSchema::messageTypes() const
{
    return m_typeNames;
}

bool ProtobufSchema::hasMessageType(const QString &fullName) const
{
    return m_types.contains(fullName);
}

DecodedPayload ProtobufSchema::decode(const QString &messageType, QByteArrayView payload) const
{
    DecodedPayload result;
    result.decoder = QStringLiteral("Protobuf ") + messageType;
    const pb::Descriptor *type = m_types.value(messageType);
    if (!type) {
        result.error = ProtobufText::tr("The schema has no message type “%1”.").arg(messageType);
        return result;
    }
    if (payload.size() > INT_MAX) {
        result.error = ProtobufText::tr("The payload is larger than protobuf's limit of 2 GiB.");
        return result;
    }

    WireCheck check(payload.data());
    if (!check.message(type, payload.data(), payload.data() + payload.size(), FieldPath(), 0)) {
        result.error = check.error;
        return result;
    }

    std::unique_ptr<pb::Message> message(m_factory->GetPrototype(type)->New());
    pb::io::CodedInputStream input(reinterpret_cast<const quint8 *>(payload.data()), int(payload.size()));
    input.SetRecursionLimit(MaxDepth);
    if (!message->ParsePartialFromCodedStream(&input) || !input.ConsumedEntireMessage()) {
        result.error = ProtobufText::tr("The payload is not a valid %1 message.").arg(messageType);
        return result;
    }
    if (!message->IsInitialized()) {
        result.error = ProtobufText::tr("The required field(s) %1 are missing.").arg(missingFields(*message));
        return result;
    }

    pb::util::JsonPrintOptions options;
    options.add_whitespace = false;
    options.always_print_primitive_fields = true;
    options.preserve_proto_field_names = true;
    std::string json;
    const auto status = pb::util::MessageToJsonString(*message, &json, options);
    if (!status.ok()) {
        result.error = ProtobufText::tr("The %1 message cannot be shown as JSON: %2.")
                           .arg(messageType, fromStd(status.message().ToString()));
        return result;
    }
    result.json = QByteArray(json.data(), qsizetype(json.size()));

    QByteArray unknown;
    bool first = true;
    collectUnknown(*message, FieldPath(), &unknown, &first);
    if (!unknown.isEmpty() && result.json.endsWith('}')) {
        result.json.chop(1);
        if (result.json.size() > 1)
            result.json.append(',');
        result.json.append("\"unknownFields\":{" + unknown + "}}");
    }
    return result;
}

std::optional<QByteArray> ProtobufSchema::encodeJson(const QString &messageType, QByteArrayView json, QString *error) const
{
    auto failed = [error](const QString &sentence) -> std::optional<QByteArray> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const pb::Descriptor *type = m_types.value(messageType);
    if (!type)
        return failed(ProtobufText::tr("The schema has no message type “%1”.").arg(messageType));

    std::unique_ptr<pb::Message> message(m_factory->GetPrototype(type)->New());
    const auto status = pb::util::JsonStringToMessage(pb::StringPiece(json.data(), size_t(json.size())), message.get(),
                                                      pb::util::JsonParseOptions());
    if (!status.ok()) {
        // "<field path>: <what>", the path empty for the message itself
        QString why = fromStd(status.message().ToString());
        if (why.startsWith(QStringLiteral(": ")))
            why.remove(0, 2);
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        return failed(ProtobufText::tr("The JSON does not fit %1: %2.").arg(messageType, why));
    }
    if (!message->IsInitialized())
        return failed(ProtobufText::tr("The required field(s) %1 are missing.").arg(missingFields(*message)));
    std::string bytes;
    if (!message->SerializeToString(&bytes))
        return failed(ProtobufText::tr("The %1 message cannot be encoded.").arg(messageType));
    if (error)
        error->clear();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace Signalbox
