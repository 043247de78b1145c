// The tax and social-insurance figures for the take-home calculator (data/takehome): every row
// names its publisher, document, year and address; the tables are whole (the grades of the
// standard monthly remuneration meet end to end, the tax brackets rise); the figures the
// official tables state are what they state. A row whose figure could not be confirmed says
// UNVERIFIED in its note, and only such a row may leave its value empty.
#include "core/CsvReader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Figure
{
    int line = 0;
    QString value;
    QString unit;
    QString note;
};

QHash<QString, Figure> readFigures(const QString &path, QString *problem)
{
    QHash<QString, Figure> figures;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = path + u": cannot be read"_s;
        return figures;
    }
    const CsvParseResult parsed = CsvReader::parse(QString::fromUtf8(file.readAll()));
    if (!parsed.error.isEmpty()) {
        *problem = u"%1:%2: %3"_s.arg(path).arg(parsed.errorLine).arg(parsed.error);
        return figures;
    }
    const QStringList header{u"key"_s,      u"value"_s, u"unit"_s, u"publisher"_s,
                             u"document"_s, u"year"_s,  u"url"_s,  u"note"_s};
    if (parsed.records.isEmpty() || parsed.records.first().fields != header) {
        *problem = path + u": the header is not "_s + header.join(u',');
        return figures;
    }
    const QSet<QString> units{u"yen"_s,   u"rate"_s,   u"months"_s,
                              u"hours"_s, u"people"_s, u"count"_s};
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvRecord &record = parsed.records.at(i);
        const QStringList &f = record.fields;
        auto fail = [&](const QString &why) {
            *problem = u"%1:%2: %3"_s.arg(path).arg(record.line).arg(why);
        };
        if (f.size() != header.size())
            return fail(u"%1 fields, expected %2"_s.arg(f.size()).arg(header.size())), figures;
        if (f[0].isEmpty() || figures.contains(f[0]))
            return fail(u"empty or repeated key %1"_s.arg(f[0])), figures;
        if (!units.contains(f[2]))
            return fail(u"unknown unit %1"_s.arg(f[2])), figures;
        if (f[3].isEmpty() || f[4].isEmpty())
            return fail(u"no publisher or document"_s), figures;
        const int year = f[5].toInt();
        if (year < 2000 || year > 2026) // the year of the document: some rules date back
            return fail(u"year %1"_s.arg(f[5])), figures;
        if (!f[6].startsWith(u"https://"_s) && !f[6].startsWith(u"http://"_s))
            return fail(u"no address"_s), figures;
        bool number = false;
        const double value = f[1].toDouble(&number);
        if (f[1].isEmpty() ? !f[7].contains(u"UNVERIFIED"_s) : !number)
            return fail(u"value %1 is not a number (or empty without UNVERIFIED)"_s.arg(f[1])),
                   figures;
        if (number && (value < 0 || (f[2] == u"rate"_s && value > 1)))
            return fail(u"value %1 out of range for %2"_s.arg(f[1], f[2])), figures;
        figures.insert(f[0], {record.line, f[1], f[2], f[7]});
    }
    return figures;
}

double valueOf(const QHash<QString, Figure> &figures, const QString &key)
{
    return figures.value(key).value.toDouble();
}
} // namespace

class TestTakeHomeData : public QObject
{
    Q_OBJECT

private slots:
    void everyFigureIsSourcedAndWellFormed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2025") << u"takehome-2025.csv"_s;
        QTest::newRow("2026") << u"takehome-2026.csv"_s;
    }

    void everyFigureIsSourcedAndWellFormed()
    {
        QFETCH(QString, file);
        QString problem;
        const auto figures = readFigures(
            QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/takehome/"_s + file, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(figures.size() > 300);

        // The grades of the standard monthly remuneration meet end to end, each standard
        // amount inside its band: 50 grades for health insurance, 32 for the pension.
        for (const auto &[table, grades, lowest, highest] :
             {std::tuple(u"health"_s, 50, 58'000, 1'390'000),
              std::tuple(u"pension"_s, 32, 88'000, 650'000)}) {
            const QString prefix = u"standard_remuneration.%1.grade.%2."_s.arg(table);
            for (int g = 1; g <= grades; ++g) {
                const QString grade = prefix.arg(g);
                QVERIFY2(figures.contains(grade + u"monthly_yen"_s), qPrintable(grade));
                const double monthly = valueOf(figures, grade + u"monthly_yen"_s);
                QVERIFY2(monthly >= valueOf(figures, grade + u"lower_yen"_s), qPrintable(grade));
                if (g < grades) {
                    const double upper = valueOf(figures, grade + u"upper_yen"_s);
                    QVERIFY2(monthly < upper, qPrintable(grade));
                    QCOMPARE(valueOf(figures, prefix.arg(g + 1) + u"lower_yen"_s), upper);
                }
            }
            QVERIFY(!figures.contains(prefix.arg(grades + 1) + u"monthly_yen"_s));
            QCOMPARE(valueOf(figures, prefix.arg(1) + u"monthly_yen"_s), double(lowest));
            QCOMPARE(valueOf(figures, prefix.arg(grades) + u"monthly_yen"_s), double(highest));
        }

        // Income tax: seven brackets from 5 % to 45 %, each bound above the last; the
        // quick-table deduction makes the tax continuous at every bound.
        double previousUpper = 0;
        double previousRate = 0;
        for (int b = 1; b <= 7; ++b) {
            const QString bracket = u"income_tax.bracket.%1."_s.arg(b);
            const double rate = valueOf(figures, bracket + u"rate"_s);
            QVERIFY(rate > previousRate);
            if (b > 1) {
                const QString before = u"income_tax.bracket.%1."_s.arg(b - 1);
                const double taxBelow =
                    previousUpper * previousRate - valueOf(figures, before + u"deduction_yen"_s);
                const double taxAbove =
                    previousUpper * rate - valueOf(figures, bracket + u"deduction_yen"_s);
                QCOMPARE(taxAbove, taxBelow);
            }
            if (b < 7) {
                const double upper = valueOf(figures, bracket + u"upper_yen"_s);
                QVERIFY(upper > previousUpper);
                previousUpper = upper;
            }
            previousRate = rate;
        }
        QCOMPARE(valueOf(figures, u"income_tax.bracket.1.rate"_s), 0.05);
        QCOMPARE(valueOf(figures, u"income_tax.bracket.7.rate"_s), 0.45);
        QCOMPARE(valueOf(figures, u"income_tax.reconstruction_surtax.rate"_s), 0.021);
        // 厚生年金: 18.3 %, half of it the employee's.
        QCOMPARE(valueOf(figures, u"pension.employees.rate_total"_s), 0.183);
        QCOMPARE(valueOf(figures, u"pension.employees.employee_share"_s), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestTakeHomeData)
#include "tst_takehomedata.moc"
