#include "TakeHomeCalculator.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString yen(qint64 amount)
{
    return QLocale(QLocale::English).toString(amount);
}

QString percent(double rate)
{
    return QLocale(QLocale::English).toString(rate * 100, 'g', 4) + u'%';
}

qint64 floorTo(double amount, qint64 unit)
{
    return qint64(std::floor(amount / double(unit))) * unit;
}

// A premium deducted from pay: 50 銭 or less is dropped, more is a whole yen
// (健康保険法施行規則 and the 通貨の単位及び貨幣の発行等に関する法律's rule for payroll).
qint64 payrollRound(double amount)
{
    return qint64(std::ceil(amount - 0.5));
}

// The band whose upper bound (以下) holds the value; the last has none. A copy: the tables
// are built for each question.
std::optional<TakeHomeBand> bandFor(const QList<TakeHomeBand> &bands, double value)
{
    for (const TakeHomeBand &band : bands) {
        if (!band.upper || value <= *band.upper)
            return band;
    }
    return std::nullopt;
}

bool careApplies(int age)
{
    return age >= 40 && age < 65; // 介護保険 第2号被保険者
}

} // namespace

TakeHomeCalculator::TakeHomeCalculator(TakeHomeRules rules) : m_rules(std::move(rules))
{
}

QStringList TakeHomeCalculator::requiredKeys()
{
    return {u"employment_income_deduction.minimum_yen"_s,
            u"employment_income_deduction.cap_yen"_s,
            u"employment_income_deduction.bracket.1.addon_yen"_s,
            u"basic_deduction.income_tax.band.1.amount_yen"_s,
            u"income_tax.bracket.1.rate"_s,
            u"income_tax.taxable_income_rounding_yen"_s,
            u"income_tax.reconstruction_surtax.rate"_s,
            u"resident_tax.income_levy.rate"_s,
            u"resident_tax.per_capita.municipal_yen"_s,
            u"resident_tax.per_capita.prefectural_yen"_s,
            u"resident_tax.forest_environment_tax_yen"_s,
            u"resident_tax.nontaxable.single_total_income_max_yen"_s,
            u"resident_tax.basic_deduction.band.1.amount_yen"_s,
            u"resident_tax.adjustment.rate"_s,
            u"resident_tax.adjustment.taxable_threshold_yen"_s,
            u"resident_tax.adjustment.minimum_yen"_s,
            u"resident_tax.adjustment.total_income_limit_yen"_s,
            u"resident_tax.adjustment.basic_deduction_difference_yen"_s,
            u"resident_tax.adjustment.spouse_general_difference_yen"_s,
            u"resident_tax.adjustment.dependent_general_difference_yen"_s,
            u"spouse_deduction.income_tax.band.1.amount_yen"_s,
            u"spouse_deduction.resident_tax.band.1.amount_yen"_s,
            u"dependent_deduction.income_tax.general_yen"_s,
            u"dependent_deduction.resident_tax.general_yen"_s,
            u"health.kyokai_tokyo.rate_total"_s,
            u"health.kyokai.care_rate_total"_s,
            u"health.employee_share"_s,
            u"health.bonus.annual_cap_yen"_s,
            u"pension.employees.rate_total"_s,
            u"pension.employees.employee_share"_s,
            u"pension.bonus.per_payment_cap_yen"_s,
            u"standard_remuneration.health.grade.1.monthly_yen"_s,
            u"standard_remuneration.pension.grade.1.monthly_yen"_s,
            u"employment_insurance.general.employee_rate"_s,
            u"employment_insurance.general.employer_rate"_s,
            u"pension.national.monthly_premium_yen"_s,
            u"nhi.tokyo23.basic.income_rate"_s,
            u"nhi.tokyo23.basic.per_capita_yen"_s,
            u"nhi.tokyo23.basic.cap_yen"_s,
            u"nhi.tokyo23.elderly_support.income_rate"_s,
            u"nhi.tokyo23.elderly_support.per_capita_yen"_s,
            u"nhi.tokyo23.elderly_support.cap_yen"_s,
            u"nhi.tokyo23.care.income_rate"_s,
            u"nhi.tokyo23.care.per_capita_yen"_s,
            u"nhi.tokyo23.care.cap_yen"_s,
            u"nhi.tokyo23.income_base_deduction_yen"_s,
            u"business_tax.class1.rate"_s,
            u"business_tax.owner_deduction_yen"_s,
            u"blue_return.deduction.full_yen"_s,
            u"blue_return.deduction.paper_yen"_s,
            u"blue_return.deduction.simple_yen"_s,
            u"consumption_tax.standard_rate"_s,
            u"consumption_tax.simplified.class5_deemed_purchase_rate"_s,
            u"consumption_tax.two_tenths_special.payable_share_of_output_tax"_s,
            u"consumption_tax.two_tenths_special.available_this_year"_s,
            u"part_time_coverage.hours_per_week_min"_s,
            u"part_time_coverage.monthly_wage_min_yen"_s,
            u"part_time_coverage.employer_insured_min_people"_s,
            u"ideco.deduction_share"_s,
            u"ideco.cap.self_employed_monthly_yen"_s,
            u"ideco.cap.employee_no_corporate_pension_monthly_yen"_s,
            u"small_business_mutual_aid.monthly_min_yen"_s,
            u"small_business_mutual_aid.monthly_max_yen"_s,
            u"small_business_mutual_aid.deduction_share"_s,
            u"safety_mutual_aid.monthly_min_yen"_s,
            u"safety_mutual_aid.monthly_max_yen"_s,
            u"safety_mutual_aid.expense_share"_s};
}

qint64 TakeHomeCalculator::idecoMonthlyCap(EmploymentType employment) const
{
    return m_rules.yen(employment == EmploymentType::Freelance
                           ? u"ideco.cap.self_employed_monthly_yen"_s
                           : u"ideco.cap.employee_no_corporate_pension_monthly_yen"_s);
}

