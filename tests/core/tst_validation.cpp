// The validation of docs/model-validation.md, run as tests: a back-test against the published
// figures the model is built from, and the personas with their top steps. With the
// environment variable CAREERPLANNER_VALIDATION_REPORT set to a file, the tables the document
// shows are written there (the document is refreshed from that output, not hand-edited).
#include "BundledMarketData.h"
#include "core/CareerAnalysis.h"
#include "core/MoneyFormat.h"
#include "core/ProfileJson.h"
#include "core/RoadmapPlanner.h"
#include "core/RoadmapSummary.h"
#include "core/market/CensusAgeCurve.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
struct Report
{
    QString text;
    void line(const QString &l) { text += l + u'\n'; }
};

Report &report()
{
    static Report r;
    return r;
}

Profile persona(const QString &name)
{
    QString error;
    auto profile = ProfileJson::fromBytes(
        readFile(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/personas/"_s + name + u".json"_s),
        &error);
    if (!profile)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *profile;
}

// The market a new user starts with: the bundled pack and the bundled sample listings.
MarketData startingMarket()
{
    MarketData market = bundledData();
    const QJsonDocument samples = QJsonDocument::fromJson(
        readFile(QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/sample_listings.json"_s));
    qint64 id = 0;
    for (const QJsonValue &value : samples.object().value(u"listings"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Listing listing;
        listing.id = ++id;
        listing.title = object.value(u"title"_s).toString();
        if (object.contains(u"monthlyRateMinYen"_s))
            listing.monthlyRateMinYen = qint64(object.value(u"monthlyRateMinYen"_s).toDouble());
        if (object.contains(u"monthlyRateMaxYen"_s))
            listing.monthlyRateMaxYen = qint64(object.value(u"monthlyRateMaxYen"_s).toDouble());
        for (const QJsonValue &requirement : object.value(u"requirements"_s).toArray()) {
            const QJsonObject r = requirement.toObject();
            listing.requirements.append({r.value(u"skill"_s).toString(),
                                         r.value(u"text"_s).toString(),
                                         r.value(u"minimumYears"_s).toDouble()});
        }
        market.listings.append(listing);
    }
    if (market.listings.size() != 5)
        qFatal("expected the five sample listings");
    return market;
}

const EmploymentEstimate &estimateFor(const AnalysisResult &result, EmploymentType type)
{
    for (const EmploymentEstimate &estimate : result.estimates) {
        if (estimate.type == type)
            return estimate;
    }
    qFatal("no estimate");
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void cleanupTestCase()
    {
        const QByteArray path = qgetenv("CAREERPLANNER_VALIDATION_REPORT");
        if (path.isEmpty())
            return;
        QFile file(QString::fromLocal8Bit(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(report().text.toUtf8());
    }

    // Each published per-skill average against the model's value of that skill in the same
    // survey's terms (index × the survey's average). The index blends the surveys, so a skill
    // listed higher by one agency and lower by another lands between them: the error per
    // figure is that disagreement, and the order of skills is kept.
    void backTestPerSkillRates()
    {
        const MarketData market = bundledData();
        const SkillMarketValues values = SkillMarketValues::measure(
            market.pack, market.catalogue, market.listings, market.parameters);
        QMap<QString, QList<const MarketFigure *>> surveys;
        for (const MarketFigure *figure : market.pack.section(u"freelance-skill"_s))
            surveys[figure->publisher + u" / "_s + figure->survey + u" ("_s + figure->year + u')']
                .append(figure);
        report().line(u"### Per-skill rates\n"_s);
        report().line(
            u"| survey | figures | mean absolute error | largest error | rank correlation |"_s);
        report().line(u"|---|---:|---:|---:|---:|"_s);
        QString details;
        for (auto it = surveys.begin(); it != surveys.end(); ++it) {
            const QList<const MarketFigure *> &figures = it.value();
            const bool counted =
                std::all_of(figures.begin(), figures.end(),
                            [](const MarketFigure *f) { return f->count.has_value(); });
            double sum = 0;
            double weight = 0;
            for (const MarketFigure *f : figures) {
                const double w = counted ? double(*f->count) : 1.0;
                sum += f->value * w;
                weight += w;
            }
            const double mean = sum / weight;
            double absoluteError = 0;
            double largest = 0;
            QString largestSkill;
            QList<std::pair<double, double>> pairs; // published, modelled
            for (const MarketFigure *f : figures) {
                const double modelled = values.value(f->key).publishedIndex * mean;
                const double error = (modelled - f->value) / f->value;
                absoluteError += std::abs(error);
                if (std::abs(error) > std::abs(largest)) {
                    largest = error;
                    largestSkill = f->key;
                }
                pairs.append({f->value, modelled});
                details += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
                    it.key().section(u" / "_s, 0, 0), f->key, QString::number(f->value, 'f', 1),
                    QString::number(modelled, 'f', 1),
                    QString::number(error * 100, 'f', 1) + u" %"_s);
            }
            // Spearman's rank correlation between the published and the modelled order.
            const auto ranks = [&pairs](bool modelled) {
                QList<int> order(pairs.size());
                std::iota(order.begin(), order.end(), 0);
                std::sort(order.begin(), order.end(), [&](int a, int b) {
                    return modelled ? pairs.at(a).second < pairs.at(b).second
                                    : pairs.at(a).first < pairs.at(b).first;
                });
                QList<double> rank(pairs.size());
                for (qsizetype r = 0; r < order.size(); ++r)
                    rank[order.at(r)] = double(r);
                return rank;
            };
            const QList<double> a = ranks(false);
            const QList<double> b = ranks(true);
            double d2 = 0;
            for (qsizetype i = 0; i < a.size(); ++i)
                d2 += (a.at(i) - b.at(i)) * (a.at(i) - b.at(i));
            const double n = double(pairs.size());
            const double spearman = n > 2 ? 1 - 6 * d2 / (n * (n * n - 1)) : 1;
            const double mae = absoluteError / n;
            report().line(u"| %1 | %2 | %3 % | %4 % (%5) | %6 |"_s.arg(it.key())
                              .arg(figures.size())
                              .arg(QString::number(mae * 100, 'f', 1),
                                   QString::number(largest * 100, 'f', 1), largestSkill,
                                   QString::number(spearman, 'f', 2)));
            // What the model is for: the relative value of skills. Each survey's own order is
            // kept closely, and each figure is within a few percent on average.
            if (figures.size() >= 10) {
                QVERIFY2(mae < 0.06, qPrintable(it.key()));
                QVERIFY2(spearman > 0.5, qPrintable(it.key()));
            }
        }
        report().line(
            u"\n<details><summary>Every figure</summary>\n\n"
            "| publisher | skill | published | modelled | error |\n|---|---|---:|---:|---:|"_s);
        report().text += details;
        report().line(u"\n</details>\n"_s);
    }

    // The census age curve is the full-time basis: at each band's midpoint it is the band's
    // figure (annual pay derived as monthly pay × 12 + bonus); job tag's 10-year bands, an
    // older edition, are shown beside it and differ by the error listed.
    void backTestAgeBands()
    {
        const MarketData market = bundledData();
        report().line(u"### Full-time pay by age\n"_s);
        report().line(
            u"| occupation | band | census (derived) | model at the midpoint | error |"_s);
        report().line(u"|---|---|---:|---:|---:|"_s);
        for (const QString &occupation : {u"sw"_s, u"sc"_s, u"ot"_s}) {
            const CensusAgeCurve curve = CensusAgeCurve::fromPack(market.pack, occupation);
            QCOMPARE(curve.points().size(), 10);
            for (const CensusAgePoint &point : curve.points()) {
                const MarketFigure *published =
                    market.pack.find(u"wage"_s, occupation + u'|' + point.band + u"|all|annual"_s);
                QVERIFY(published);
                const double modelled = curve.valueAt(point.midAge) / 10'000;
                const double error = (modelled - published->value) / published->value;
                QVERIFY2(std::abs(error) < 0.001, qPrintable(point.band));
                report().line(u"| %1 | %2 | %3 | %4 | %5 % |"_s.arg(
                    occupation, point.band, QString::number(published->value, 'f', 1),
                    QString::number(modelled, 'f', 1), QString::number(error * 100, 'f', 2)));
            }
        }
        const CensusAgeCurve sw = CensusAgeCurve::fromPack(market.pack, u"sw"_s);
        report().line(
            u"\n| job tag band | job tag | census sw at the decade's middle | difference |\n|---|---:|---:|---:|"_s);
        for (const MarketFigure *figure : market.pack.section(u"jobtag-age"_s)) {
            const QString band = figure->key.section(u'|', 1);
            if (!band.endsWith(u's'))
                continue;
            const double middle = band.chopped(1).toDouble() + 5;
            const double census = sw.valueAt(middle) / 10'000;
            report().line(u"| %1 | %2 | %3 | %4 % |"_s.arg(
                band, QString::number(figure->value, 'f', 0), QString::number(census, 'f', 1),
                QString::number((census - figure->value) / figure->value * 100, 'f', 1)));
        }
        report().line(QString());
    }

    void personas_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/personas"_s);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file.chopped(5))) << file.chopped(5);
    }

    // Each persona's estimates and top five steps, with the market a new user starts with
    // (the bundled pack and the five sample listings), and what a career adviser would
    // check: the route fits the job, the skill that pays is the one recommended.
    void personas()
    {
        QFETCH(QString, name);
        const MarketData market = startingMarket();
        const CareerAnalysis analysis(market, market.parameters.defaultConversion());
        const RoadmapPlanner planner(analysis, market.roadmapEffort);
        const Profile profile = persona(name);
        const AnalysisResult result = analysis.analyze(profile);
        RoadmapOptions options;
        options.targetYen = profile.targetIncomeYen;
        options.hoursPerWeek = market.roadmapEffort.defaultHoursPerWeek;
        const RoadmapPlan plan = planner.plan(profile, options);
        QVERIFY(plan.steps.size() >= 5);

        QStringList top;
        bool cloudInTopThree = false;
        for (qsizetype i = 0; i < 5; ++i) {
            const PlannedStep &step = plan.steps.at(i);
            top.append(u"%1 (%2, %3 mo)"_s.arg(step.title, MoneyFormat::annual(step.gainInPlanYen))
                           .arg(std::round(step.effortMonths * 10) / 10));
            const CatalogueSkill *skill = market.catalogue.byId(step.step.skillId);
            if (skill && skill->category == SkillCategory::Cloud && i < 3)
                cloudInTopThree = true;
            // Only the frontend engineer is told to learn frontend skills.
            if (skill && skill->category == SkillCategory::Frontend)
                QVERIFY2(profile.jobType == JobType::Frontend, qPrintable(step.title));
            // Separate tracks only for those on them: nobody here holds SAP or mobile skills.
            for (const QString &track : {u"sap"_s, u"abap"_s, u"salesforce"_s, u"swift"_s})
                QVERIFY2(step.step.skillId != track, qPrintable(step.title));
        }
        const bool holdsCloud =
            std::any_of(result.skills.yearsBySkill.keyBegin(), result.skills.yearsBySkill.keyEnd(),
                        [&](const QString &id) {
                            const CatalogueSkill *skill = market.catalogue.byId(id);
                            return skill && skill->category == SkillCategory::Cloud;
                        });
        if (profile.jobType == JobType::Backend && !holdsCloud)
            QVERIFY2(cloudInTopThree, qPrintable(top.join(u"; "_s)));
        // Past 60 the census drops for employees; freelance rates are paid for skills.
        if (profile.age >= 60)
            QVERIFY(estimateFor(result, EmploymentType::FullTime).midYen <
                    estimateFor(result, EmploymentType::Freelance).midYen);
        for (const EmploymentEstimate &estimate : result.estimates)
            QVERIFY(estimate.midYen > 0);

        report().line(u"#### %1\n"_s.arg(name));
        report().line(u"%1, %2, %3; income %4, target %5.\n"_s.arg(
            u"age %1"_s.arg(profile.age), JobTypes::displayName(profile.jobType),
            EmploymentTypes::displayName(profile.employment),
            MoneyFormat::annual(profile.annualIncomeYen),
            MoneyFormat::annual(profile.targetIncomeYen)));
        QStringList estimates;
        for (const EmploymentEstimate &estimate : result.estimates)
            estimates.append(u"%1 %2"_s.arg(EmploymentTypes::displayName(estimate.type),
                                            MoneyFormat::annual(estimate.midYen)));
        report().line(u"- Estimates: "_s + estimates.join(u", "_s));
        report().line(u"- Plan: "_s + RoadmapSummary::heading(plan) + u". "_s +
                      RoadmapSummary::verdict(plan));
        report().line(u"- Top five steps: "_s + top.join(u"; "_s) + u"\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
