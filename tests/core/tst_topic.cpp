#include "mqtt/topic.h"
#include "mqtt/topichints.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

class TestTopic : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void sharedFilters_data();
    void sharedFilters();
    void validFilters_data();
    void validFilters();
    void invalidFilters_data();
    void invalidFilters();
    void topicNames_data();
    void topicNames();
    void longStrings();
    void whitespaceWarnings_data();
    void whitespaceWarnings();
    void whitespaceWarningsAreAboutFilters();
    void matcherOrderAndDuplicates();
    void matcherCacheInvalidation();
    void matcherCacheIsShared();
    void matcherInternsTopics();
};

void TestTopic::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("expected");

    // MQTT 5.0 §4.7.1.2, multi-level wildcard
    QTest::newRow("4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.2 ... matches sport/tennis/player1/ranking")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/ranking"_s << true;
    QTest::newRow("4.7.1.2 ... matches sport/tennis/player1/score/wimbledon")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/score/wimbledon"_s << true;
    QTest::newRow("4.7.1.2 sport/# matches sport (the parent)") << u"sport/#"_s << u"sport"_s << true;
    QTest::newRow("4.7.1.2 # matches everything") << u"#"_s << u"sport/tennis"_s << true;
    QTest::newRow("# matches one level") << u"#"_s << u"sport"_s << true;
    QTest::newRow("# matches a leading empty level") << u"#"_s << u"/finance"_s << true;
    QTest::newRow("sport/# does not match sports") << u"sport/#"_s << u"sports"_s << false;
    QTest::newRow("sport/tennis/# does not match sport") << u"sport/tennis/#"_s << u"sport"_s << false;

    // MQTT 5.0 §4.7.1.3, single-level wildcard
    QTest::newRow("4.7.1.3 sport/tennis/+ matches sport/tennis/player1")
        << u"sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.3 sport/tennis/+ matches sport/tennis/player2")
        << u"sport/tennis/+"_s << u"sport/tennis/player2"_s << true;
    QTest::newRow("4.7.1.3 sport/tennis/+ does not match sport/tennis/player1/ranking")
        << u"sport/tennis/+"_s << u"sport/tennis/player1/ranking"_s << false;
    QTest::newRow("4.7.1.3 sport/+ does not match sport") << u"sport/+"_s << u"sport"_s << false;
    QTest::newRow("4.7.1.3 sport/+ matches sport/") << u"sport/+"_s << u"sport/"_s << true;
    QTest::newRow("4.7.1.3 + matches a single level") << u"+"_s << u"sport"_s << true;
    QTest::newRow("4.7.1.3 +/+ matches /finance") << u"+/+"_s << u"/finance"_s << true;
    QTest::newRow("4.7.1.3 /+ matches /finance") << u"/+"_s << u"/finance"_s << true;
    QTest::newRow("4.7.1.3 + does not match /finance") << u"+"_s << u"/finance"_s << false;
    QTest::newRow("4.7.1.3 +/tennis/# matches sport/tennis/player1")
        << u"+/tennis/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.3 sport/+/player1 matches sport/tennis/player1")
        << u"sport/+/player1"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("+ in the middle matches an empty level") << u"a/+/c"_s << u"a//c"_s << true;
    QTest::newRow("+/# matches the parent") << u"a/+/#"_s << u"a/b"_s << true;
    QTest::newRow("+/# needs the + level") << u"a/+/#"_s << u"a"_s << false;

    // MQTT 5.0 §4.7.2, topics beginning with '$'
    QTest::newRow("4.7.2 # does not match $SYS/x") << u"#"_s << u"$SYS/x"_s << false;
    QTest::newRow("4.7.2 +/monitor/Clients does not match $SYS/monitor/Clients")
        << u"+/monitor/Clients"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("4.7.2 $SYS/# matches $SYS/monitor/Clients") << u"$SYS/#"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("4.7.2 $SYS/monitor/+ matches $SYS/monitor/Clients")
        << u"$SYS/monitor/+"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("4.7.2 $ elsewhere is ordinary") << u"+/$x"_s << u"a/$x"_s << true;

    // MQTT 5.0 §4.7.3, names are case sensitive and spaces count
    QTest::newRow("4.7.3 ACCOUNTS is not Accounts") << u"ACCOUNTS"_s << u"Accounts"_s << false;
    QTest::newRow("4.7.3 spaces are part of a level") << u"Accounts payable"_s << u"Accounts payable"_s << true;
    QTest::newRow("4.7.3 /finance is not finance") << u"/finance"_s << u"finance"_s << false;
    QTest::newRow("trailing separator is a level") << u"a/b"_s << u"a/b/"_s << false;
    QTest::newRow("exact match") << u"a/b/c"_s << u"a/b/c"_s << true;
    QTest::newRow("non-ASCII levels") << u"caf\u00e9/+"_s << u"caf\u00e9/cr\u00e8me"_s << true;

    // Invalid filters match nothing.
    QTest::newRow("invalid: # not last") << u"a/#/b"_s << u"a/x/b"_s << false;
    QTest::newRow("invalid: a# literal") << u"a#"_s << u"a#"_s << false;
    QTest::newRow("invalid: a+ literal") << u"a+"_s << u"a+"_s << false;
    QTest::newRow("invalid: empty filter") << QString() << u"a"_s << false;
    QTest::newRow("empty topic") << u"#"_s << QString() << false;
}