TakeHomeInput TakeHomeCalculator::withinLimits(TakeHomeInput input) const
{
    if (input.employment != EmploymentType::Freelance) {
        // The 共済 are for the self-employed.
        input.smallBusinessMutualAidMonthlyYen = 0;
        input.safetyMutualAidMonthlyYen = 0;
    }
    input.idecoMonthlyYen = std::min(input.idecoMonthlyYen, idecoMonthlyCap(input.employment));
    return input;
}

QString TakeHomeCalculator::validate(const TakeHomeInput &input) const
{
    constexpr qint64 absurd = 1'000'000'000; // 10億円 a year is no salary or rate
    if (!input.prefecture.isEmpty()) {
        const auto prefecture = m_rules.prefectures().find(input.prefecture);
        if (!prefecture)
            return tr("prefecture: \"%1\" is not a prefecture (give it as 大阪府, 大阪 or osaka)")
                .arg(input.prefecture);
        if (!m_rules.has(TakeHomeRules::prefectureRateKey(prefecture->english)))
            return tr("prefecture: there is no 協会けんぽ rate for %1 in %2")
                .arg(prefecture->japanese)
                .arg(m_rules.year());
    }
    if (input.age < 15 || input.age > 100)
        return tr("age: %1 is not an age between 15 and 100").arg(input.age);
    if (input.dependants < 0 || input.dependants > 20)
        return tr("dependants: %1 is not a number of dependants between 0 and 20")
            .arg(input.dependants);
    if (input.employment == EmploymentType::Freelance) {
        if (input.monthlyRateYen <= 0 || input.monthlyRateYen * 12 > absurd)
            return tr("monthly rate: %1 yen is not a monthly rate between 1 and %2 yen")
                .arg(yen(input.monthlyRateYen), yen(absurd / 12));
        if (input.billedMonths <= 0 || input.billedMonths > 12)
            return tr("billed months: %1 is not between 0 and 12").arg(input.billedMonths);
        if (input.marginShare < 0 || input.marginShare >= 1)
            return tr("margin: %1 is not a share from 0% to below 100%")
                .arg(percent(input.marginShare));
        if (input.expensesYen && (*input.expensesYen < 0 || *input.expensesYen > absurd))
            return tr("expenses: %1 yen is not an amount between 0 and %2 yen")
                .arg(yen(*input.expensesYen), yen(absurd));
        if (input.expensesShare < 0 || input.expensesShare >= 1)
            return tr("expenses: %1 is not a share from 0% to below 100%")
                .arg(percent(input.expensesShare));
        // A contract is for a monthly amount in a published range, or none.
        auto checkMutualAid = [&](qint64 amount, const QString &field,
                                  const QString &prefix) -> QString {
            const qint64 least = m_rules.yen(prefix + u".monthly_min_yen"_s);
            const qint64 most = m_rules.yen(prefix + u".monthly_max_yen"_s);
            if (amount != 0 && (amount < least || amount > most))
                return tr("%1: %2 yen a month is not 0 or an amount from %3 to %4 yen")
                    .arg(field, yen(amount), yen(least), yen(most));
            return {};
        };
        if (QString error = checkMutualAid(input.smallBusinessMutualAidMonthlyYen,
                                           tr("小規模企業共済"), u"small_business_mutual_aid"_s);
            !error.isEmpty())
            return error;
        if (QString error = checkMutualAid(input.safetyMutualAidMonthlyYen,
                                           tr("経営セーフティ共済"), u"safety_mutual_aid"_s);
            !error.isEmpty())
            return error;
    } else {
        if (input.smallBusinessMutualAidMonthlyYen != 0 || input.safetyMutualAidMonthlyYen != 0)
            return tr("小規模企業共済 and 経営セーフティ共済 are for the self-employed; an "
                      "employee cannot pay into them");
    }
    const qint64 idecoCap = idecoMonthlyCap(input.employment);
    if (input.idecoMonthlyYen < 0 || input.idecoMonthlyYen > idecoCap)
        return tr("iDeCo: %1 yen a month is not between 0 and %2 yen, the limit for %3")
            .arg(yen(input.idecoMonthlyYen), yen(idecoCap),
                 input.employment == EmploymentType::Freelance
                     ? tr("the self-employed")
                     : tr("an employee without a company pension"));
    if (input.employment == EmploymentType::Freelance)
        return {};
    if (input.annualGrossYen <= 0 || input.annualGrossYen > absurd)
        return tr("annual pay: %1 yen is not an amount between 1 and %2 yen")
            .arg(yen(input.annualGrossYen), yen(absurd));
    if (input.bonusMonths < 0 || input.bonusMonths > 12)
        return tr("bonus months: %1 is not between 0 and 12").arg(input.bonusMonths);
    if (input.hoursPerWeek <= 0 || input.hoursPerWeek > 80)
        return tr("hours a week: %1 is not between 0 and 80").arg(input.hoursPerWeek);
    if (input.paidLeaveDays < 0 || input.paidLeaveDays > 60)
        return tr("paid leave: %1 days is not between 0 and 60").arg(input.paidLeaveDays);
    if (input.retirementAllowanceYen < 0 || input.retirementAllowanceYen > absurd / 10)
        return tr("retirement allowance: %1 yen a year is not between 0 and %2 yen")
            .arg(yen(input.retirementAllowanceYen), yen(absurd / 10));
    return {};
}

void TakeHomeCalculator::add(TakeHomeResult &result, const QString &id, const QString &label,
                             qint64 amount, const QString &formula, const QString &sourceKey,
                             TakeHomeLine::Kind kind) const
{
    result.lines.append({id, label, amount, formula,
                         sourceKey.isEmpty() ? QString() : m_rules.source(sourceKey).text(), kind});
}

QString TakeHomeCalculator::healthRateKey(const TakeHomeInput &input) const
{
    const auto prefecture = m_rules.prefectures().find(input.prefecture);
    return prefecture ? TakeHomeRules::prefectureRateKey(prefecture->english)
                      : u"health.kyokai_tokyo.rate_total"_s;
}

QString TakeHomeCalculator::prefectureName(const TakeHomeInput &input) const
{
    const auto prefecture = m_rules.prefectures().find(input.prefecture);
    return prefecture ? prefecture->japanese : u"東京都"_s;
}

