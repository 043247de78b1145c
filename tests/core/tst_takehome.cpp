#include "core/ListingComparison.h"
#include "core/takehome/ListingTakeHome.h"
#include "core/takehome/TakeHomeCalculator.h"
#include "core/takehome/TakeHomeComparison.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TakeHomeCalculator calculatorFor(int year)
{
    QString error;
    auto rules = TakeHomeRules::forYear(year, &error);
    if (!rules)
        qFatal("rules for %d: %s", year, qPrintable(error));
    return TakeHomeCalculator(std::move(*rules));
}

qint64 lineAmount(const TakeHomeResult &result, const QString &id)
{
    for (const TakeHomeLine &line : result.lines) {
        if (line.id == id)
            return line.amountYen;
    }
    return -1;
}

TakeHomeInput fullTime(int year, qint64 annual, double bonusMonths = 0, int age = 30)
{
    TakeHomeInput input;
    input.employment = EmploymentType::FullTime;
    input.year = year;
    input.annualGrossYen = annual;
    input.bonusMonths = bonusMonths;
    input.age = age;
    return input;
}

TakeHomeInput freelance(int year, qint64 monthlyRate, int age = 30)
{
    TakeHomeInput input;
    input.employment = EmploymentType::Freelance;
    input.year = year;
    input.monthlyRateYen = monthlyRate;
    input.age = age;
    return input;
}

} // namespace

class TestTakeHome : public QObject
{
    Q_OBJECT

private slots:
    // Every figure the calculator reads is in both years' files, with its source.
    void bothYearsHaveEveryFigure()
    {
        for (int year : TakeHomeRules::years()) {
            QString error;
            const auto rules = TakeHomeRules::forYear(year, &error);
            QVERIFY2(rules, qPrintable(error));
            QCOMPARE(rules->missing(TakeHomeCalculator::requiredKeys()), QStringList());
            for (const QString &key : TakeHomeCalculator::requiredKeys()) {
                const TakeHomeSource source = rules->source(key);
                QVERIFY2(!source.publisher.isEmpty() && source.url.startsWith(u"http"_s),
                         qPrintable(key));
            }
        }
    }

    // ---- Published worked examples (data/takehome/worked-examples.md) ----------------

