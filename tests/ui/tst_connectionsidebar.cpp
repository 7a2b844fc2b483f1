#include "connectionsidebar.h"

#include "profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Signalbox;

class TestConnectionSidebar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionSidebar> m_sidebar;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_a, m_b, m_c; // a and b in "Lab", c in no group; "Prod" is empty

    QString addProfile(const QString &name, const QString &group)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.host = name.toLower() + QStringLiteral(".example");
        profile.group = group;
        return m_store->add(profile);
    }

    QAbstractItemModel *model() const
    {
        return m_sidebar->findChild<QTreeView *>(QStringLiteral("connectionTree"))->model();
    }

    QModelIndex groupIndex(const QString &name) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (index.data(ConnectionSidebar::ProfileIdRole).toString().isEmpty()
                && index.data(ConnectionSidebar::GroupRole).toString() == name)
                return index;
        }
        return {};
    }

    QModelIndex profileIndex(const QString &id) const
    {
        const QModelIndexList found = model()->match(model()->index(0, 0), ConnectionSidebar::ProfileIdRole, id, 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    QStringList topLevelTexts() const
    {
        QStringList texts;
        for (int row = 0; row < model()->rowCount(); ++row)
            texts.append(model()->index(row, 0).data().toString());
        return texts;
    }

    // What the view hands to the model when the user drops the dragged rows on target.
    bool drop(const QString &id, const QModelIndex &target, int row = -1)
    {
        std::unique_ptr<QMimeData> data(model()->mimeData({profileIndex(id)}));
        if (!data)
            return false;
        if (!model()->canDropMimeData(data.get(), Qt::MoveAction, row, 0, target))
            return false;
        return model()->dropMimeData(data.get(), Qt::MoveAction, row, 0, target);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
        QVERIFY(m_store->addGroup(QStringLiteral("Lab")));
        QVERIFY(m_store->addGroup(QStringLiteral("Prod")));
        m_a = addProfile(QStringLiteral("Alpha"), QStringLiteral("Lab"));
        m_b = addProfile(QStringLiteral("Beta"), QStringLiteral("Lab"));
        m_c = addProfile(QStringLiteral("Gamma"), QString());
        m_sidebar = std::make_unique<ConnectionSidebar>(m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_sidebar.reset();
        m_store.reset();
    }

    void groupsAndProfilesAppearWithCounts()
    {
        QCOMPARE(topLevelTexts(),
                 (QStringList{QStringLiteral("Lab (2)"), QStringLiteral("Prod (0)"), QStringLiteral("Gamma")}));
        const QModelIndex lab = groupIndex(QStringLiteral("Lab"));
        QCOMPARE(model()->rowCount(lab), 2);
        QCOMPARE(model()->index(0, 0, lab).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model()->index(1, 0, lab).data().toString(), QStringLiteral("Beta"));
        QCOMPARE(model()->rowCount(groupIndex(QStringLiteral("Prod"))), 0);
    }

    void stateTextFollowsSetState()
    {
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("off"));
        m_sidebar->setState(m_a, MqttClient::State::Connecting, false);
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("connecting"));
        m_sidebar->setState(m_a, MqttClient::State::Connected, false);
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("connected"));
        QCOMPARE(profileIndex(m_a).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("connected"));
        m_sidebar->setRate(m_a, 42);
        // The rate has a column of its own, so that a long name does not hide it.
        QCOMPARE(profileIndex(m_a).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(profileIndex(m_a).siblingAtColumn(1).data().toString(), QStringLiteral("42 msg/s"));
        m_sidebar->setRate(m_a, 0.3);
        QCOMPARE(m_sidebar->rateText(m_a), QStringLiteral("0.3 msg/s"));
        m_sidebar->setState(m_a, MqttClient::State::Reconnecting, true);
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("reconnecting"));
        QCOMPARE(profileIndex(m_a).siblingAtColumn(1).data().toString(), QString());
        m_sidebar->setState(m_a, MqttClient::State::Disconnected, true);
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("error"));
        m_sidebar->setState(m_a, MqttClient::State::Disconnected, false);
        QCOMPARE(m_sidebar->stateText(m_a), QStringLiteral("off"));
    }

    void stateSurvivesRebuild()
    {
        m_sidebar->setState(m_c, MqttClient::State::Connected, false);
        QVERIFY(drop(m_c, groupIndex(QStringLiteral("Prod"))));
        QCOMPARE(m_sidebar->stateText(m_c), QStringLiteral("connected"));
        QCOMPARE(profileIndex(m_c).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("connected"));
    }

    void dropOnGroupMovesProfileThere()
    {
        QVERIFY(drop(m_c, groupIndex(QStringLiteral("Prod"))));
        QCOMPARE(m_store->profile(m_c)->group, QStringLiteral("Prod"));
        QCOMPARE(profileIndex(m_c).parent(), groupIndex(QStringLiteral("Prod")));
        QCOMPARE(topLevelTexts(), (QStringList{QStringLiteral("Lab (2)"), QStringLiteral("Prod (1)")}));
    }

    void dropBetweenRowsOfGroupMovesProfileThere()
    {
        QVERIFY(drop(m_c, groupIndex(QStringLiteral("Lab")), 1));
        QCOMPARE(m_store->profile(m_c)->group, QStringLiteral("Lab"));
        QCOMPARE(groupIndex(QStringLiteral("Lab")).data().toString(), QStringLiteral("Lab (3)"));
    }

    void dropOnProfileMeansItsGroup()
    {
        QVERIFY(drop(m_c, profileIndex(m_b)));
        QCOMPARE(m_store->profile(m_c)->group, QStringLiteral("Lab"));
        QCOMPARE(profileIndex(m_c).parent(), groupIndex(QStringLiteral("Lab")));
        QCOMPARE(model()->rowCount(profileIndex(m_b)), 0);
    }

    void dropOnUngroupedProfileMeansNoGroup()
    {
        QVERIFY(drop(m_a, profileIndex(m_c)));
        QCOMPARE(m_store->profile(m_a)->group, QString());
        QVERIFY(!profileIndex(m_a).parent().isValid());
        QCOMPARE(groupIndex(QStringLiteral("Lab")).data().toString(), QStringLiteral("Lab (1)"));
    }

    void dropOnTopLevelMeansNoGroup()
    {
        QVERIFY(drop(m_a, QModelIndex()));
        QCOMPARE(m_store->profile(m_a)->group, QString());
        QVERIFY(drop(m_b, QModelIndex(), 0));
        QCOMPARE(m_store->profile(m_b)->group, QString());
        QCOMPARE(groupIndex(QStringLiteral("Lab")).data().toString(), QStringLiteral("Lab (0)"));
        QCOMPARE(m_store->groups(), (QStringList{QStringLiteral("Lab"), QStringLiteral("Prod")}));
    }

    void dropKeepsSelection()
    {
        m_sidebar->select(m_c);
        QVERIFY(drop(m_c, groupIndex(QStringLiteral("Lab"))));
        QCOMPARE(m_sidebar->currentProfileId(), m_c);
    }

    void groupsAreNotDraggable()
    {
        const QModelIndex lab = groupIndex(QStringLiteral("Lab"));
        QVERIFY(!(model()->flags(lab) & Qt::ItemIsDragEnabled));
        QVERIFY(model()->flags(lab) & Qt::ItemIsDropEnabled);
        QVERIFY(model()->flags(profileIndex(m_a)) & Qt::ItemIsDragEnabled);
        QVERIFY(!std::unique_ptr<QMimeData>(model()->mimeData({lab})));
    }

    void foreignDataIsRefused()
    {
        QMimeData text;
        text.setText(m_c);
        const QModelIndex prod = groupIndex(QStringLiteral("Prod"));
        QVERIFY(!model()->canDropMimeData(&text, Qt::MoveAction, -1, 0, prod));
        QVERIFY(!model()->dropMimeData(&text, Qt::MoveAction, -1, 0, prod));
        QMimeData unknown;
        unknown.setData(ConnectionSidebar::profileIdsMimeType(), "no-such-profile");
        QVERIFY(!model()->dropMimeData(&unknown, Qt::MoveAction, -1, 0, prod));
        QCOMPARE(m_store->profile(m_c)->group, QString());
    }

    // After a move the view removes the dragged rows; the rebuilt tree must keep them.
    void viewCannotRemoveRows()
    {
        QVERIFY(!model()->removeRows(0, 1, groupIndex(QStringLiteral("Lab"))));
        QCOMPARE(model()->rowCount(groupIndex(QStringLiteral("Lab"))), 2);
    }

    void renameGroupMovesItsProfiles()
    {
        QVERIFY(m_sidebar->renameGroup(QStringLiteral("Lab"), QStringLiteral(" Bench ")));
        QCOMPARE(m_store->profile(m_a)->group, QStringLiteral("Bench"));
        QCOMPARE(m_store->profile(m_b)->group, QStringLiteral("Bench"));
        QCOMPARE(topLevelTexts(),
                 (QStringList{QStringLiteral("Bench (2)"), QStringLiteral("Prod (0)"), QStringLiteral("Gamma")}));
        QVERIFY(!m_sidebar->renameGroup(QStringLiteral("Bench"), QStringLiteral("Prod")));
        QVERIFY(!m_sidebar->renameGroup(QStringLiteral("Bench"), QStringLiteral("  ")));
        QVERIFY(!m_sidebar->renameGroup(QStringLiteral("Nope"), QStringLiteral("Other")));
        QCOMPARE(m_store->groups(), (QStringList{QStringLiteral("Bench"), QStringLiteral("Prod")}));
    }

    void createGroup()
    {
        QVERIFY(m_sidebar->createGroup(QStringLiteral("Staging ")));
        QVERIFY(groupIndex(QStringLiteral("Staging")).isValid());
        QCOMPARE(groupIndex(QStringLiteral("Staging")).data().toString(), QStringLiteral("Staging (0)"));
        QVERIFY(!m_sidebar->createGroup(QStringLiteral("Lab")));
        QVERIFY(!m_sidebar->createGroup(QString()));
    }

    void deleteGroupMovesItsProfilesToNoGroup()
    {
        QVERIFY(m_sidebar->deleteGroup(QStringLiteral("Lab")));
        QCOMPARE(m_store->profile(m_a)->group, QString());
        QCOMPARE(m_store->profile(m_b)->group, QString());
        QVERIFY(!groupIndex(QStringLiteral("Lab")).isValid());
        QCOMPARE(topLevelTexts(), (QStringList{QStringLiteral("Prod (0)"), QStringLiteral("Alpha"),
                                               QStringLiteral("Beta"), QStringLiteral("Gamma")}));
        QVERIFY(!m_sidebar->deleteGroup(QStringLiteral("Lab")));
    }

    void moveProfilesSkipsUnknownIds()
    {
        QVERIFY(!m_sidebar->moveProfiles({QStringLiteral("no-such-profile")}, QStringLiteral("Prod")));
        QVERIFY(m_sidebar->moveProfiles({QStringLiteral("no-such-profile"), m_c}, QStringLiteral("New")));
        QCOMPARE(m_store->profile(m_c)->group, QStringLiteral("New"));
        QVERIFY(groupIndex(QStringLiteral("New")).isValid());
    }

    void clickingAProfileAsksToOpenIt()
    {
        QSignalSpy open(m_sidebar.get(), &ConnectionSidebar::openRequested);
        auto *view = m_sidebar->findChild<QTreeView *>(QStringLiteral("connectionTree"));
        m_sidebar->resize(300, 400);
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(profileIndex(m_b)).center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_b);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(groupIndex(QStringLiteral("Lab"))).center());
        QCOMPARE(open.size(), 1);
    }

    // Edit, Copy and Delete act on the chosen connection: without one they are off.
    void selectionButtonsNeedAConnection()
    {
        const QStringList names{QStringLiteral("editButton"), QStringLiteral("duplicateButton"),
                                QStringLiteral("deleteButton")};
        for (const QString &name : names)
            QVERIFY2(!m_sidebar->findChild<QToolButton *>(name)->isEnabled(), qPrintable(name));
        QVERIFY(m_sidebar->findChild<QToolButton *>(QStringLiteral("newButton"))->isEnabled());
        m_sidebar->select(m_c);
        for (const QString &name : names)
            QVERIFY2(m_sidebar->findChild<QToolButton *>(name)->isEnabled(), qPrintable(name));
        QVERIFY(drop(m_a, groupIndex(QStringLiteral("Prod")))); // a rebuild keeps the choice
        QVERIFY(m_sidebar->findChild<QToolButton *>(QStringLiteral("editButton"))->isEnabled());
    }

    void doubleClickAsksToConnect()
    {
        QSignalSpy connect(m_sidebar.get(), &ConnectionSidebar::connectRequested);
        auto *view = m_sidebar->findChild<QTreeView *>(QStringLiteral("connectionTree"));
        m_sidebar->resize(300, 400);
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
        const QPoint at = view->visualRect(profileIndex(m_c)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a double-click starts as a click
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(connect.size(), 1);
        QCOMPARE(connect.first().first().toString(), m_c);
    }

    void pasteHandsOverTheClipboard()
    {
        QSignalSpy pasted(m_sidebar.get(), &ConnectionSidebar::urlPasted);
        auto *view = m_sidebar->findChild<QTreeView *>(QStringLiteral("connectionTree"));
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
        view->setFocus();
        QGuiApplication::clipboard()->setText(QStringLiteral("  mqtt://127.0.0.1:1883  "));
        QTest::keySequence(view, QKeySequence::Paste);
        QCOMPARE(pasted.size(), 1);
        QCOMPARE(pasted.first().first().toString(), QStringLiteral("mqtt://127.0.0.1:1883"));
    }
};

QTEST_MAIN(TestConnectionSidebar)
#include "tst_connectionsidebar.moc"