TakeHomeResult TakeHomeCalculator::calculate(const TakeHomeInput &input) const
{
    TakeHomeResult result =
        input.employment == EmploymentType::Freelance ? freelance(input) : employee(input);
    result.year = m_rules.year();
    result.employment = input.employment;
    addContributions(input, result);
    if (result.employeeInsurance && prefectureName(input) != u"東京都"_s)
        result.notes.append(
            tr("Only the health-insurance rate is %1's. Resident tax, 国民健康保険 and 個人事業税 "
               "are reckoned as in Tokyo's 23 wards; elsewhere they differ somewhat.")
                .arg(prefectureName(input)));
    result.notes.prepend(
        tr("An estimate for a steady year: resident tax, 国民健康保険 and 個人事業税 are "
           "charged on the previous year's income, taken here to be the same. It is not tax "
           "advice."));
    result.notes.append(
        tr("Left out: other income, medical and life-insurance deductions, ふるさと納税, "
           "housing loans, 扶養 of relatives over 70 or under 23 with special rates, and the "
           "deductions a family with one parent or a disability gets."));
    return result;
}

qint64 TakeHomeCalculator::setAsideLine(const TakeHomeInput &input, TakeHomeResult &result) const
{
    const qint64 amount = input.contributionsYearYen();
    result.contributionsYen = amount;
    if (amount > 0)
        add(result, u"contributions"_s, tr("Set aside: iDeCo and 共済 (saved, not spent)"), amount,
            u"(%1 + %2 + %3) × 12"_s.arg(yen(input.idecoMonthlyYen),
                                         yen(input.smallBusinessMutualAidMonthlyYen),
                                         yen(input.safetyMutualAidMonthlyYen)),
            // The amounts are the user's; the source is the rule that makes them count.
            input.idecoMonthlyYen > 0 ? u"ideco.deduction_share"_s
            : input.smallBusinessMutualAidMonthlyYen > 0
                ? u"small_business_mutual_aid.deduction_share"_s
                : u"safety_mutual_aid.expense_share"_s,
            TakeHomeLine::Kind::Cost);
    return amount;
}

qint64 TakeHomeCalculator::mutualAidDeduction(const TakeHomeInput &input)
{
    return 12 * (input.idecoMonthlyYen + input.smallBusinessMutualAidMonthlyYen);
}

void TakeHomeCalculator::addContributions(const TakeHomeInput &input, TakeHomeResult &result) const
{
    // setAsideLine() put the amount in the result.
    if (result.contributionsYen == 0)
        return;
    // What the same year costs without them: the difference is the tax and insurance saved.
    TakeHomeInput without = input;
    without.idecoMonthlyYen = 0;
    without.smallBusinessMutualAidMonthlyYen = 0;
    without.safetyMutualAidMonthlyYen = 0;
    const qint64 netWithout = calculate(without).netYen;
    result.contributionsSavedYen = result.netYen + result.contributionsYen - netWithout;
    // Right after the net line, before what employment adds.
    qsizetype at = result.lines.size();
    for (qsizetype i = 0; i < result.lines.size(); ++i) {
        if (result.lines.at(i).kind == TakeHomeLine::Kind::Net)
            at = i + 1;
    }
    const TakeHomeLine saved{
        u"contributionsSaved"_s,
        tr("Tax and insurance the contributions save"),
        result.contributionsSavedYen,
        tr("%1 kept with them (take-home pay and savings) − %2 take-home pay without them")
            .arg(yen(result.netYen + result.contributionsYen), yen(netWithout)),
        {},
        TakeHomeLine::Kind::Step};
    result.lines.insert(at, saved);
    result.notes.append(
        tr("iDeCo and the 共済 contributions are savings: they are set aside before the "
           "take-home pay, and come back later (iDeCo from age 60)."));
}

qint64 TakeHomeCalculator::standardMonthly(const QString &table, qint64 monthlyPay,
                                           int *grade) const
{
    // A grade applies when lower ≤ pay < upper; grade 1 starts at 0, the last has no upper.
    qint64 amount = 0;
    for (int n = 1;; ++n) {
        const QString prefix = u"standard_remuneration.%1.grade.%2."_s.arg(table).arg(n);
        if (!m_rules.has(prefix + u"monthly_yen"_s))
            break;
        if (double(monthlyPay) < m_rules.value(prefix + u"lower_yen"_s))
            break;
        amount = m_rules.yen(prefix + u"monthly_yen"_s);
        *grade = n;
    }
    return amount;
}

qint64 TakeHomeCalculator::employmentIncomeDeduction(qint64 pay, QString *formula) const
{
    // Below 6.6 million yen the law's table (別表第五) reads pay in steps of 4,000 yen where
    // the deduction is a share of pay (not where it is the flat minimum).
    const QList<TakeHomeBand> bands =
        m_rules.table(u"employment_income_deduction.bracket"_s, u"upper_yen"_s);
    qint64 counted = pay;
    const std::optional<TakeHomeBand> payBand = bandFor(bands, double(pay));
    if (payBand && payBand->fields.value(u"rate"_s) > 0 &&
        m_rules.has(u"employment_income_deduction.table5_applies_below_yen"_s) &&
        pay < m_rules.yen(u"employment_income_deduction.table5_applies_below_yen"_s)) {
        counted =
            floorTo(double(pay), m_rules.yen(u"employment_income_deduction.table5_step_yen"_s));
    }
    const std::optional<TakeHomeBand> band = bandFor(bands, double(counted));
    const double rate = band ? band->fields.value(u"rate"_s) : 0;
    const qint64 addon = band ? qRound64(band->fields.value(u"addon_yen"_s)) : 0;
    qint64 deduction = qRound64(double(counted) * rate) + addon;
    deduction = std::clamp(deduction, m_rules.yen(u"employment_income_deduction.minimum_yen"_s),
                           m_rules.yen(u"employment_income_deduction.cap_yen"_s));
    deduction = std::min(deduction, counted);
    *formula =
        rate > 0 ? u"%1 × %2 + %3"_s.arg(yen(counted), percent(rate), yen(addon)) : yen(deduction);
    return deduction + (pay - counted); // the part of pay the table does not count
}

