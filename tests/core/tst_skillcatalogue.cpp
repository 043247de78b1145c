#include "core/SkillCatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSkillCatalogue : public QObject
{
    Q_OBJECT

private:
    SkillCatalogue catalogue()
    {
        return SkillCatalogue({
            {u"java"_s, SkillCategory::Languages, u"Java"_s, u"Java"_s, {}, {}, 0},
            {u"aws"_s, SkillCategory::Cloud, u"AWS"_s, u"AWS"_s, {u"Amazon Web Services"_s}, {}, 0},
            {u"requirements-definition"_s,
             SkillCategory::Upstream,
             u"Requirements Definition"_s,
             u"要件定義"_s,
             {u"要求定義"_s},
             {},
             0},
            // An alias that collides with another skill's name must not take it over.
            {u"javascript"_s,
             SkillCategory::Languages,
             u"JavaScript"_s,
             u"JavaScript"_s,
             {u"JS"_s, u"java"_s},
             {},
             0},
        });
    }

private slots:
    void findsByIdNameAliasIgnoringCaseAndWidth_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedId");
        QTest::newRow("name") << u"Java"_s << u"java"_s;
        QTest::newRow("lower case") << u"aws"_s << u"aws"_s;
        QTest::newRow("full-width") << u"ＡＷＳ"_s << u"aws"_s;
        QTest::newRow("alias") << u"amazon web services"_s << u"aws"_s;
        QTest::newRow("japanese name") << u"要件定義"_s << u"requirements-definition"_s;
        QTest::newRow("japanese alias") << u"要求定義"_s << u"requirements-definition"_s;
        QTest::newRow("extra spaces") << u"  Amazon   Web Services "_s << u"aws"_s;
        QTest::newRow("alias does not shadow name") << u"JAVA"_s << u"java"_s;
        QTest::newRow("short alias") << u"js"_s << u"javascript"_s;
    }

    void findsByIdNameAliasIgnoringCaseAndWidth()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedId);
        const SkillCatalogue skills = catalogue();
        const CatalogueSkill *skill = skills.find(query);
        QVERIFY(skill);
        QCOMPARE(skill->id, expectedId);
    }

    void unknownNamesAreNotFound()
    {
        const SkillCatalogue skills = catalogue();
        QVERIFY(!skills.find(u"自社フレームワーク"_s));
        QVERIFY(!skills.find(QString()));
    }

    void displayNameFollowsLocale()
    {
        const SkillCatalogue skills = catalogue();
        const CatalogueSkill *skill = skills.byId(u"requirements-definition"_s);
        QVERIFY(skill);
        QCOMPARE(skill->displayName(QLocale(QLocale::Japanese)), u"要件定義"_s);
        QCOMPARE(skill->displayName(QLocale(QLocale::English)), u"Requirements Definition"_s);
    }

    void completionOffersNamesAndAliases()
    {
        const QStringList names = catalogue().completionNames();
        QVERIFY(names.contains(u"Amazon Web Services"_s));
        QVERIFY(names.contains(u"要件定義"_s));
        QCOMPARE(names.count(u"Java"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSkillCatalogue)
#include "tst_skillcatalogue.moc"