void TestTopic::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, expected);
    QCOMPARE(TopicFilter::matches(filter, topic), expected);
    QCOMPARE(TopicFilter(filter).matches(TopicName(topic)), expected);
}

void TestTopic::sharedFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("matches");

    // MQTT 5.0 §4.8.2 examples
    QTest::newRow("4.8.2 $share/consumer1/sport/tennis/+") << u"$share/consumer1/sport/tennis/+"_s << u"consumer1"_s
                                                           << u"sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.8.2 $share/consumer2/sport/tennis/+") << u"$share/consumer2/sport/tennis/+"_s << u"consumer2"_s
                                                           << u"sport/tennis/+"_s << u"sport/tennis/player2"_s << true;
    QTest::newRow("4.8.2 $share/consumer1//finance")
        << u"$share/consumer1//finance"_s << u"consumer1"_s << u"/finance"_s << u"/finance"_s << true;
    QTest::newRow("4.8.2 $share/consumer1/+/finance")
        << u"$share/consumer1/+/finance"_s << u"consumer1"_s << u"+/finance"_s << u"/finance"_s << true;
    QTest::newRow("4.8.2 inner filter rules apply") << u"$share/g/a/#"_s << u"g"_s << u"a/#"_s << u"a"_s << true;
    QTest::newRow("4.8.2 the group is not a level") << u"$share/g/#"_s << u"g"_s << u"#"_s << u"g/a"_s << true;
    QTest::newRow("4.7.2 inner wildcard still hides $ topics")
        << u"$share/g/#"_s << u"g"_s << u"#"_s << u"$SYS/x"_s << false;
    QTest::newRow("$share literal topic does not match itself")
        << u"$share/g/a"_s << u"g"_s << u"a"_s << u"$share/g/a"_s << false;
}

void TestTopic::sharedFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, group);
    QFETCH(QString, inner);
    QFETCH(QString, topic);
    QFETCH(bool, matches);
    const TopicFilter f(filter);
    QVERIFY2(f.isValid(), qPrintable(TopicFilter::validate(filter).value_or(QString())));
    QVERIFY(f.isShared());
    QCOMPARE(f.sharedGroup(), std::optional<QString>(group));
    QCOMPARE(f.withoutShare(), inner);
    QCOMPARE(f.matches(TopicName(topic)), matches);
    QCOMPARE(f.hasWildcards(), inner.contains(u'+') || inner.contains(u'#'));
}