void TakeHomeCalculator::nationalInsurance(qint64 totalIncome, const TakeHomeInput &input,
                                           TakeHomeResult &result) const
{
    using Kind = TakeHomeLine::Kind;
    // 国民年金: everyone from 20 to 59 who is not in 厚生年金.
    if (input.age >= 20 && input.age < 60) {
        const qint64 monthly = m_rules.yen(u"pension.national.monthly_premium_yen"_s);
        result.nationalPensionYen = monthly * 12;
        add(result, u"nationalPension"_s, tr("National pension (国民年金)"),
            result.nationalPensionYen, u"%1 × 12"_s.arg(yen(monthly)),
            u"pension.national.monthly_premium_yen"_s, Kind::Cost);
    } else {
        result.notes.append(
            tr("No 国民年金 is charged at %1 (it is owed from 20 to 59).").arg(input.age));
    }
    // 国民健康保険, Tokyo 23 wards: a share of 旧ただし書き所得 plus a charge per member, each
    // part capped.
    const qint64 base =
        std::max<qint64>(0, totalIncome - m_rules.yen(u"nhi.tokyo23.income_base_deduction_yen"_s));
    const int members = 1 + (input.spouse ? 1 : 0) + input.dependants;
    struct Part
    {
        QString key;
        QString label;
        bool applies;
        int members;
    };
    const QList<Part> parts{
        {u"basic"_s, tr("National health insurance: medical part"), true, members},
        {u"elderly_support"_s, tr("National health insurance: support for the elderly"), true,
         members},
        {u"care"_s, tr("National health insurance: long-term care (40–64)"), careApplies(input.age),
         1},
    };
    qint64 total = 0;
    for (const Part &part : parts) {
        if (!part.applies)
            continue;
        const QString prefix = u"nhi.tokyo23.%1."_s.arg(part.key);
        const double rate = m_rules.value(prefix + u"income_rate"_s);
        const qint64 perCapita = m_rules.yen(prefix + u"per_capita_yen"_s);
        const qint64 cap = m_rules.yen(prefix + u"cap_yen"_s);
        const qint64 amount = floorTo(
            std::min<double>(double(cap), double(base) * rate + double(perCapita * part.members)),
            100);
        total += amount;
        add(result, u"nhi."_s + part.key, part.label, amount,
            u"min(%1 × %2 + %3 × %4, %5)"_s.arg(yen(base), percent(rate), yen(perCapita))
                .arg(part.members)
                .arg(yen(cap)),
            prefix + u"income_rate"_s, TakeHomeLine::Kind::Cost);
    }
    if (m_rules.year() >= 2026 && !m_rules.has(u"nhi.tokyo23.child_support.income_rate"_s))
        result.notes.append(
            tr("国民健康保険's 子ども・子育て支援金 part is left out: no published rate for the "
               "Tokyo 23 wards was found."));
    result.nationalHealthYen = total;
}

TakeHomeCalculator::PersonalDeductions
TakeHomeCalculator::personalDeductions(const QString &basicTable, const QString &tax,
                                       qint64 totalIncome, const TakeHomeInput &input) const
{
    // Each tax has its own amounts: 基礎控除 by the band of total income, 配偶者控除 by the
    // taxpayer's total income (none above the last band), 扶養控除 per dependant.
    PersonalDeductions deductions;
    const std::optional<TakeHomeBand> basic =
        bandFor(m_rules.table(basicTable, u"upper_total_income_yen"_s), double(totalIncome));
    deductions.basic = basic ? qRound64(basic->fields.value(u"amount_yen"_s)) : 0;
    if (input.spouse) {
        const std::optional<TakeHomeBand> band =
            bandFor(m_rules.table(u"spouse_deduction.%1.band"_s.arg(tax),
                                  u"taxpayer_upper_total_income_yen"_s),
                    double(totalIncome));
        deductions.spouse = band && band->upper ? qRound64(band->fields.value(u"amount_yen"_s)) : 0;
    }
    deductions.dependants =
        m_rules.yen(u"dependent_deduction.%1.general_yen"_s.arg(tax)) * input.dependants;
    return deductions;
}