    void incomeTaxFromTheQuickTable()
    {
        const TakeHomeCalculator calculator = calculatorFor(2025);
        QCOMPARE(calculator.incomeTaxBeforeSurtax(5'000'000), 572'500); // example 1
        QCOMPARE(calculator.incomeTaxBeforeSurtax(7'000'000), 974'000); // example 2
        QCOMPARE(calculator.incomeTaxBeforeSurtax(0), 0);
    }

    void theTaxFreeLineForPayAlone()
    {
        // Example 3 (令和7年分): no income tax on 1,600,000 yen of pay, insurance aside.
        const TakeHomeCalculator y2025 = calculatorFor(2025);
        QCOMPARE(y2025.employmentIncome(1'600'000), 950'000);
        QCOMPARE(y2025.incomeTax(950'000, 0, {}), 0);
        QCOMPARE(y2025.employmentIncome(1'610'000), 960'000);
        QCOMPARE(y2025.incomeTax(960'000, 0, {}), 500); // 10,000 × 5 % × 1.021, down to 100
        // Example 4 (令和8年分, the reform as planned): the line moves to 1,780,000.
        const TakeHomeCalculator y2026 = calculatorFor(2026);
        QCOMPARE(y2026.employmentIncome(1'780'000), 1'040'000);
        QCOMPARE(y2026.incomeTax(1'040'000, 0, {}), 0);
    }

    void standardMonthlyRemunerationGrades()
    {
        const TakeHomeCalculator calculator = calculatorFor(2025);
        int grade = 0;
        QCOMPARE(calculator.standardMonthly(u"health"_s, 225'000, &grade), 220'000); // ex. 5
        QCOMPARE(grade, 18);
        QCOMPARE(calculator.standardMonthly(u"health"_s, 290'000, &grade), 300'000); // ex. 6
        QCOMPARE(grade, 22);
        QCOMPARE(calculator.standardMonthly(u"pension"_s, 290'000, &grade), 300'000);
        QCOMPARE(grade, 19);
        QCOMPARE(calculator.standardMonthly(u"health"_s, 309'999, &grade), 300'000);
        QCOMPARE(grade, 22);
        QCOMPARE(calculator.standardMonthly(u"health"_s, 310'000, &grade), 320'000);
        QCOMPARE(grade, 23);
        QCOMPARE(calculator.standardMonthly(u"pension"_s, 310'000, &grade), 320'000);
        QCOMPARE(grade, 20);
        QCOMPARE(calculator.standardMonthly(u"pension"_s, 10'000, &grade), 88'000); // ex. 9
        QCOMPARE(grade, 1);
    }

    void premiumsForAGrade()
    {
        // 300,000 a month, no bonus, age 30, 令和7年度: health 300,000 × 9.91 % ÷ 2 = 14,865
        // (example 10) and pension 300,000 × 18.3 % ÷ 2 = 27,450 (example 9), each a month.
        const TakeHomeResult result = calculatorFor(2025).calculate(fullTime(2025, 3'600'000));
        QCOMPARE(result.healthYen, 14'865 * 12);
        QCOMPARE(result.pensionYen, 27'450 * 12);
        QCOMPARE(result.careYen, 0); // under 40
        // National pension for a year (example 8): 17,510 × 12.
        const TakeHomeResult freelancer = calculatorFor(2025).calculate(freelance(2025, 500'000));
        QCOMPARE(freelancer.nationalPensionYen, 210'120);
    }

    // ---- The hand-computed cases of docs/takehome.md --------------------------------

    void handComputedFullTimeEmployee()
    {
        const TakeHomeResult result =
            calculatorFor(2025).calculate(fullTime(2025, 6'000'000, 2, 45));
        QCOMPARE(result.healthYen, 304'039);
        QCOMPARE(result.careYen, 48'781);
        QCOMPARE(result.pensionYen, 561'444);
        QCOMPARE(result.employmentInsuranceYen, 33'000);
        QCOMPARE(result.socialInsuranceYen(), 947'264);
        QCOMPARE(lineAmount(result, u"employmentIncomeDeduction"_s), 1'640'000);
        QCOMPARE(lineAmount(result, u"totalIncome"_s), 4'360'000);
        QCOMPARE(lineAmount(result, u"basicDeduction"_s), 680'000);
        QCOMPARE(lineAmount(result, u"taxableIncome"_s), 2'732'000);
        QCOMPARE(result.incomeTaxYen, 179'300);
        QCOMPARE(result.residentTaxYen, 300'700);
        QCOMPARE(result.netYen, 4'572'736);
        QVERIFY(result.employerContributionsYen > 0);
        for (const TakeHomeLine &line : result.lines) {
            if (line.kind == TakeHomeLine::Kind::Cost)
                QVERIFY2(!line.source.isEmpty(), qPrintable(line.id)); // every cost cites
        }
    }

    void handComputedFreelancer()
    {
        TakeHomeInput input = freelance(2025, 800'000, 45);
        input.billedMonths = 11;
        input.expensesYen = 600'000;
        input.invoice = InvoiceMode::TwentyPercent;
        const TakeHomeResult result = calculatorFor(2025).calculate(input);
        QCOMPARE(result.grossYen, 8'800'000);
        QCOMPARE(result.consumptionTaxCollectedYen, 880'000);
        QCOMPARE(result.consumptionTaxYen, 176'000);
        QCOMPARE(result.businessTaxYen, 285'900);
        QCOMPARE(lineAmount(result, u"totalIncome"_s), 7'968'100);
        QCOMPARE(result.nationalPensionYen, 210'120);
        QCOMPARE(lineAmount(result, u"nhi.basic"_s), 628'400);
        QCOMPARE(lineAmount(result, u"nhi.elderly_support"_s), 219'500);
        QCOMPARE(lineAmount(result, u"nhi.care"_s), 170'000); // capped
        QCOMPARE(result.nationalHealthYen, 1'017'900);
        QCOMPARE(lineAmount(result, u"taxableIncome"_s), 6'160'000);
        QCOMPARE(result.incomeTaxYen, 821'300);
        QCOMPARE(result.residentTaxYen, 633'500);
        QCOMPARE(result.netYen, 5'935'280);
    }

    // Case 1 of docs/takehome.md with 23,000 yen a month in iDeCo: 276,000 off both taxes'
    // incomes, none off the insurance; set aside before the take-home pay.
    void handComputedEmployeeWithIdeco()
    {
        TakeHomeInput input = fullTime(2025, 6'000'000, 2, 45);
        input.idecoMonthlyYen = 23'000;
        const TakeHomeResult result = calculatorFor(2025).calculate(input);
        QCOMPARE(result.socialInsuranceYen(), 947'264);
        QCOMPARE(lineAmount(result, u"mutualAidDeduction"_s), 276'000);
        QCOMPARE(lineAmount(result, u"taxableIncome"_s), 2'456'000);
        QCOMPARE(result.incomeTaxYen, 151'200);
        QCOMPARE(result.residentTaxYen, 273'100);
        QCOMPARE(lineAmount(result, u"contributions"_s), 276'000);
        QCOMPARE(result.contributionsYen, 276'000);
        QCOMPARE(result.netYen, 4'352'436);
        QCOMPARE(result.contributionsSavedYen, 55'700); // 28,100 + 27,600
        // The saving is told right after the take-home pay, the set-aside line right before.
        const auto at =
            std::find_if(result.lines.cbegin(), result.lines.cend(),
                         [](const TakeHomeLine &line) { return line.id == u"netYen"_s; });
        QVERIFY(at != result.lines.cend() && at != result.lines.cbegin());
        QCOMPARE((at - 1)->id, u"contributions"_s);
        QCOMPARE((at + 1)->id, u"contributionsSaved"_s);
    }

    // Case 2 of docs/takehome.md with iDeCo 68,000, 小規模企業共済 70,000 and 経営セーフティ
    // 共済 200,000 a month. The last is an expense for income tax and 国保, not for 個人事業税.
    void handComputedFreelancerWithMutualAid()
    {
        TakeHomeInput input = freelance(2025, 800'000, 45);
        input.expensesYen = 600'000;
        input.invoice = InvoiceMode::TwentyPercent;
        input.idecoMonthlyYen = 68'000;
        input.smallBusinessMutualAidMonthlyYen = 70'000;
        input.safetyMutualAidMonthlyYen = 200'000;
        const TakeHomeResult result = calculatorFor(2025).calculate(input);
        QCOMPARE(result.businessTaxYen, 285'900);
        QCOMPARE(lineAmount(result, u"safetyMutualAid"_s), 2'400'000);
        QCOMPARE(lineAmount(result, u"totalIncome"_s), 5'568'100);
        QCOMPARE(lineAmount(result, u"nhi.basic"_s), 443'400);
        QCOMPARE(lineAmount(result, u"nhi.elderly_support"_s), 155'000);
        QCOMPARE(lineAmount(result, u"nhi.care"_s), 132'200);
        QCOMPARE(result.socialInsuranceYen(), 940'720);
        QCOMPARE(lineAmount(result, u"mutualAidDeduction"_s), 1'656'000);
        QCOMPARE(lineAmount(result, u"basicDeduction"_s), 630'000);
        QCOMPARE(lineAmount(result, u"taxableIncome"_s), 2'341'000);
        QCOMPARE(result.incomeTaxYen, 139'400);
        QCOMPARE(result.residentTaxYen, 256'600);
        QCOMPARE(result.contributionsYen, 4'056'000);
        QCOMPARE(result.netYen, 3'225'380);
        QCOMPARE(result.contributionsSavedYen, 3'225'380 + 4'056'000 - 5'935'280);
    }

    void contributionLimitsAreTheYears()
    {
        const TakeHomeCalculator calculator = calculatorFor(2026);
        TakeHomeInput employee = fullTime(2026, 6'000'000);
        employee.idecoMonthlyYen = 23'000;
        QVERIFY(calculator.validate(employee).isEmpty());
        employee.idecoMonthlyYen = 23'001;
        QVERIFY(calculator.validate(employee).startsWith(u"iDeCo: "_s));
        employee.idecoMonthlyYen = 0;
        employee.smallBusinessMutualAidMonthlyYen = 10'000;
        QVERIFY(calculator.validate(employee).contains(u"self-employed"_s));

        TakeHomeInput rate = freelance(2026, 700'000);
        rate.idecoMonthlyYen = 68'000;
        rate.smallBusinessMutualAidMonthlyYen = 70'000;
        rate.safetyMutualAidMonthlyYen = 200'000;
        QVERIFY(calculator.validate(rate).isEmpty());
        rate.safetyMutualAidMonthlyYen = 4'000; // below the least contract of 5,000
        QVERIFY(calculator.validate(rate).startsWith(u"経営セーフティ共済: "_s));
        rate.safetyMutualAidMonthlyYen = 0;
        rate.smallBusinessMutualAidMonthlyYen = 70'001;
        QVERIFY(calculator.validate(rate).startsWith(u"小規模企業共済: "_s));
        rate.smallBusinessMutualAidMonthlyYen = 0;
        rate.idecoMonthlyYen = 68'001;
        QVERIFY(calculator.validate(rate).startsWith(u"iDeCo: "_s));
    }

    // In the side-by-side comparison one iDeCo amount is taken up to each type's limit, and
    // the 共済 count for the freelancer only.
    void theComparisonAppliesEachTypesLimits()
    {
        const TakeHomeCalculator calculator = calculatorFor(2026);
        TakeHomeInput common;
        common.year = 2026;
        common.age = 45;
        common.idecoMonthlyYen = 50'000;
        common.smallBusinessMutualAidMonthlyYen = 30'000;
        TakeHomeComparison::Amounts amounts;
        amounts.fullTimeAnnualYen = 7'000'000;
        amounts.dispatchAnnualYen = 5'000'000;
        amounts.partTimeAnnualYen = 2'000'000;
        amounts.freelanceMonthlyYen = 800'000;
        const TakeHomeComparison comparison =
            TakeHomeComparison::compare(calculator, common, amounts);
        QVERIFY2(comparison.error.isEmpty(), qPrintable(comparison.error));
        QCOMPARE(comparison.result(EmploymentType::FullTime)->contributionsYen, 23'000 * 12);
        QCOMPARE(comparison.result(EmploymentType::Freelance)->contributionsYen,
                 (50'000 + 30'000) * 12);
        QVERIFY(comparison.result(EmploymentType::Freelance)->contributionsSavedYen > 0);
    }

    // ---- Prefectures ---------------------------------------------------------------

    // All 47 prefectures in both years, each with its source, and Tokyo's rate in the
    // prefecture table is the year file's.
    void everyPrefectureHasARateBothYears()
    {
        for (int year : TakeHomeRules::years()) {
            const TakeHomeCalculator calculator = calculatorFor(year);
            const TakeHomeRules &rules = calculator.rules();
            QCOMPARE(rules.prefectures().prefectures().size(), 47);
            QCOMPARE(rules.prefectures().prefectures().first().japanese, u"北海道"_s);
            QCOMPARE(rules.prefectures().prefectures().last().english, u"okinawa"_s);
            for (const Prefecture &prefecture : rules.prefectures().prefectures()) {
                const QString key = TakeHomeRules::prefectureRateKey(prefecture.english);
                QVERIFY2(rules.has(key), qPrintable(key));
                QVERIFY(rules.value(key) > 0.09 && rules.value(key) < 0.11);
                QVERIFY(!rules.source(key).url.isEmpty());
                QCOMPARE(rules.source(key).year, year);
            }
            QCOMPARE(rules.value(TakeHomeRules::prefectureRateKey(u"tokyo"_s)),
                     rules.value(u"health.kyokai_tokyo.rate_total"_s));
        }
    }

    // 大阪府's 2025 rate is 10.24 %: on the grade of case 1 (440,000 yen, no bonus), 22,528
    // yen a month against Tokyo's 21,802. Every way of naming it is the same prefecture.
    void aPrefecturesRateChangesTheHealthPremium()
    {
        const TakeHomeCalculator calculator = calculatorFor(2025);
        TakeHomeInput tokyo = fullTime(2025, 430'000 * 12);
        QCOMPARE(calculator.calculate(tokyo).healthYen, 21'802 * 12);
        for (const QString &name : {u"大阪府"_s, u"大阪"_s, u"osaka"_s, u"Osaka"_s}) {
            TakeHomeInput osaka = tokyo;
            osaka.prefecture = name;
            QVERIFY2(calculator.validate(osaka).isEmpty(), qPrintable(name));
            const TakeHomeResult result = calculator.calculate(osaka);
            QCOMPARE(result.healthYen, 22'528 * 12);
            QVERIFY(result.notes.join(u' ').contains(u"大阪府"_s));
            QVERIFY(calculator.calculate(tokyo).netYen > result.netYen);
        }
        TakeHomeInput hokkaido = tokyo;
        hokkaido.prefecture = u"北海"_s; // 北海道 has no suffix to drop
        QVERIFY(calculator.validate(hokkaido).startsWith(u"prefecture: "_s));
    }

    void aMalformedPrefectureTableNamesItsLine()
    {
        const QByteArray header =
            "prefecture_ja,prefecture_en,year,rate_total,publisher,document,url,note\n";
        QString error;
        QVERIFY(!PrefectureHealthRates::parse(
            header + "東京都,tokyo,2025,9.91,全国健康保険協会,表,https://x,\n", u"p.csv"_s,
            &error));
        QCOMPARE(error, u"p.csv, line 2, rate_total: \"9.91\" is not a rate between 0 and 0.2"_s);
        QVERIFY(!PrefectureHealthRates::parse(
            header + "東京都,tokyo,2025,0.0991,全国健康保険協会,表,https://x,\n"
                     "東京都,tokyo,2025,0.0991,全国健康保険協会,表,https://x,\n",
            u"p.csv"_s, &error));
        QVERIFY2(error.startsWith(u"p.csv, line 3, prefecture_en: "_s), qPrintable(error));
        QVERIFY(!PrefectureHealthRates::parse(header + "東京都,tokyo,2025,0.0991,,表,,\n",
                                              u"p.csv"_s, &error));
        QVERIFY2(error.startsWith(u"p.csv, line 2, publisher: "_s), qPrintable(error));
    }

    // ---- Properties ---------------------------------------------------------------

    void netNeverExceedsGross()
    {
        for (int year : TakeHomeRules::years()) {
            const TakeHomeCalculator calculator = calculatorFor(year);
            for (qint64 annual = 1'000'000; annual <= 40'000'000; annual = annual * 11 / 10) {
                for (EmploymentType type : {EmploymentType::FullTime, EmploymentType::Dispatch,
                                            EmploymentType::PartTime}) {
                    TakeHomeInput input = fullTime(year, annual, 2, 45);
                    input.employment = type;
                    const TakeHomeResult result = calculator.calculate(input);
                    QVERIFY2(result.netYen <= result.grossYen && result.netYen > 0,
                             qPrintable(u"%1 %2"_s.arg(year).arg(annual)));
                }
                const TakeHomeResult freelancer =
                    calculator.calculate(freelance(year, annual / 12, 45));
                QVERIFY(freelancer.netYen <= freelancer.grossYen);
            }
        }
    }

    // More gross never lowers net over steps of 5 %. (One yen more can: crossing into the
    // next 標準報酬 grade raises the premiums by more than the pay. The test below shows it.)
    void moreGrossNeverLowersNet()
    {
        for (int year : TakeHomeRules::years()) {
            const TakeHomeCalculator calculator = calculatorFor(year);
            qint64 lastEmployee = 0, lastFreelance = 0;
            for (qint64 annual = 1'500'000; annual <= 50'000'000; annual = annual * 105 / 100) {
                const qint64 employee = calculator.calculate(fullTime(year, annual, 2, 50)).netYen;
                const qint64 freelancer =
                    calculator.calculate(freelance(year, annual / 11, 50)).netYen;
                QVERIFY2(employee > lastEmployee, qPrintable(u"employee %1"_s.arg(annual)));
                QVERIFY2(freelancer > lastFreelance, qPrintable(u"freelance %1"_s.arg(annual)));
                lastEmployee = employee;
                lastFreelance = freelancer;
            }
        }
    }

    void oneYenIntoTheNextGradeCanLowerNet()
    {
        const TakeHomeCalculator calculator = calculatorFor(2025);
        const qint64 below = calculator.calculate(fullTime(2025, 309'999 * 12)).netYen;
        const qint64 above = calculator.calculate(fullTime(2025, 310'000 * 12)).netYen;
        QVERIFY(above < below); // the premiums of grade 23 against 12 yen more pay
    }

    void breakEvenRateCoversMoreThanTheSalary()
    {
        for (int year : TakeHomeRules::years()) {
            const TakeHomeCalculator calculator = calculatorFor(year);
            for (qint64 annual : {4'000'000, 6'000'000, 8'000'000, 10'000'000, 15'000'000}) {
                const TakeHomeInput employee = fullTime(year, annual, 2, 45);
                const TakeHomeInput defaults = freelance(year, 0, 45);
                const qint64 rate = calculator.breakEvenMonthlyRate(employee, defaults);
                QVERIFY2(double(rate) * defaults.billedMonths > double(annual),
                         qPrintable(u"%1: %2"_s.arg(annual).arg(rate)));
                // It is the rate where the nets meet: a thousand yen less nets less.
                TakeHomeInput atRate = defaults;
                atRate.monthlyRateYen = rate;
                const qint64 target = calculator.calculate(employee).netYen;
                QVERIFY(calculator.calculate(atRate).netYen >= target);
                atRate.monthlyRateYen = rate - 1'000;
                QVERIFY(calculator.calculate(atRate).netYen < target);
                // And back: the salary that nets what that rate nets.
                atRate.monthlyRateYen = rate;
                const qint64 pay = calculator.breakEvenAnnualPay(atRate, employee);
                QVERIFY2(qAbs(pay - annual) < annual / 100, qPrintable(QString::number(pay)));
            }
        }
    }

    void shortHoursFallBackToNationalInsurance()
    {
        TakeHomeInput input = fullTime(2025, 1'200'000);
        input.employment = EmploymentType::PartTime;
        input.hoursPerWeek = 15;
        const TakeHomeResult result = calculatorFor(2025).calculate(input);
        QVERIFY(!result.employeeInsurance);
        QCOMPARE(result.pensionYen, 0);
        QCOMPARE(result.employmentInsuranceYen, 0);
        QCOMPARE(result.nationalPensionYen, 210'120);
        QVERIFY(result.nationalHealthYen > 0);
        QVERIFY(result.notes.join(u' ').contains(u"below the thresholds"_s));
        input.hoursPerWeek = 30; // three quarters of full time: covered anywhere
        QVERIFY(calculatorFor(2025).calculate(input).employeeInsurance);
    }

    void familyDeductionsLowerTheTax()
    {
        const TakeHomeCalculator calculator = calculatorFor(2025);
        TakeHomeInput single = fullTime(2025, 7'000'000, 2, 45);
        TakeHomeInput family = single;
        family.spouse = true;
        family.dependants = 2;
        const TakeHomeResult alone = calculator.calculate(single);
        const TakeHomeResult withFamily = calculator.calculate(family);
        QVERIFY(withFamily.incomeTaxYen < alone.incomeTaxYen);
        QVERIFY(withFamily.residentTaxYen < alone.residentTaxYen);
        QCOMPARE(lineAmount(withFamily, u"familyDeductions"_s), 380'000 + 2 * 380'000);
    }

    // ---- A listing's take-home pay ----------------------------------------------------

    void aListingTakesHomeByItsContract()
    {
        const TakeHomeCalculator calculator = calculatorFor(2026);
        TakeHomeInput household;
        household.year = 2026;
        household.age = 45;
        Listing freelance;
        freelance.title = u"決済基盤のAPI開発"_s;
        freelance.contract = u"業務委託"_s;
        freelance.monthlyRateMinYen = 700'000;
        freelance.monthlyRateMaxYen = 900'000;
        const auto asFreelance = ListingTakeHome::of(freelance, calculator, household);
        QVERIFY(asFreelance);
        QCOMPARE(asFreelance->employment, EmploymentType::Freelance);
        QCOMPARE(asFreelance->monthlyYen, 800'000); // the middle of the range
        TakeHomeInput direct = household;
        direct.employment = EmploymentType::Freelance;
        direct.monthlyRateYen = 800'000;
        QCOMPARE(asFreelance->result.netYen, calculator.calculate(direct).netYen);

        Listing employee = freelance;
        employee.contract = u"正社員"_s;
        employee.monthlyRateMaxYen.reset();
        const auto asEmployee = ListingTakeHome::of(employee, calculator, household);
        QVERIFY(asEmployee);
        QCOMPARE(asEmployee->employment, EmploymentType::FullTime);
        QCOMPARE(asEmployee->result.grossYen, 700'000 * 12);
        employee.contract = u"派遣社員"_s;
        QCOMPARE(ListingTakeHome::employmentOf(employee), EmploymentType::Dispatch);
        employee.contract = u"パート・アルバイト"_s;
        QCOMPARE(ListingTakeHome::employmentOf(employee), EmploymentType::PartTime);

        Listing negotiable = freelance;
        negotiable.monthlyRateMinYen.reset();
        negotiable.monthlyRateMaxYen.reset();
        QVERIFY(!ListingTakeHome::of(negotiable, calculator, household));

        // The comparison gains the two rows after the rate's equivalents.
        ListingComparison comparison({freelance, negotiable}, {}, SkillCatalogue(),
                                     RateConversion(), QLocale(QLocale::English));
        comparison.addTakeHome(calculator, household);
        QCOMPARE(comparison.rows().at(3).label, u"Take-home pay for you, a year"_s);
        QCOMPARE(comparison.rows().at(4).label, u"Take-home pay for you, a month"_s);
        QVERIFY2(comparison.rows().at(3).cells.at(0).startsWith(
                     u"¥"_s + QLocale(QLocale::English).toString(asFreelance->result.netYen)),
                 qPrintable(comparison.rows().at(3).cells.at(0)));
        QCOMPARE(comparison.rows().at(4).cells.at(1), u"negotiable"_s);
    }

    // ---- Bad input ----------------------------------------------------------------

    void badInputIsRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("which");
        QTest::newRow("negative pay") << u"annual pay"_s << 0;
        QTest::newRow("absurd pay") << u"annual pay"_s << 1;
        QTest::newRow("unknown prefecture") << u"prefecture"_s << 2;
        QTest::newRow("margin of 100%") << u"margin"_s << 3;
        QTest::newRow("13 billed months") << u"billed months"_s << 4;
        QTest::newRow("age 7") << u"age"_s << 5;
    }

    void badInputIsRefusedWithTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, which);
        TakeHomeInput input = fullTime(2026, 5'000'000);
        TakeHomeInput rate = freelance(2026, 700'000);
        switch (which) {
        case 0:
            input.annualGrossYen = -1;
            break;
        case 1:
            input.annualGrossYen = 5'000'000'000;
            break;
        case 2:
            input.prefecture = u"Atlantis"_s;
            break;
        case 3:
            rate.marginShare = 1.0;
            input = rate;
            break;
        case 4:
            rate.billedMonths = 13;
            input = rate;
            break;
        case 5:
            input.age = 7;
            break;
        }
        const QString error = calculatorFor(2026).validate(input);
        QVERIFY2(error.startsWith(field + u": "_s), qPrintable(error));
    }

    void unknownYearAndMalformedRules()
    {
        QString error;
        QVERIFY(!TakeHomeRules::forYear(2019, &error));
        QVERIFY2(error.contains(u"2019"_s) && error.contains(u"2025, 2026"_s), qPrintable(error));
        const QByteArray header = "key,value,unit,publisher,document,year,url,note\n";
        QVERIFY(!TakeHomeRules::parse(header + "a.b,12x,yen,国税庁,doc,2025,https://x,\n",
                                      u"t.csv"_s, 2025, &error));
        QCOMPARE(error, u"t.csv, line 2, value: \"12x\" is not a number"_s);
        QVERIFY(!TakeHomeRules::parse(header + "a,1,yen,国税庁,doc,2025,https://x,\n"
                                               "a,2,yen,国税庁,doc,2025,https://x,\n",
                                      u"t.csv"_s, 2025, &error));
        QCOMPARE(error, u"t.csv, line 3, key: a appears twice"_s);
        QVERIFY(!TakeHomeRules::parse(header + "a,1,yen,,doc,2025,,\n", u"t.csv"_s, 2025, &error));
        QVERIFY2(error.contains(u"publisher"_s), qPrintable(error));
        QVERIFY(!TakeHomeRules::parse("key,value\n", u"t.csv"_s, 2025, &error));
        QVERIFY2(error.startsWith(u"t.csv, line 1: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTakeHome)
#include "tst_takehome.moc"