void TestTopic::validFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("wildcards");
    // MQTT 5.0 §4.7.1.2, §4.7.1.3
    QTest::newRow("4.7.1.2 #") << u"#"_s << true;
    QTest::newRow("4.7.1.2 sport/tennis/#") << u"sport/tennis/#"_s << true;
    QTest::newRow("4.7.1.3 +") << u"+"_s << true;
    QTest::newRow("4.7.1.3 +/tennis/#") << u"+/tennis/#"_s << true;
    QTest::newRow("4.7.1.3 sport/+/player1") << u"sport/+/player1"_s << true;
    QTest::newRow("4.7.1.3 +/+") << u"+/+"_s << true;
    QTest::newRow("4.7.1.3 /+") << u"/+"_s << true;
    QTest::newRow("4.7.3 /") << u"/"_s << false;
    QTest::newRow("4.7.3 empty levels") << u"a//b"_s << false;
    QTest::newRow("4.7.3 spaces") << u"Accounts payable"_s << false;
    QTest::newRow("plain") << u"sport/tennis"_s << false;
    QTest::newRow("$SYS/#") << u"$SYS/#"_s << true;
    QTest::newRow("$share without a slash is an ordinary filter") << u"$share"_s << false;
    QTest::newRow("4.8.2 shared") << u"$share/group/sensors/#"_s << true;
}

void TestTopic::validFilters()
{
    QFETCH(QString, filter);
    QFETCH(bool, wildcards);
    QVERIFY(!TopicFilter::validate(filter));
    QVERIFY(TopicFilter(filter).isValid());
    QCOMPARE(TopicFilter(filter).hasWildcards(), wildcards);
}

void TestTopic::invalidFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    // MQTT 5.0 §4.7.3
    QTest::newRow("4.7.3 empty") << QString()
                                 << u"A topic filter may not be empty; use '#' to subscribe to every topic."_s;
    QTest::newRow("4.7.3 null character")
        << QStringLiteral("a/\u0000") << u"Topic filters may not contain the null character (U+0000)."_s;
    // MQTT 5.0 §4.7.1.2
    QTest::newRow("4.7.1.2 sport/tennis#")
        << u"sport/tennis#"_s << u"The '#' wildcard must occupy a whole level, as in 'sensors/#', not 'sensors#'."_s;
    QTest::newRow("4.7.1.2 sport/tennis/#/ranking")
        << u"sport/tennis/#/ranking"_s << u"The '#' wildcard must be the last level of a filter, as in 'sensors/#'."_s;
    QTest::newRow("#/") << u"#/"_s << u"The '#' wildcard must be the last level of a filter, as in 'sensors/#'."_s;
    QTest::newRow("##") << u"##"_s << u"The '#' wildcard must occupy a whole level, as in 'sensors/#', not 'sensors#'."_s;
    // MQTT 5.0 §4.7.1.3
    QTest::newRow("4.7.1.3 sport+")
        << u"sport+"_s
        << u"The '+' wildcard must occupy a whole level, as in 'sensors/+/temperature', not 'sensors+'."_s;
    QTest::newRow("++") << u"a/++/b"_s
                        << u"The '+' wildcard must occupy a whole level, as in 'sensors/+/temperature', not 'sensors+'."_s;
    // MQTT 5.0 §4.8.2
    QTest::newRow("4.8.2 empty group") << u"$share//a"_s
                                       << u"A shared subscription needs a group name, as in '$share/group/sensors/#'."_s;
    QTest::newRow("4.8.2 $share/ alone") << u"$share/"_s
                                         << u"A shared subscription needs a group name, as in '$share/group/sensors/#'."_s;
    QTest::newRow("4.8.2 + in group") << u"$share/g+/a"_s
                                      << u"The group name of a shared subscription may not contain '+' or '#'."_s;
    QTest::newRow("4.8.2 # in group") << u"$share/#/a"_s
                                      << u"The group name of a shared subscription may not contain '+' or '#'."_s;
    QTest::newRow("4.8.2 no filter")
        << u"$share/g"_s
        << u"A shared subscription needs a topic filter after the group name, as in '$share/group/sensors/#'."_s;
    QTest::newRow("4.8.2 empty filter")
        << u"$share/g/"_s
        << u"A shared subscription needs a topic filter after the group name, as in '$share/group/sensors/#'."_s;
    QTest::newRow("4.8.2 bad inner filter")
        << u"$share/g/a#"_s << u"The '#' wildcard must occupy a whole level, as in 'sensors/#', not 'sensors#'."_s;
    // MQTT 5.0 §1.5.4
    QTest::newRow("1.5.4 lone surrogate")
        << QString(QChar(0xD800))
        << u"Topic filters may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8."_s;
}