TakeHomeCalculator::Taxes TakeHomeCalculator::taxes(qint64 totalIncome, qint64 insurancePaid,
                                                    const TakeHomeInput &input,
                                                    TakeHomeResult &result) const
{
    using Kind = TakeHomeLine::Kind;
    Taxes taxes;
    // ---- Income tax.
    const PersonalDeductions personal = personalDeductions(u"basic_deduction.income_tax.band"_s,
                                                           u"income_tax"_s, totalIncome, input);
    const qint64 basic = personal.basic;
    const qint64 spouse = personal.spouse;
    const qint64 dependants = personal.dependants;
    add(result, u"basicDeduction"_s, tr("Basic deduction (基礎控除)"), basic,
        tr("for a total income of %1").arg(yen(totalIncome)),
        u"basic_deduction.income_tax.band.1.amount_yen"_s, Kind::Step);
    if (spouse + dependants > 0)
        add(result, u"familyDeductions"_s, tr("Spouse and dependants (配偶者控除・扶養控除)"),
            spouse + dependants,
            u"%1 + %2 × %3"_s.arg(yen(spouse))
                .arg(input.dependants)
                .arg(yen(m_rules.yen(u"dependent_deduction.income_tax.general_yen"_s))),
            u"dependent_deduction.income_tax.general_yen"_s, Kind::Step);
    const qint64 mutualAid = mutualAidDeduction(input);
    if (mutualAid > 0)
        add(result, u"mutualAidDeduction"_s,
            tr("iDeCo and mutual-aid deduction (小規模企業共済等掛金控除)"), mutualAid,
            u"(%1 + %2) × 12"_s.arg(yen(input.idecoMonthlyYen),
                                    yen(input.smallBusinessMutualAidMonthlyYen)),
            input.idecoMonthlyYen > 0 ? u"ideco.deduction_share"_s
                                      : u"small_business_mutual_aid.deduction_share"_s,
            Kind::Step);
    const qint64 rounding = m_rules.yen(u"income_tax.taxable_income_rounding_yen"_s);
    const qint64 taxable = std::max<qint64>(
        0, floorTo(double(totalIncome - insurancePaid - mutualAid - basic - spouse - dependants),
                   rounding));
    add(result, u"taxableIncome"_s, tr("Taxable income (課税所得)"), taxable,
        mutualAid > 0 ? tr("%1 − %2 − %3 − %4 − %5, rounded down to %6")
                            .arg(yen(totalIncome), yen(insurancePaid), yen(mutualAid), yen(basic),
                                 yen(spouse + dependants), yen(rounding))
                      : tr("%1 − %2 − %3 − %4, rounded down to %5")
                            .arg(yen(totalIncome), yen(insurancePaid), yen(basic),
                                 yen(spouse + dependants), yen(rounding)),
        u"income_tax.taxable_income_rounding_yen"_s, Kind::Step);
    const std::optional<TakeHomeBand> bracket =
        bandFor(m_rules.table(u"income_tax.bracket"_s, u"upper_yen"_s), double(taxable));
    const double rate = bracket ? bracket->fields.value(u"rate"_s) : 0;
    const qint64 quick = bracket ? qRound64(bracket->fields.value(u"deduction_yen"_s)) : 0;
    const double base = double(incomeTaxBeforeSurtax(taxable));
    const double surtax = m_rules.value(u"income_tax.reconstruction_surtax.rate"_s);
    // 復興特別所得税 is 2.1 % of the tax; the sum is paid in whole hundreds of yen.
    taxes.incomeTax = floorTo(base * (1 + surtax), 100);
    add(result, u"incomeTax"_s,
        tr("Income tax with the reconstruction surtax (所得税・復興特別所得税)"), taxes.incomeTax,
        tr("(%1 × %2 − %3) × (1 + %4), rounded down to 100")
            .arg(yen(taxable), percent(rate), yen(quick), percent(surtax)),
        bracket ? bracket->sourceKey : QString(), Kind::Cost);

    // ---- Resident tax (Tokyo: 4 % prefectural + 6 % municipal, one levy per capita).
    if (totalIncome <= m_rules.yen(u"resident_tax.nontaxable.single_total_income_max_yen"_s) &&
        input.dependants == 0 && !input.spouse) {
        add(result, u"residentTax"_s, tr("Resident tax (住民税)"), 0,
            tr("none: a total income of %1 is within the limit for no resident tax")
                .arg(yen(totalIncome)),
            u"resident_tax.nontaxable.single_total_income_max_yen"_s, Kind::Cost);
        return taxes;
    }
    const PersonalDeductions resident = personalDeductions(u"resident_tax.basic_deduction.band"_s,
                                                           u"resident_tax"_s, totalIncome, input);
    const qint64 residentSpouse = resident.spouse;
    const qint64 residentTaxable = std::max<qint64>(
        0, floorTo(double(totalIncome - insurancePaid - mutualAid - resident.total()), 1000));
    // 調整控除: the differences between income-tax and resident-tax personal deductions.
    qint64 adjustment = 0;
    if (totalIncome <= m_rules.yen(u"resident_tax.adjustment.total_income_limit_yen"_s)) {
        const qint64 difference =
            m_rules.yen(u"resident_tax.adjustment.basic_deduction_difference_yen"_s) +
            (input.spouse && residentSpouse > 0
                 ? m_rules.yen(u"resident_tax.adjustment.spouse_general_difference_yen"_s)
                 : 0) +
            m_rules.yen(u"resident_tax.adjustment.dependent_general_difference_yen"_s) *
                input.dependants;
        const double adjustmentRate = m_rules.value(u"resident_tax.adjustment.rate"_s);
        const qint64 threshold = m_rules.yen(u"resident_tax.adjustment.taxable_threshold_yen"_s);
        const double counted =
            residentTaxable <= threshold
                ? double(std::min(difference, residentTaxable))
                : std::max(double(difference - (residentTaxable - threshold)),
                           m_rules.value(u"resident_tax.adjustment.minimum_yen"_s) /
                               adjustmentRate);
        adjustment = qint64(std::floor(counted * adjustmentRate));
    }
    const double levyRate = m_rules.value(u"resident_tax.income_levy.rate"_s);
    const qint64 incomeLevy =
        std::max<qint64>(0, floorTo(double(residentTaxable) * levyRate - double(adjustment), 100));
    const qint64 perCapita = m_rules.yen(u"resident_tax.per_capita.municipal_yen"_s) +
                             m_rules.yen(u"resident_tax.per_capita.prefectural_yen"_s) +
                             m_rules.yen(u"resident_tax.forest_environment_tax_yen"_s);
    taxes.residentTax = incomeLevy + perCapita;
    add(result, u"residentTax"_s, tr("Resident tax (住民税)"), taxes.residentTax,
        tr("%1 × %2 − %3 (調整控除), rounded down to 100, + %4")
            .arg(yen(residentTaxable), percent(levyRate), yen(adjustment), yen(perCapita)),
        u"resident_tax.income_levy.rate"_s, Kind::Cost);
    return taxes;
}

qint64 TakeHomeCalculator::incomeTaxBeforeSurtax(qint64 taxableIncome) const
{
    const std::optional<TakeHomeBand> bracket =
        bandFor(m_rules.table(u"income_tax.bracket"_s, u"upper_yen"_s), double(taxableIncome));
    if (!bracket)
        return 0;
    return std::max<qint64>(0, qRound64(double(taxableIncome) * bracket->fields.value(u"rate"_s) -
                                        bracket->fields.value(u"deduction_yen"_s)));
}

qint64 TakeHomeCalculator::employmentIncome(qint64 annualPay) const
{
    QString formula;
    return std::max<qint64>(0, annualPay - employmentIncomeDeduction(annualPay, &formula));
}

qint64 TakeHomeCalculator::incomeTax(qint64 totalIncome, qint64 insurancePaid,
                                     const TakeHomeInput &household) const
{
    TakeHomeResult scratch;
    return taxes(totalIncome, insurancePaid, household, scratch).incomeTax;
}

