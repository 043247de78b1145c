#pragma once

#include "Listing.h"
#include "ListingFit.h"
#include "RateConversion.h"
#include "SkillCatalogue.h"

class TakeHomeCalculator;
struct TakeHomeInput;

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

// One line of a side-by-side comparison: a label and one cell per listing. A skill line also
// carries each listing's requirement status, so a view can colour it.
struct ComparisonRow
{
    enum class Kind
    {
        Figure,
        Text,
        Skill
    };
    Kind kind = Kind::Text;
    QString label;
    QStringList cells;
    QList<std::optional<RequirementStatus>> statuses; // Skill rows: nullopt = not asked for
};

// Builds the comparison of 2–4 listings: the monthly rate with its annual and hourly
// equivalents (with the user's billable hours), contract, positions, duration, work, the fit,
// and one line per required skill, marked met / partly / unmet against the profile. The same
// table is shown in the window and exported as CSV.
class ListingComparison
{
    Q_DECLARE_TR_FUNCTIONS(ListingComparison)

public:
    // fits: one per listing, in the same order, or empty when there is no profile.
    ListingComparison(QList<Listing> listings, QList<ListingFit> fits,
                      const SkillCatalogue &catalogue, const RateConversion &conversion,
                      const QLocale &locale = QLocale());

    const QList<Listing> &listings() const { return m_listings; }
    QStringList columnTitles() const;
    const QList<ComparisonRow> &rows() const { return m_rows; }
    // Adds what each listing would take home for the household, a year and a month, after the
    // rate's equivalents (ListingTakeHome).
    void addTakeHome(const TakeHomeCalculator &calculator, const TakeHomeInput &household);
    // UTF-8 with a BOM, formula-like cells neutralised, so it opens safely in Excel.
    QByteArray toCsv() const;

    static QString statusText(RequirementStatus status, double minimumYears, double profileYears,
                              const QLocale &locale);

private:
    void build(const SkillCatalogue &catalogue, const RateConversion &conversion);

    QList<Listing> m_listings;
    QList<ListingFit> m_fits;
    QLocale m_locale;
    QList<ComparisonRow> m_rows;
};
