#include "ListingTakeHome.h"

using namespace Qt::StringLiterals;

EmploymentType ListingTakeHome::employmentOf(const Listing &listing)
{
    const QString contract = listing.contract;
    if (contract.contains(u"正社員"_s) || contract.contains(u"契約社員"_s) ||
        contract.contains(u"full-time"_s, Qt::CaseInsensitive))
        return EmploymentType::FullTime;
    if (contract.contains(u"派遣"_s) || contract.contains(u"dispatch"_s, Qt::CaseInsensitive))
        return EmploymentType::Dispatch;
    if (contract.contains(u"アルバイト"_s) || contract.contains(u"パート"_s) ||
        contract.contains(u"part-time"_s, Qt::CaseInsensitive))
        return EmploymentType::PartTime;
    return EmploymentType::Freelance; // 業務委託, 準委任, 請負, or not said
}

std::optional<ListingTakeHome> ListingTakeHome::of(const Listing &listing,
                                                   const TakeHomeCalculator &calculator,
                                                   const TakeHomeInput &household)
{
    const auto low = listing.monthlyRateMinYen;
    const auto high = listing.monthlyRateMaxYen;
    if (!low && !high)
        return std::nullopt;
    ListingTakeHome takeHome;
    takeHome.monthlyYen = low && high ? (*low + *high) / 2 : low ? *low : *high;
    if (takeHome.monthlyYen <= 0)
        return std::nullopt;
    takeHome.employment = employmentOf(listing);
    TakeHomeInput input = household;
    input.employment = takeHome.employment;
    if (takeHome.employment == EmploymentType::Freelance) {
        input.monthlyRateYen = takeHome.monthlyYen;
    } else {
        input.annualGrossYen = takeHome.monthlyYen * 12;
        input.bonusMonths = 0;
    }
    input = calculator.withinLimits(input);
    if (!calculator.validate(input).isEmpty())
        return std::nullopt;
    takeHome.result = calculator.calculate(input);
    return takeHome;
}
