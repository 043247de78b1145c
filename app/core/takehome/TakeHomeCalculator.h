#pragma once

#include "TakeHomeInput.h"
#include "TakeHomeResult.h"
#include "TakeHomeRules.h"

#include <QCoreApplication>
#include <functional>

// From gross pay (or a freelance rate) to what reaches the bank in a year, for one set of
// rules (a year of data/takehome): social insurance, income tax with 復興特別所得税, resident
// tax, and for a freelancer 国民年金, 国民健康保険 (Tokyo 23 wards), 個人事業税 and
// consumption tax. Every step is a TakeHomeLine with its formula and source.
//
// It is an estimate of a steady year (the same income the year before, which resident tax,
// 国民健康保険 and 個人事業税 are based on), not tax advice; result.notes list what it leaves out.
class TakeHomeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TakeHomeCalculator)

public:
    explicit TakeHomeCalculator(TakeHomeRules rules);

    // The keys the calculator reads; a rules file without one of them is refused.
    static QStringList requiredKeys();
    // Checks an input against these rules (the contribution limits are the year's); the
    // message names the field ("annual pay: …").
    QString validate(const TakeHomeInput &input) const;
    // The most iDeCo takes a month from someone of this employment type: employees are taken
    // to have no company pension, the higher of their two limits.
    qint64 idecoMonthlyCap(EmploymentType employment) const;
    // One household's contributions as they apply to its employment type: iDeCo up to the
    // type's limit, the 共済 for the self-employed only. For one set of circumstances shown
    // across types (the comparison, a listing), where a limit is not the user's mistake.
    TakeHomeInput withinLimits(TakeHomeInput input) const;

    TakeHomeResult calculate(const TakeHomeInput &input) const;
    // The freelance monthly rate whose net equals the net of an employee's annual pay (the
    // other inputs as given for each), found by bisection to the yen; and the reverse.
    qint64 breakEvenMonthlyRate(const TakeHomeInput &employee,
                                const TakeHomeInput &freelance) const;
    qint64 breakEvenAnnualPay(const TakeHomeInput &freelance, const TakeHomeInput &employee) const;

    const TakeHomeRules &rules() const { return m_rules; }

    // The steps on their own, for the published worked examples.
    // 給与所得: pay less 給与所得控除.
    qint64 employmentIncome(qint64 annualPay) const;
    // Income tax with 復興特別所得税 on a total income, the insurance paid deducted, for the
    // household of input (spouse, dependants).
    qint64 incomeTax(qint64 totalIncome, qint64 insurancePaid,
                     const TakeHomeInput &household) const;
    // 所得税 before the surtax, from the 速算表.
    qint64 incomeTaxBeforeSurtax(qint64 taxableIncome) const;
    // 標準報酬月額 of a monthly pay in the "health" or "pension" table, with its grade.
    qint64 standardMonthly(const QString &table, qint64 monthlyPay, int *grade) const;

private:
    struct Taxes
    {
        qint64 incomeTax = 0;
        qint64 residentTax = 0;
    };

    struct PersonalDeductions
    {
        qint64 basic = 0;
        qint64 spouse = 0;
        qint64 dependants = 0;
        qint64 total() const { return basic + spouse + dependants; }
    };

    // 基礎控除, 配偶者控除 and 扶養控除 of one tax ("income_tax" or "resident_tax").
    PersonalDeductions personalDeductions(const QString &basicTable, const QString &tax,
                                          qint64 totalIncome, const TakeHomeInput &input) const;
    // The least amount from 1 whose net reaches the target, searching from start up to limit.
    static qint64 smallestReaching(qint64 target, qint64 start, qint64 limit,
                                   const std::function<qint64(qint64)> &netAt);
    // The 協会けんぽ rate of the input's prefecture (Tokyo when none is named), as a key.
    QString healthRateKey(const TakeHomeInput &input) const;
    QString prefectureName(const TakeHomeInput &input) const; // "東京都"
    TakeHomeResult employee(const TakeHomeInput &input) const;
    TakeHomeResult freelance(const TakeHomeInput &input) const;
    // Income tax and resident tax on 合計所得金額 with the insurance paid deducted.
    Taxes taxes(qint64 totalIncome, qint64 insurancePaid, const TakeHomeInput &input,
                TakeHomeResult &result) const;
    // 小規模企業共済等掛金控除: iDeCo and 小規模企業共済, a year.
    static qint64 mutualAidDeduction(const TakeHomeInput &input);
    // The contributions set aside, as a cost line before the net; returns the amount.
    qint64 setAsideLine(const TakeHomeInput &input, TakeHomeResult &result) const;
    // The contributions as a line of the result, and what they saved against the same input
    // without them.
    void addContributions(const TakeHomeInput &input, TakeHomeResult &result) const;
    qint64 employmentIncomeDeduction(qint64 pay, QString *formula) const;
    // 国民年金 and 国民健康保険 for someone without employee insurance.
    void nationalInsurance(qint64 totalIncome, const TakeHomeInput &input,
                           TakeHomeResult &result) const;
    void add(TakeHomeResult &result, const QString &id, const QString &label, qint64 amount,
             const QString &formula, const QString &sourceKey, TakeHomeLine::Kind kind) const;

    TakeHomeRules m_rules;
};
