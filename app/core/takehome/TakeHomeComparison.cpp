#include "TakeHomeComparison.h"

TakeHomeComparison TakeHomeComparison::compare(const TakeHomeCalculator &calculator,
                                               const TakeHomeInput &common, const Amounts &amounts)
{
    TakeHomeComparison comparison;
    QList<TakeHomeInput> inputs;
    for (EmploymentType type : EmploymentTypes::all()) {
        TakeHomeInput input = common;
        input.employment = type;
        input.bonusMonths = 0;
        input.hoursPerWeek = 40;
        switch (type) {
        case EmploymentType::FullTime:
            input.annualGrossYen = amounts.fullTimeAnnualYen;
            input.bonusMonths = amounts.fullTimeBonusMonths;
            break;
        case EmploymentType::Dispatch:
            input.annualGrossYen = amounts.dispatchAnnualYen;
            break;
        case EmploymentType::PartTime:
            input.annualGrossYen = amounts.partTimeAnnualYen;
            input.hoursPerWeek = amounts.partTimeHoursPerWeek;
            break;
        case EmploymentType::Freelance:
            input.monthlyRateYen = amounts.freelanceMonthlyYen;
            break;
        }
        input = calculator.withinLimits(input);
        const QString error = calculator.validate(input);
        if (!error.isEmpty()) {
            comparison.error = EmploymentTypes::displayName(type) + QStringLiteral(": ") + error;
            return comparison;
        }
        inputs.append(input);
    }
    for (const TakeHomeInput &input : std::as_const(inputs))
        comparison.results.append(calculator.calculate(input));
    comparison.breakEvenMonthlyRateYen = calculator.breakEvenMonthlyRate(
        inputs.at(EmploymentTypes::all().indexOf(EmploymentType::FullTime)),
        inputs.at(EmploymentTypes::all().indexOf(EmploymentType::Freelance)));
    return comparison;
}

const TakeHomeResult *TakeHomeComparison::result(EmploymentType type) const
{
    for (const TakeHomeResult &result : results) {
        if (result.employment == type)
            return &result;
    }
    return nullptr;
}
