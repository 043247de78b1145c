#pragma once

#include "core/EmploymentType.h"

#include <QList>
#include <QString>
#include <optional>

// How an invoice-registered freelancer settles consumption tax; None: not registered
// (免税事業者), nothing collected or paid.
enum class InvoiceMode
{
    None,
    Standard,     // 本則課税: output tax less the tax paid on expenses
    Simplified,   // 簡易課税: output tax less the deemed share (services, class 5)
    TwentyPercent // 2割特例: 20 % of the output tax, while it applies
};

// 青色申告特別控除.
enum class BlueReturn
{
    Full,   // 65万円: double-entry books filed electronically
    Paper,  // 55万円: double-entry books on paper
    Simple, // 10万円: simple books
    White   // 白色申告: no special deduction
};

// What the take-home calculator is told. Amounts in yen a year unless named otherwise.
struct TakeHomeInput
{
    EmploymentType employment = EmploymentType::FullTime;
    int year = 2026;
    int age = 40;
    QString prefecture; // empty: Tokyo, the one whose 協会けんぽ rate is bundled

    // Employees (正社員, 派遣, アルバイト): the year's pay, bonus included.
    qint64 annualGrossYen = 0;
    double bonusMonths = 0;            // the part of the year's pay paid as bonus, in months of pay
    double hoursPerWeek = 40;          // below 20 (or 30 at a small employer) no 社会保険
    int employerInsuredPeople = 101;   // the employer's insured staff (短時間労働者 coverage)
    int paidLeaveDays = 0;             // for the equivalent value of employment
    qint64 retirementAllowanceYen = 0; // a year's share of a retirement allowance, if known

    // Freelance: the monthly rate as listed, the months billed, and what comes off it.
    qint64 monthlyRateYen = 0;
    double billedMonths = 11;
    double marginShare = 0; // the agency's share of the rate, 0–1
    std::optional<qint64> expensesYen;
    double expensesShare = 0; // of the rate after the margin, when expensesYen is not set
    BlueReturn blueReturn = BlueReturn::Full;
    InvoiceMode invoice = InvoiceMode::None;

    // Contributions set aside, in yen a month. iDeCo and 小規模企業共済 are deducted from
    // income for both taxes (小規模企業共済等掛金控除); 経営セーフティ共済 is a business expense.
    // The last two are for the self-employed only. Saved, not spent: the net leaves them out.
    qint64 idecoMonthlyYen = 0;
    qint64 smallBusinessMutualAidMonthlyYen = 0;
    qint64 safetyMutualAidMonthlyYen = 0;
    qint64 contributionsYearYen() const
    {
        return 12 *
               (idecoMonthlyYen + smallBusinessMutualAidMonthlyYen + safetyMutualAidMonthlyYen);
    }

    // The household, for the deductions.
    bool spouse = false; // a spouse with income within the 配偶者控除 limit
    int dependants = 0;  // 一般の扶養親族 (16 and over)
};