TakeHomeResult TakeHomeCalculator::employee(const TakeHomeInput &input) const
{
    using Kind = TakeHomeLine::Kind;
    TakeHomeResult result;
    result.grossYen = input.annualGrossYen;
    add(result, u"grossYen"_s, tr("Gross pay"), result.grossYen,
        input.bonusMonths > 0 ? tr("12 months' pay + %1 months' bonus").arg(input.bonusMonths)
                              : tr("12 months' pay"),
        {}, Kind::Income);
    const qint64 monthly = qRound64(double(input.annualGrossYen) / (12 + input.bonusMonths));
    const qint64 bonus = input.annualGrossYen - monthly * 12;

    // 社会保険 for short hours: from 20 hours a week and 88,000 yen a month at an employer of
    // 51 or more insured; from 30 hours (three quarters of full time) anywhere.
    const double minimumHours = m_rules.value(u"part_time_coverage.hours_per_week_min"_s);
    result.employeeInsurance =
        input.employment != EmploymentType::PartTime || input.hoursPerWeek >= 30 ||
        (input.hoursPerWeek >= minimumHours &&
         monthly >= m_rules.yen(u"part_time_coverage.monthly_wage_min_yen"_s) &&
         input.employerInsuredPeople >=
             m_rules.value(u"part_time_coverage.employer_insured_min_people"_s));

    qint64 employerShare = 0;
    if (result.employeeInsurance) {
        int healthGrade = 0, pensionGrade = 0;
        const qint64 healthStandard = standardMonthly(u"health"_s, monthly, &healthGrade);
        const qint64 pensionStandard = standardMonthly(u"pension"_s, monthly, &pensionGrade);
        // Bonuses: paid twice a year, 標準賞与額 in whole thousands; health counts up to a
        // yearly cap, pension up to a cap per payment.
        const int payments = bonus > 0 ? 2 : 0;
        const qint64 perPayment = payments > 0 ? floorTo(double(bonus) / payments, 1000) : 0;
        const qint64 healthBonus =
            std::min(perPayment * payments, m_rules.yen(u"health.bonus.annual_cap_yen"_s));
        const qint64 pensionBonus =
            std::min(perPayment, m_rules.yen(u"pension.bonus.per_payment_cap_yen"_s)) * payments;
        auto premium = [&](const QString &id, const QString &label, double totalRate, double share,
                           qint64 standard, qint64 bonusBase, int months,
                           const QString &sourceKey) {
            const qint64 perMonth = payrollRound(double(standard) * totalRate * share);
            const qint64 onBonus = payrollRound(double(bonusBase) * totalRate * share);
            const qint64 amount = perMonth * months + onBonus;
            add(result, id, label, amount,
                u"%1 × %2 × %3 × %4 + %5 × %2 × %3"_s
                    .arg(yen(standard), percent(totalRate), percent(share))
                    .arg(months)
                    .arg(yen(bonusBase)),
                sourceKey, Kind::Cost);
            // The employer pays the same share again.
            employerShare +=
                qint64(std::llround(double(standard) * totalRate * (1 - share))) * months +
                qint64(std::llround(double(bonusBase) * totalRate * (1 - share)));
            return amount;
        };
        const double healthShare = m_rules.value(u"health.employee_share"_s);
        const QString healthKey = healthRateKey(input);
        result.healthYen = premium(
            u"health"_s, tr("Health insurance (健康保険, grade %1)").arg(healthGrade),
            m_rules.value(healthKey), healthShare, healthStandard, healthBonus, 12, healthKey);
        if (careApplies(input.age))
            result.careYen =
                premium(u"care"_s, tr("Long-term care insurance (介護保険, 40–64)"),
                        m_rules.value(u"health.kyokai.care_rate_total"_s), healthShare,
                        healthStandard, healthBonus, 12, u"health.kyokai.care_rate_total"_s);
        if (m_rules.has(u"health.kyokai.child_support_rate_total"_s)) {
            // From the April 2026 premium: nine months, and both bonuses (June, December).
            result.childSupportYen = premium(
                u"childSupport"_s,
                tr("Child and child-rearing support levy (子ども・子育て支援金)"),
                m_rules.value(u"health.kyokai.child_support_rate_total"_s), healthShare,
                healthStandard, healthBonus, 9, u"health.kyokai.child_support_rate_total"_s);
        }
        result.pensionYen =
            premium(u"pension"_s, tr("Employees' pension (厚生年金, grade %1)").arg(pensionGrade),
                    m_rules.value(u"pension.employees.rate_total"_s),
                    m_rules.value(u"pension.employees.employee_share"_s), pensionStandard,
                    pensionBonus, 12, u"pension.employees.rate_total"_s);
        result.notes.append(
            tr("Health insurance at 協会けんぽ's rate for %1 for the whole year; bonuses paid "
               "twice. A company's own health-insurance society may charge less.")
                .arg(prefectureName(input)));
    } else {
        result.notes.append(
            tr("At %1 hours a week and %2 yen a month this job is below the thresholds for "
               "employee insurance, so 国民年金 and 国民健康保険 are paid instead.")
                .arg(input.hoursPerWeek)
                .arg(yen(monthly)));
    }
    if (input.hoursPerWeek >= minimumHours) {
        const double rate = m_rules.value(u"employment_insurance.general.employee_rate"_s);
        result.employmentInsuranceYen = payrollRound(double(input.annualGrossYen) * rate);
        add(result, u"employmentInsurance"_s, tr("Employment insurance (雇用保険)"),
            result.employmentInsuranceYen,
            u"%1 × %2"_s.arg(yen(input.annualGrossYen), percent(rate)),
            u"employment_insurance.general.employee_rate"_s, Kind::Cost);
        employerShare += qRound64(double(input.annualGrossYen) *
                                  m_rules.value(u"employment_insurance.general.employer_rate"_s));
    }

    QString deductionFormula;
    const qint64 deduction = employmentIncomeDeduction(input.annualGrossYen, &deductionFormula);
    add(result, u"employmentIncomeDeduction"_s, tr("Employment income deduction (給与所得控除)"),
        deduction, deductionFormula, u"employment_income_deduction.bracket.1.addon_yen"_s,
        Kind::Step);
    const qint64 totalIncome = std::max<qint64>(0, input.annualGrossYen - deduction);
    add(result, u"totalIncome"_s, tr("Total income (合計所得金額)"), totalIncome,
        u"%1 − %2"_s.arg(yen(input.annualGrossYen), yen(deduction)), {}, Kind::Step);
    if (!result.employeeInsurance)
        nationalInsurance(totalIncome, input, result);

    const Taxes paid = taxes(totalIncome, result.socialInsuranceYen(), input, result);
    result.incomeTaxYen = paid.incomeTax;
    result.residentTaxYen = paid.residentTax;
    const qint64 setAside = setAsideLine(input, result);
    result.netYen = result.grossYen - result.socialInsuranceYen() - result.incomeTaxYen -
                    result.residentTaxYen - setAside;
    add(result, u"netYen"_s, tr("Take-home pay"), result.netYen,
        setAside > 0
            ? u"%1 − %2 − %3 − %4 − %5"_s.arg(
                  yen(result.grossYen), yen(result.socialInsuranceYen()), yen(result.incomeTaxYen),
                  yen(result.residentTaxYen), yen(setAside))
            : u"%1 − %2 − %3 − %4"_s.arg(yen(result.grossYen), yen(result.socialInsuranceYen()),
                                         yen(result.incomeTaxYen), yen(result.residentTaxYen)),
        {}, Kind::Net);

    // What employment gives besides pay: the employer's insurance, paid leave, a retirement
    // allowance. Shown beside the net, never inside it.
    result.employerContributionsYen = employerShare;
    const qint64 dailyPay = qRound64(double(monthly) * 12 / 245); // about 245 working days
    const qint64 leave = dailyPay * input.paidLeaveDays;
    result.equivalentValueYen = employerShare + leave + input.retirementAllowanceYen;
    add(result, u"employerContributions"_s, tr("Employer's share of the insurance"), employerShare,
        tr("paid by the employer on top of the gross pay"), {}, Kind::Equivalent);
    if (leave > 0)
        add(result, u"paidLeave"_s, tr("Paid leave"), leave,
            u"%1 × %2"_s.arg(yen(dailyPay)).arg(input.paidLeaveDays), {}, Kind::Equivalent);
    if (input.retirementAllowanceYen > 0)
        add(result, u"retirementAllowance"_s, tr("Retirement allowance, a year's share"),
            input.retirementAllowanceYen, {}, {}, Kind::Equivalent);
    return result;
}