void TestTopic::invalidFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QCOMPARE(TopicFilter::validate(filter).value_or(QString()), message);
    QVERIFY(!TopicFilter(filter).isValid());
}

void TestTopic::topicNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString wildcards =
        u"Topic names may not contain the wildcards '+' or '#'; those belong in subscription filters."_s;
    // MQTT 5.0 §4.7.1, §4.7.3
    QTest::newRow("plain") << u"sport/tennis/player1"_s << QString();
    QTest::newRow("4.7.3 /") << u"/"_s << QString();
    QTest::newRow("4.7.3 leading /") << u"/finance"_s << QString();
    QTest::newRow("4.7.3 space") << u" "_s << QString();
    QTest::newRow("$SYS") << u"$SYS/broker/uptime"_s << QString();
    QTest::newRow("emoji (surrogate pair)") << u"sensors/\U0001F321"_s << QString();
    QTest::newRow("4.7.3 empty") << QString() << u"A topic name may not be empty."_s;
    QTest::newRow("4.7.1 +") << u"sport/+"_s << wildcards;
    QTest::newRow("4.7.1 #") << u"sport/#"_s << wildcards;
    QTest::newRow("4.7.1 # inside a level") << u"sport#1"_s << wildcards;
    QTest::newRow("4.7.3 null character")
        << QStringLiteral("a\u0000b") << u"Topic names may not contain the null character (U+0000)."_s;
    QTest::newRow("1.5.4 lone low surrogate")
        << QString(QChar(0xDC00))
        << u"Topic names may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8."_s;
}

void TestTopic::topicNames()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(TopicName::validate(name).value_or(QString()), message);
    QCOMPARE(TopicName(name).isValid(), message.isEmpty());
}

void TestTopic::whitespaceWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("warning");

    QTest::newRow("plain") << u"sensors/kitchen/temp"_s << QString();
    QTest::newRow("a space inside is fine") << u"living room/temp"_s << QString();
    QTest::newRow("Korean") << u"센서/온도"_s << QString();
    QTest::newRow("emoji (a surrogate pair)") << u"fun/\U0001F600"_s << QString();
    QTest::newRow("trailing space") << u"sensors/temp "_s << u"The topic ends with a space."_s;
    QTest::newRow("leading space") << u" sensors/temp"_s << u"The topic starts with a space."_s;
    QTest::newRow("only a space") << u" "_s << u"The topic starts with a space."_s;
    QTest::newRow("trailing tab") << u"a\t"_s << u"The topic ends with a tab (U+0009)."_s;
    QTest::newRow("trailing newline") << u"a/b\n"_s << u"The topic ends with a line break (U+000A)."_s;
    QTest::newRow("zero-width space inside")
        << u"sensors/\u200btemp"_s << u"The topic contains a zero-width space (U+200B) at character 9."_s;
    QTest::newRow("zero-width space at the end")
        << u"sensors\u200b"_s << u"The topic ends with a zero-width space (U+200B)."_s;
    QTest::newRow("byte order mark first") << u"\ufeffa/b"_s << u"The topic starts with a byte order mark (U+FEFF)."_s;
    QTest::newRow("non-breaking space inside")
        << u"living\u00a0room"_s << u"The topic contains a non-breaking space (U+00A0) at character 7."_s;
    QTest::newRow("control character") << u"a\u0007b"_s
                                       << u"The topic contains a control character (U+0007) at character 2."_s;
    QTest::newRow("DEL") << u"a\u007fb"_s << u"The topic contains a control character (U+007F) at character 2."_s;
    QTest::newRow("right-to-left override")
        << u"a\u202eb"_s << u"The topic contains an invisible formatting character (U+202E) at character 2."_s;
    QTest::newRow("em space") << u"a\u2003b"_s << u"The topic contains a space character (U+2003) at character 2."_s;
    QTest::newRow("counted in characters, not UTF-16 units")
        << u"\U0001F600/\u200b/x"_s << u"The topic contains a zero-width space (U+200B) at character 3."_s;
    QTest::newRow("the start is named first") << u" a "_s << u"The topic starts with a space."_s;
}

