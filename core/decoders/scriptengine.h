#pragma once
// TEMPORARY: the agreed API, replaced by the scripts branch.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
namespace Signalbox {
struct ScriptResult
{
    QByteArray output;
    bool isJson = false;
    QString error;
    int line = 0;
    bool ok() const { return error.isEmpty(); }
};
struct ScriptLimits
{
    int timeoutMs = 500;
    qint64 memoryBytes = 256ll * 1024 * 1024;
};
class ScriptEngine
{
public:
    explicit ScriptEngine(const ScriptLimits &limits = {});
    ~ScriptEngine();
    bool load(const QString &source, const QString &name, QString *error);
    bool hasReceive() const;
    bool hasPublish() const;
    ScriptResult receive(const QString &topic, const QByteArray &payload);
    ScriptResult publish(const QString &topic, const QByteArray &payload);
};
class ScriptRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScriptRunner(const ScriptLimits &limits = {}, QObject *parent = nullptr);
    ~ScriptRunner() override;
    void setScript(const QString &source, const QString &name);
    void submit(quint64 id, const QString &topic, const QByteArray &payload);
    ScriptResult runPublish(const QString &topic, const QByteArray &payload);
    void test(const QString &source, const QString &topic, const QByteArray &payload);
signals:
    void loaded(const QString &error);
    void transformed(const QList<quint64> &ids, const QList<Signalbox::ScriptResult> &results);
    void testFinished(const Signalbox::ScriptResult &result);
};
} // namespace Signalbox
Q_DECLARE_METATYPE(Signalbox::ScriptResult)