TakeHomeResult TakeHomeCalculator::freelance(const TakeHomeInput &input) const
{
    using Kind = TakeHomeLine::Kind;
    TakeHomeResult result;
    result.grossYen = qRound64(double(input.monthlyRateYen) * input.billedMonths);
    add(result, u"grossYen"_s, tr("Rate × months billed"), result.grossYen,
        u"%1 × %2"_s.arg(yen(input.monthlyRateYen)).arg(input.billedMonths), {}, Kind::Income);
    result.marginYen = qRound64(double(result.grossYen) * input.marginShare);
    if (result.marginYen > 0)
        add(result, u"margin"_s, tr("Agency margin"), result.marginYen,
            u"%1 × %2"_s.arg(yen(result.grossYen), percent(input.marginShare)), {}, Kind::Cost);
    const qint64 sales = result.grossYen - result.marginYen;
    result.expensesYen =
        input.expensesYen ? *input.expensesYen : qRound64(double(sales) * input.expensesShare);
    if (result.expensesYen > 0)
        add(result, u"expenses"_s, tr("Business expenses"), result.expensesYen,
            input.expensesYen ? QString()
                              : u"%1 × %2"_s.arg(yen(sales), percent(input.expensesShare)),
            {}, Kind::Cost);

    // Consumption tax: billed on top of the sales, settled by the chosen method; what is kept
    // is income (tax-exclusive books).
    const double taxRate = m_rules.value(u"consumption_tax.standard_rate"_s);
    qint64 kept = 0;
    if (input.invoice != InvoiceMode::None) {
        result.consumptionTaxCollectedYen = qRound64(double(sales) * taxRate);
        const double collected = double(result.consumptionTaxCollectedYen);
        QString formula;
        QString sourceKey;
        double payable = 0;
        switch (input.invoice) {
        case InvoiceMode::Standard:
            payable = collected - double(result.expensesYen) * taxRate;
            formula = u"%1 − %2 × %3"_s.arg(yen(qRound64(collected)), yen(result.expensesYen),
                                            percent(taxRate));
            sourceKey = u"consumption_tax.standard_rate"_s;
            break;
        case InvoiceMode::Simplified: {
            const double deemed =
                m_rules.value(u"consumption_tax.simplified.class5_deemed_purchase_rate"_s);
            payable = collected * (1 - deemed);
            formula = u"%1 × (1 − %2)"_s.arg(yen(qRound64(collected)), percent(deemed));
            sourceKey = u"consumption_tax.simplified.class5_deemed_purchase_rate"_s;
            break;
        }
        case InvoiceMode::TwentyPercent: {
            const double share =
                m_rules.value(u"consumption_tax.two_tenths_special.payable_share_of_output_tax"_s);
            payable = collected * share;
            formula = u"%1 × %2"_s.arg(yen(qRound64(collected)), percent(share));
            sourceKey = u"consumption_tax.two_tenths_special.payable_share_of_output_tax"_s;
            break;
        }
        case InvoiceMode::None:
            break;
        }
        result.consumptionTaxYen = std::max<qint64>(0, floorTo(payable, 100));
        kept = result.consumptionTaxCollectedYen - result.consumptionTaxYen;
        add(result, u"consumptionTaxCollected"_s, tr("Consumption tax billed to clients"),
            result.consumptionTaxCollectedYen, u"%1 × %2"_s.arg(yen(sales), percent(taxRate)),
            u"consumption_tax.standard_rate"_s, Kind::Income);
        add(result, u"consumptionTax"_s, tr("Consumption tax paid"), result.consumptionTaxYen,
            formula, sourceKey, Kind::Cost);
    }

    // 個人事業税: 5 % above the 290万円 deduction, before the 青色 deduction. It is an expense
    // of the year it is paid: in a steady year, tax = 5 % × (income − tax − 290万).
    const qint64 beforeBusinessTax = sales + kept - result.expensesYen;
    const double businessRate = m_rules.value(u"business_tax.class1.rate"_s);
    const qint64 ownerDeduction = m_rules.yen(u"business_tax.owner_deduction_yen"_s);
    result.businessTaxYen = std::max<qint64>(
        0, floorTo(businessRate * double(beforeBusinessTax - ownerDeduction) / (1 + businessRate),
                   100));
    add(result, u"businessTax"_s, tr("Business tax (個人事業税)"), result.businessTaxYen,
        tr("%1 × (%2 − %3) ÷ (1 + %1), rounded down to 100")
            .arg(percent(businessRate), yen(beforeBusinessTax), yen(ownerDeduction)),
        u"business_tax.class1.rate"_s, Kind::Cost);

    const QString blueKey = [&]() {
        switch (input.blueReturn) {
        case BlueReturn::Full:
            return u"blue_return.deduction.full_yen"_s;
        case BlueReturn::Paper:
            return u"blue_return.deduction.paper_yen"_s;
        case BlueReturn::Simple:
            return u"blue_return.deduction.simple_yen"_s;
        case BlueReturn::White:
            break;
        }
        return QString();
    }();
    // 経営セーフティ共済 is an expense for income tax (租税特別措置法 28条) but, as we read
    // 個人事業税's rules, not for business tax, which is why it comes off after that tax.
    const qint64 safety = 12 * input.safetyMutualAidMonthlyYen;
    if (safety > 0)
        add(result, u"safetyMutualAid"_s,
            tr("経営セーフティ共済, an expense for income and resident tax"), safety,
            u"%1 × 12"_s.arg(yen(input.safetyMutualAidMonthlyYen)),
            u"safety_mutual_aid.expense_share"_s, Kind::Step);
    const qint64 businessIncome =
        std::max<qint64>(0, beforeBusinessTax - result.businessTaxYen - safety);
    const qint64 blue = blueKey.isEmpty() ? 0
                                          : std::clamp<qint64>(m_rules.yen(blueKey), 0,
                                                               std::max<qint64>(0, businessIncome));
    if (blue > 0)
        add(result, u"blueReturnDeduction"_s, tr("Blue-return deduction (青色申告特別控除)"), blue,
            {}, blueKey, Kind::Step);
    const qint64 totalIncome = std::max<qint64>(0, businessIncome - blue);
    add(result, u"totalIncome"_s, tr("Total income (合計所得金額)"), totalIncome,
        safety > 0
            ? u"%1 − %2 − %3 − %4"_s.arg(yen(beforeBusinessTax), yen(result.businessTaxYen),
                                         yen(safety), yen(blue))
            : u"%1 − %2 − %3"_s.arg(yen(beforeBusinessTax), yen(result.businessTaxYen), yen(blue)),
        {}, Kind::Step);
    nationalInsurance(totalIncome, input, result);

    const Taxes paid = taxes(totalIncome, result.socialInsuranceYen(), input, result);
    result.incomeTaxYen = paid.incomeTax;
    result.residentTaxYen = paid.residentTax;
    // 経営セーフティ共済 is in the set-aside line, though taxed as an expense above.
    const qint64 setAside = setAsideLine(input, result);
    result.netYen = beforeBusinessTax - result.businessTaxYen - result.socialInsuranceYen() -
                    result.incomeTaxYen - result.residentTaxYen - setAside;
    add(result, u"netYen"_s, tr("Take-home pay"), result.netYen,
        u"%1 − %2 − %3 − %4 − %5 − %6"_s.arg(
            yen(beforeBusinessTax), yen(result.businessTaxYen), yen(result.socialInsuranceYen()),
            yen(result.incomeTaxYen), yen(result.residentTaxYen), yen(setAside)),
        {}, Kind::Net);
    result.notes.append(
        tr("国民健康保険 at the Tokyo 23 wards' rates, for a household of the person, a spouse "
           "if given, and the dependants."));
    if (input.invoice == InvoiceMode::None)
        result.notes.append(tr("Not invoice-registered: no consumption tax is billed or paid."));
    result.notes.append(
        tr("個人事業税 at 5 %, as for 請負業: whether engineering work is one of the taxed "
           "businesses is decided by the prefecture, and some charge none for it."));
    return result;
}