void TestTopic::whitespaceWarnings()
{
    QFETCH(QString, name);
    QFETCH(QString, warning);
    QCOMPARE(TopicName::whitespaceWarning(name).value_or(QString()), warning);
    QCOMPARE(TopicName::whitespaceWarning(name).has_value(), !warning.isEmpty());
    // MQTT allows them: a warning, never a reason to refuse.
    if (!name.contains(u'\0'))
        QVERIFY(!TopicName::validate(name));
}

void TestTopic::whitespaceWarningsAreAboutFilters()
{
    QCOMPARE(TopicFilter::whitespaceWarning(u"sensors/+/temp ").value_or(QString()), u"The filter ends with a space."_s);
    QCOMPARE(TopicFilter::whitespaceWarning(u"\u200b#").value_or(QString()),
             u"The filter starts with a zero-width space (U+200B)."_s);
    QVERIFY(!TopicFilter::whitespaceWarning(u"sensors/+/temp"));
    QVERIFY(!TopicFilter::whitespaceWarning(u""));
}

void TestTopic::longStrings()
{
    // MQTT 5.0 §1.5.4: at most 65535 bytes of UTF-8.
    const QString longest(65535, u'a');
    QVERIFY(!TopicName::validate(longest));
    QVERIFY(!TopicFilter::validate(longest));
    QVERIFY(TopicFilter::matches(longest, longest));

    const QString tooLong(65536, u'a');
    QCOMPARE(TopicName::validate(tooLong).value_or(QString()),
             u"A topic name may be at most 65535 bytes of UTF-8; this one has 65536."_s);
    QCOMPARE(TopicFilter::validate(tooLong).value_or(QString()),
             u"A topic filter may be at most 65535 bytes of UTF-8; this one has 65536."_s);
    QVERIFY(!TopicFilter::matches(tooLong, tooLong));

    // 21846 characters of U+00E9 are 43692 bytes; 32768 of them are 65536.
    QVERIFY(!TopicName::validate(QString(21846, QChar(0xE9))));
    QCOMPARE(TopicName::validate(QString(32768, QChar(0xE9))).value_or(QString()),
             u"A topic name may be at most 65535 bytes of UTF-8; this one has 65536."_s);
}

void TestTopic::matcherOrderAndDuplicates()
{
    SubscriptionMatcher matcher;
    matcher.addFilter(u"a/#"_s);
    matcher.addFilter(u"+/b"_s);
    matcher.addFilter(u"a/b"_s);
    matcher.addFilter(u"a/#"_s);
    matcher.addFilter(u"$share/g/a/+"_s);
    QCOMPARE(matcher.filters(), (QStringList{u"a/#"_s, u"+/b"_s, u"a/b"_s, u"$share/g/a/+"_s}));
    QCOMPARE(matcher.match(u"a/b"_s), (QStringList{u"a/#"_s, u"+/b"_s, u"a/b"_s, u"$share/g/a/+"_s}));
    QCOMPARE(matcher.match(u"a"_s), QStringList{u"a/#"_s});
    QCOMPARE(matcher.match(u"c/d"_s), QStringList());
    // MQTT 5.0 §4.7.2
    QCOMPARE(matcher.match(u"$SYS/b"_s), QStringList());
}

