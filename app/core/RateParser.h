#pragma once

#include "Listing.h"
#include "RatePeriod.h"

#include <QString>
#include <optional>

// A listing's rate as read from its wording. Both bounds empty and no error: negotiable.
struct ParsedRate
{
    std::optional<qint64> minYen;
    std::optional<qint64> maxYen;
    RatePeriod period = RatePeriod::Month;
    bool negotiable = false; // 応相談, 要相談, negotiable, ASK, or no text at all
    QString error;           // non-empty: the row must be rejected; says why in plain words
};

// Reads the rate wordings seen on Japanese job boards and in spreadsheets: "600,000円/月",
// "60万円", "月60万円", "〜80万円", "60万円〜", "70〜90万円", "時給3,000円", "3000円/h",
// "¥600,000/month", "600k", "600,000 JPY/month", full-width digits, a trailing (…) remark.
class RateParser
{
public:
    static ParsedRate parse(const QString &text);
    // Why a figure cannot be a real rate (not positive, implausibly high or low, lower bound
    // above upper bound), or an empty string when it can. Shared with the JSON import, whose
    // figures come without text.
    static QString checkRange(std::optional<qint64> minYen, std::optional<qint64> maxYen,
                              RatePeriod period);
    // Puts the figures into the listing: the hourly fields for an hourly rate (the monthly
    // ones are then left empty, to be derived by whoever knows the billable hours), the
    // monthly fields otherwise.
    static void applyTo(const ParsedRate &rate, Listing &listing);
};