qint64 TakeHomeCalculator::smallestReaching(qint64 target, qint64 start, qint64 limit,
                                            const std::function<qint64(qint64)> &netAt)
{
    // Net grows with pay: double until it reaches the target, then halve the gap to the yen.
    qint64 low = 1, high = start;
    while (netAt(high) < target && high < limit)
        high *= 2;
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        (netAt(middle) < target ? low : high) = middle;
    }
    return high;
}

qint64 TakeHomeCalculator::breakEvenMonthlyRate(const TakeHomeInput &employeeInput,
                                                const TakeHomeInput &freelanceInput) const
{
    TakeHomeInput trial = freelanceInput;
    trial.employment = EmploymentType::Freelance;
    return smallestReaching(calculate(employeeInput).netYen,
                            std::max<qint64>(1'000'000, employeeInput.annualGrossYen),
                            1'000'000'000 / 12, [&](qint64 rate) {
                                trial.monthlyRateYen = rate;
                                return calculate(trial).netYen;
                            });
}

qint64 TakeHomeCalculator::breakEvenAnnualPay(const TakeHomeInput &freelanceInput,
                                              const TakeHomeInput &employeeInput) const
{
    TakeHomeInput trial = employeeInput;
    if (trial.employment == EmploymentType::Freelance)
        trial.employment = EmploymentType::FullTime;
    return smallestReaching(calculate(freelanceInput).netYen,
                            std::max<qint64>(1'000'000, freelanceInput.monthlyRateYen * 24),
                            1'000'000'000, [&](qint64 pay) {
                                trial.annualGrossYen = pay;
                                return calculate(trial).netYen;
                            });
}
