#include "core/ProfileJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CAREERPLANNER_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray withChange(const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(fixture(u"profile-valid.json"_s)).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson();
}
} // namespace

class TestProfileJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedExample()
    {
        QString error;
        const auto profile = ProfileJson::fromBytes(fixture(u"profile-valid.json"_s), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->age, 47);
        QCOMPARE(profile->jobType, JobType::Backend);
        QCOMPARE(profile->employment, EmploymentType::FullTime);
        QCOMPARE(profile->annualIncomeYen, 6'000'000);
        QCOMPARE(profile->experienceYears, 22);
        QCOMPARE(profile->skills.size(), 3);
        QCOMPARE(profile->skills.at(0), (ProfileSkill{u"Java"_s, 15}));
        QCOMPARE(profile->skills.at(2).name, u"自社フレームワーク"_s);
        QCOMPARE(profile->skills.at(2).years, 4.5);
        QCOMPARE(profile->certifications,
                 QStringList{u"AWS Certified Solutions Architect - Associate"_s});
        QCOMPARE(profile->managementYearsLeading, 3);
        QCOMPARE(profile->managementLargestTeam, 6);
        QCOMPARE(profile->upstream.size(), 3);
        QCOMPARE(profile->largeScaleProjects, 2);
        QCOMPARE(profile->newTechnologyProjects, 1);
        QCOMPARE(profile->targetIncomeYen, 10'000'000);
    }

    void roundTripsEveryField()
    {
        QString error;
        const auto profile = ProfileJson::fromBytes(fixture(u"profile-valid.json"_s), &error);
        QVERIFY(profile);
        const auto again = ProfileJson::fromBytes(ProfileJson::toBytes(*profile), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *profile);
    }

    void optionalSectionsDefaultToZero()
    {
        QString error;
        const auto profile = ProfileJson::fromBytes(
            R"({"schema":1,"age":30,"jobType":"frontend","employment":"parttime",
                "annualIncomeYen":2500000,"experienceYears":3})",
            &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->jobType, JobType::Frontend);
        QCOMPARE(profile->employment, EmploymentType::PartTime);
        QVERIFY(profile->skills.isEmpty());
        QCOMPARE(profile->targetIncomeYen, 0);
    }

    void errorsNameTheKeyPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("negative years") << fixture(u"profile-negative-years.json"_s)
                                        << u"skills[2].years: expected a number ≥ 0"_s;
        QTest::newRow("age too low") << withChange(u"age"_s, 12) << u"age: "_s;
        QTest::newRow("age not whole") << withChange(u"age"_s, 47.5) << u"age: "_s;
        QTest::newRow("age missing") << withChange(u"age"_s, QJsonValue::Undefined) << u"age: "_s;
        QTest::newRow("job type") << withChange(u"jobType"_s, u"wizard"_s)
                                  << u"jobType: expected one of backend | frontend"_s;
        QTest::newRow("employment") << withChange(u"employment"_s, 3) << u"employment: "_s;
        QTest::newRow("income text")
            << withChange(u"annualIncomeYen"_s, u"600万"_s) << u"annualIncomeYen: "_s;
        QTest::newRow("unknown key")
            << withChange(u"targetIncomeyen"_s, 1) << u"targetIncomeyen: unknown key"_s;
        QTest::newRow("upstream") << withChange(u"upstream"_s, QJsonArray{u"coding"_s})
                                  << u"upstream[0]: "_s;
        QTest::newRow("skills not list") << withChange(u"skills"_s, u"Java"_s) << u"skills: "_s;
        QTest::newRow("skill name")
            << withChange(u"skills"_s, QJsonArray{QJsonObject{{u"years"_s, 1}}})
            << u"skills[0].name: "_s;
        QTest::newRow("management")
            << withChange(u"management"_s, QJsonObject{{u"largestTeam"_s, -1}})
            << u"management.largestTeam: "_s;
        QTest::newRow("newer schema") << withChange(u"schema"_s, 2) << u"schema: expected 1"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << u"(top level)"_s;
    }

    void errorsNameTheKeyPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedStart);
        QString error;
        QVERIFY(!ProfileJson::fromBytes(json, &error));
        QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        QString error;
        QVERIFY(!ProfileJson::fromBytes(fixture(u"profile-syntax-error.json"_s), &error));
        QVERIFY2(error.startsWith(u"line 5, column"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
