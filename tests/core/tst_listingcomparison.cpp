// The side-by-side comparison of listings, without widgets: the rate with its annual and
// hourly equivalents, each required skill marked met / partly / not met against the profile,
// and the CSV it exports (one line a row, formula-like cells neutralised).
#include "core/CsvReader.h"
#include "core/ListingComparison.h"
#include "core/MoneyFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Listing listing(const QString &title, std::optional<qint64> monthly)
{
    Listing l;
    l.title = title;
    l.monthlyRateMinYen = monthly;
    l.monthlyRateMaxYen = monthly;
    l.contract = u"業務委託"_s;
    return l;
}

RequirementCheck check(const ListingRequirement &requirement, RequirementStatus status,
                       double profileYears)
{
    RequirementCheck c;
    c.requirement = requirement;
    c.status = status;
    c.profileYears = profileYears;
    return c;
}

const ComparisonRow *rowLabelled(const ListingComparison &comparison, const QString &label)
{
    for (const ComparisonRow &row : comparison.rows()) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestListingComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // 800,000 a month is 9.6 million a year and 5,000 an hour at 160 hours; an hourly
    // listing shows its own hourly rate; a listing without a rate is negotiable.
    void ratesWithTheirAnnualAndHourlyEquivalents()
    {
        Listing hourly = listing(u"Hourly"_s, std::nullopt);
        hourly.hourlyRateMinYen = 4'000;
        hourly.hourlyRateMaxYen = 4'500;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const ListingComparison comparison(
            {listing(u"Monthly"_s, 800'000), hourly, listing(u"Open"_s, std::nullopt)}, {},
            SkillCatalogue(), RateConversion{160, 0, 12}, english);
        QCOMPARE(comparison.columnTitles(), (QStringList{u"Monthly"_s, u"Hourly"_s, u"Open"_s}));
        const ComparisonRow *annual = rowLabelled(comparison, u"Annual equivalent"_s);
        QVERIFY(annual);
        QCOMPARE(annual->cells.at(0), MoneyFormat::annual(9'600'000, english));
        QCOMPARE(annual->cells.at(0), u"¥9.60M"_s);
        QCOMPARE(annual->cells.at(2), u"negotiable"_s);
        const ComparisonRow *perHour =
            rowLabelled(comparison, u"Hourly equivalent (160 h/month)"_s);
        QVERIFY(perHour);
        QCOMPARE(perHour->cells.at(0), u"¥5,000/hour"_s);
        QCOMPARE(perHour->cells.at(1), u"¥4,500/hour"_s); // its own rate, the top of the range
        QCOMPARE(perHour->cells.at(2), u"negotiable"_s);
        // Other hours a month change the hourly figure, not the monthly one.
        const ListingComparison longer({listing(u"Monthly"_s, 800'000), hourly}, {},
                                       SkillCatalogue(), RateConversion{200, 0, 12}, english);
        QCOMPARE(rowLabelled(longer, u"Hourly equivalent (200 h/month)"_s)->cells.at(0),
                 u"¥4,000/hour"_s);
    }

    // One line per skill asked for by any listing, in first-asked order; each cell says met,
    // partly (with the years the profile has) or not met, and carries the status for colour.
    void requiredSkillsMarkedMetPartlyAndUnmet()
    {
        const ListingRequirement java{u"java"_s, u"Java"_s, 3};
        const ListingRequirement aws{u"aws"_s, u"AWS"_s, 0};
        const ListingRequirement english{{}, u"ビジネス英語"_s, 0};
        Listing first = listing(u"A"_s, 700'000);
        first.requirements = {java, aws};
        Listing second = listing(u"B"_s, 650'000);
        second.requirements = {java, english};
        ListingFit firstFit;
        firstFit.checks = {check(java, RequirementStatus::Met, 10),
                           check(aws, RequirementStatus::Unmet, -1)};
        ListingFit secondFit;
        secondFit.checks = {check(java, RequirementStatus::Partly, 1),
                            check(english, RequirementStatus::Unknown, -1)};
        const SkillCatalogue catalogue(
            {{u"java"_s, SkillCategory::Languages, u"Java"_s, u"Java"_s, {}, {}, 0},
             {u"aws"_s, SkillCategory::Cloud, u"AWS"_s, u"AWS"_s, {}, {}, 0}});
        const ListingComparison comparison({first, second}, {firstFit, secondFit}, catalogue,
                                           RateConversion{},
                                           QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList skillRows;
        for (const ComparisonRow &row : comparison.rows()) {
            if (row.kind == ComparisonRow::Kind::Skill)
                skillRows.append(row.label);
        }
        QCOMPARE(skillRows, (QStringList{u"Java"_s, u"AWS"_s, u"ビジネス英語"_s}));

        const ComparisonRow *javaRow = rowLabelled(comparison, u"Java"_s);
        QCOMPARE(javaRow->cells.at(0), u"✔ met (3+ years)"_s);
        QCOMPARE(javaRow->cells.at(1), u"◐ partly (3+ years; you have 1)"_s);
        QCOMPARE(javaRow->statuses.at(0), std::optional(RequirementStatus::Met));
        QCOMPARE(javaRow->statuses.at(1), std::optional(RequirementStatus::Partly));
        const ComparisonRow *awsRow = rowLabelled(comparison, u"AWS"_s);
        QCOMPARE(awsRow->cells.at(0), u"✘ not met (asked)"_s);
        QCOMPARE(awsRow->statuses.at(0), std::optional(RequirementStatus::Unmet));
        QCOMPARE(awsRow->cells.at(1), u"—"_s); // B does not ask for it
        QCOMPARE(awsRow->statuses.at(1), std::optional<RequirementStatus>());
        QCOMPARE(rowLabelled(comparison, u"ビジネス英語"_s)->cells.at(1), u"? cannot be checked"_s);
        QCOMPARE(rowLabelled(comparison, u"Fit with your profile"_s)->cells,
                 (QStringList{u"100%"_s, u"100%"_s}));

        // Without a profile, the years asked are shown and nothing is marked.
        const ListingComparison unmarked({first, second}, {}, catalogue, RateConversion{},
                                         QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(rowLabelled(unmarked, u"Java"_s)->cells,
                 (QStringList{u"3+ years"_s, u"3+ years"_s}));
        QCOMPARE(rowLabelled(unmarked, u"Java"_s)->statuses.at(0),
                 std::optional<RequirementStatus>());
        QVERIFY(!rowLabelled(unmarked, u"Fit with your profile"_s));
    }

    // The CSV: a BOM, one line a row and the titles first; read back, every cell is what the
    // table shows, except that a cell starting like a formula gets a leading apostrophe, also
    // when it has to be quoted.
    void csvIsOneLineARowAndFormulaSafe()
    {
        Listing formula = listing(u"=HYPERLINK(\"http://x\",\"click\")"_s, 700'000);
        formula.contract = u"+1, 業務委託"_s; // a comma: the cell is quoted as well
        formula.positions = u"@SUM(A1)"_s;
        formula.workContent = u"-2+3\n複数行の説明"_s;
        const ListingComparison comparison({formula, listing(u"普通の案件"_s, 600'000)}, {},
                                           SkillCatalogue(), RateConversion{},
                                           QLocale(QLocale::English, QLocale::UnitedStates));
        const QByteArray csv = comparison.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        // One CRLF a line, no blank line between rows (the multi-line cell keeps its own LF).
        QCOMPARE(csv.count("\r\n"), comparison.rows().size() + 1);
        const CsvParseResult parsed = CsvReader::parse(QString::fromUtf8(csv.mid(3)));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QList<QStringList> records;
        for (const CsvRecord &record : parsed.records)
            records.append(record.fields);
        QCOMPARE(records.size(), comparison.rows().size() + 1); // the header and one a row
        QCOMPARE(records.first(), (QStringList{QString(), u"'=HYPERLINK(\"http://x\",\"click\")"_s,
                                               u"普通の案件"_s}));
        for (qsizetype i = 0; i < comparison.rows().size(); ++i) {
            const ComparisonRow &row = comparison.rows().at(i);
            const QStringList &record = records.at(i + 1);
            QCOMPARE(record.first(), row.label);
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                const QString shown = row.cells.at(c);
                const QString written = record.at(c + 1);
                const bool formulaLike = !shown.isEmpty() && u"=+-@"_s.contains(shown.front());
                QCOMPARE(written, formulaLike ? u'\'' + shown : shown);
            }
        }
        QCOMPARE(rowLabelled(comparison, u"Contract"_s)->cells.first(), u"+1, 業務委託"_s);
        QVERIFY(csv.contains("\"'+1, 業務委託\""));
    }
};

QTEST_GUILESS_MAIN(TestListingComparison)
#include "tst_listingcomparison.moc"
