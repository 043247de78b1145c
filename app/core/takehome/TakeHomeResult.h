#pragma once

#include "core/EmploymentType.h"

#include <QList>
#include <QString>

// One step of a take-home calculation, explained: what, how much, how it was computed, and
// the source of the figures it used.
struct TakeHomeLine
{
    enum class Kind
    {
        Income,    // what is earned (gross, or sales)
        Cost,      // comes off the net: insurance, tax, margin, expenses
        Step,      // an intermediate figure (taxable income, a deduction): not money paid
        Net,       // what reaches the bank
        Equivalent // what an employee receives besides pay, for comparison
    };

    QString id; // stable: "grossYen", "health", "incomeTax", …
    QString label;
    qint64 amountYen = 0;
    QString formula; // "4,500,000 × 20% − 427,500"
    QString source;  // publisher, document, year
    Kind kind = Kind::Step;
};

struct TakeHomeResult
{
    int year = 0;
    EmploymentType employment = EmploymentType::FullTime;
    qint64 grossYen = 0; // employees: pay with bonus; freelance: rate × billed months
    // Social insurance, the person's own share.
    qint64 healthYen = 0;
    qint64 careYen = 0;         // 介護保険, ages 40–64
    qint64 childSupportYen = 0; // 子ども・子育て支援金, from April 2026
    qint64 pensionYen = 0;      // 厚生年金
    qint64 employmentInsuranceYen = 0;
    qint64 nationalPensionYen = 0;
    qint64 nationalHealthYen = 0; // 国民健康保険 (Tokyo 23 wards)
    qint64 incomeTaxYen = 0;      // with 復興特別所得税
    qint64 residentTaxYen = 0;
    qint64 businessTaxYen = 0;
    qint64 consumptionTaxYen = 0; // paid to the state
    qint64 consumptionTaxCollectedYen = 0;
    qint64 marginYen = 0;
    qint64 expensesYen = 0;
    qint64 netYen = 0;
    // iDeCo and the 共済 contributions: set aside from the money left, not in netYen.
    qint64 contributionsYen = 0;
    // How much less tax and insurance is paid because of them.
    qint64 contributionsSavedYen = 0;
    qint64 employerContributionsYen = 0; // the employer's half of the insurance
    qint64 equivalentValueYen = 0;       // that, paid leave and a retirement allowance
    bool employeeInsurance = false;      // covered by 健康保険 and 厚生年金
    QList<TakeHomeLine> lines;
    QStringList notes; // assumptions and what is left out, translated

    qint64 socialInsuranceYen() const
    {
        return healthYen + careYen + childSupportYen + pensionYen + employmentInsuranceYen +
               nationalPensionYen + nationalHealthYen;
    }
};