void TestTopic::matcherCacheInvalidation()
{
    SubscriptionMatcher matcher;
    matcher.addFilter(u"a/+"_s);
    QCOMPARE(matcher.match(u"a/b"_s), QStringList{u"a/+"_s});

    matcher.addFilter(u"#"_s);
    QCOMPARE(matcher.match(u"a/b"_s), (QStringList{u"a/+"_s, u"#"_s}));

    matcher.removeFilter(u"a/+"_s);
    QCOMPARE(matcher.match(u"a/b"_s), QStringList{u"#"_s});

    matcher.removeFilter(u"not there"_s);
    QCOMPARE(matcher.match(u"a/b"_s), QStringList{u"#"_s});

    matcher.clear();
    QCOMPARE(matcher.filters(), QStringList());
    QCOMPARE(matcher.match(u"a/b"_s), QStringList());

    matcher.addFilter(u"a/b"_s);
    QCOMPARE(matcher.match(u"a/b"_s), QStringList{u"a/b"_s});
}

void TestTopic::matcherCacheIsShared()
{
    SubscriptionMatcher matcher;
    matcher.addFilter(u"a/+"_s);
    const QStringList first = matcher.match(u"a/b"_s);
    const QStringList second = matcher.match(u"a/b"_s);
    QCOMPARE(first, second);
    // The same shared data, not a copy per call.
    QVERIFY(first.constData() == second.constData());

    // Many distinct topics do not grow the cache without bound, and answers stay right.
    for (int i = 0; i < 20000; ++i)
        QCOMPARE(matcher.match(u"a/"_s + QString::number(i)).size(), 1);
    QCOMPARE(matcher.match(u"a/b/c"_s), QStringList());
}

void TestTopic::matcherInternsTopics()
{
    SubscriptionMatcher matcher;
    matcher.setCapacity(3);
    QCOMPARE(matcher.capacity(), 3);

    // Each topic gets a hint in order of first sight and one string for all its messages.
    QString a1 = u"a/"_s + u"1"_s, a1again = u"a/"_s + u"1"_s, b = u"b"_s;
    QVERIFY(a1.constData() != a1again.constData());
    QStringList filters{u"stale"_s};
    QCOMPARE(matcher.intern(a1, &filters), 1u);
    QCOMPARE(filters, QStringList()); // no filters yet
    QCOMPARE(matcher.intern(b), 2u);
    QCOMPARE(matcher.intern(a1again, &filters), 1u);
    QCOMPARE(a1again, u"a/1"_s);
    QVERIFY(a1again.constData() == a1.constData());
    QCOMPARE(matcher.cachedTopics(), 2);

    // A filter added later is matched on the next lookup; the hint stays.
    matcher.addFilter(u"a/+"_s);
    QString a1third = u"a/"_s + u"1"_s;
    QCOMPARE(matcher.intern(a1third, &filters), 1u);
    QCOMPARE(filters, QStringList{u"a/+"_s});
    QCOMPARE(matcher.match(u"a/1"_s), QStringList{u"a/+"_s});
    QVERIFY(a1third.constData() == a1.constData());
    matcher.removeFilter(u"a/+"_s);
    QCOMPARE(matcher.intern(a1third, &filters), 1u);
    QCOMPARE(filters, QStringList());

    // Past the capacity the cache starts over: hints begin again at 1, with new strings.
    QString c = u"c"_s;
    QCOMPARE(matcher.intern(c), 3u);
    QString d = u"d"_s;
    QCOMPARE(matcher.intern(d), 1u);
    QCOMPARE(matcher.cachedTopics(), 1);
    QString a1fourth = u"a/"_s + u"1"_s;
    QCOMPARE(matcher.intern(a1fourth), 2u);
    QVERIFY(a1fourth.constData() != a1.constData());
    QVERIFY(!sameTopicData(a1fourth, a1));
    QVERIFY(sameTopicData(a1again, a1));
    QVERIFY(!sameTopicData(QString(), QString()));
}

QTEST_APPLESS_MAIN(TestTopic)

#include "tst_topic.moc"
