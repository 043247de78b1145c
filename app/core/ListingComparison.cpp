#include "ListingComparison.h"

#include "CsvWriter.h"
#include "ListingRate.h"
#include "MoneyFormat.h"
#include "core/takehome/ListingTakeHome.h"

using namespace Qt::StringLiterals;

ListingComparison::ListingComparison(QList<Listing> listings, QList<ListingFit> fits,
                                     const SkillCatalogue &catalogue,
                                     const RateConversion &conversion, const QLocale &locale)
    : m_listings(std::move(listings)), m_fits(std::move(fits)), m_locale(locale)
{
    if (m_fits.size() != m_listings.size())
        m_fits.clear();
    build(catalogue, conversion);
}

QStringList ListingComparison::columnTitles() const
{
    QStringList titles;
    for (const Listing &listing : m_listings)
        titles.append(listing.title);
    return titles;
}

QString ListingComparison::statusText(RequirementStatus status, double minimumYears,
                                      double profileYears, const QLocale &locale)
{
    const QString asked =
        minimumYears > 0 ? tr("%1+ years").arg(locale.toString(minimumYears, 'g', 3)) : tr("asked");
    switch (status) {
    case RequirementStatus::Met:
        return tr("✔ met (%1)").arg(asked);
    case RequirementStatus::Partly:
        return tr("◐ partly (%1; you have %2)")
            .arg(asked, locale.toString(std::max(0.0, profileYears), 'g', 3));
    case RequirementStatus::Unmet:
        return tr("✘ not met (%1)").arg(asked);
    case RequirementStatus::Unknown:
        return tr("? cannot be checked");
    }
    return {};
}

void ListingComparison::addTakeHome(const TakeHomeCalculator &calculator,
                                    const TakeHomeInput &household)
{
    ComparisonRow yearly, monthly;
    yearly.kind = monthly.kind = ComparisonRow::Kind::Figure;
    yearly.label = tr("Take-home pay for you, a year");
    monthly.label = tr("Take-home pay for you, a month");
    for (const Listing &listing : std::as_const(m_listings)) {
        const auto takeHome = ListingTakeHome::of(listing, calculator, household);
        yearly.cells.append(takeHome
                                ? MoneyFormat::exact(takeHome->result.netYen, m_locale) + u" ("_s +
                                      EmploymentTypes::displayName(takeHome->employment) + u')'
                                : tr("negotiable"));
        monthly.cells.append(takeHome ? MoneyFormat::exact(takeHome->result.netYen / 12, m_locale)
                                      : tr("negotiable"));
    }
    // After the monthly rate and its annual and hourly equivalents.
    const qsizetype at = std::min<qsizetype>(3, m_rows.size());
    m_rows.insert(at, monthly);
    m_rows.insert(at, yearly);
}

void ListingComparison::build(const SkillCatalogue &catalogue, const RateConversion &conversion)
{
    const qsizetype count = m_listings.size();
    auto textRow = [&](const QString &label, auto value) {
        ComparisonRow row;
        row.label = label;
        for (const Listing &listing : std::as_const(m_listings))
            row.cells.append(value(listing));
        m_rows.append(row);
    };
    auto figureRow = [&](const QString &label, auto value) {
        textRow(label, value);
        m_rows.last().kind = ComparisonRow::Kind::Figure;
    };
    auto rate = [](const Listing &listing) {
        return ListingRate::representativeMonthlyYen(listing);
    };

    figureRow(tr("Monthly rate"), [&](const Listing &l) { return ListingRate::text(l, m_locale); });
    figureRow(tr("Annual equivalent"), [&](const Listing &l) {
        const auto monthly = rate(l);
        return monthly ? MoneyFormat::annual(conversion.monthlyToAnnual(*monthly), m_locale)
                       : tr("negotiable");
    });
    figureRow(tr("Hourly equivalent (%1 h/month)")
                  .arg(m_locale.toString(conversion.billableHoursPerMonth, 'g', 4)),
              [&](const Listing &l) {
                  if (l.hourlyRateMinYen || l.hourlyRateMaxYen)
                      return MoneyFormat::hourly(
                          l.hourlyRateMaxYen.value_or(l.hourlyRateMinYen.value_or(0)), m_locale);
                  const auto monthly = rate(l);
                  return monthly
                             ? MoneyFormat::hourly(conversion.monthlyToHourly(*monthly), m_locale)
                             : tr("negotiable");
              });
    if (!m_fits.isEmpty()) {
        ComparisonRow fitRow;
        fitRow.kind = ComparisonRow::Kind::Figure;
        fitRow.label = tr("Fit with your profile");
        for (const ListingFit &fit : std::as_const(m_fits))
            fitRow.cells.append(m_locale.toString(fit.fit * 100, 'f', 0) + u'%');
        m_rows.append(fitRow);
    }
    textRow(tr("Contract"), [](const Listing &l) { return l.contract; });
    textRow(tr("Positions"), [](const Listing &l) { return l.positions; });
    textRow(tr("Duration"), [](const Listing &l) { return l.duration; });
    textRow(tr("Location"), [](const Listing &l) { return l.location; });
    textRow(tr("Remote"), [](const Listing &l) { return l.remote; });
    textRow(tr("Work content"), [](const Listing &l) { return l.workContent; });

    // One line per skill any of the listings asks for, in the order they first appear;
    // requirements outside the catalogue are matched by their wording.
    QStringList keys;
    QHash<QString, QString> labels;
    for (const Listing &listing : std::as_const(m_listings)) {
        for (const ListingRequirement &requirement : listing.requirements) {
            const QString key =
                requirement.skillId.isEmpty() ? u"text:"_s + requirement.text : requirement.skillId;
            if (labels.contains(key))
                continue;
            keys.append(key);
            const CatalogueSkill *skill = catalogue.byId(requirement.skillId);
            labels.insert(key, skill ? skill->displayName(m_locale) : requirement.text);
        }
    }
    for (const QString &key : std::as_const(keys)) {
        ComparisonRow row;
        row.kind = ComparisonRow::Kind::Skill;
        row.label = labels.value(key);
        for (qsizetype i = 0; i < count; ++i) {
            const Listing &listing = m_listings.at(i);
            QString cell = tr("—");
            std::optional<RequirementStatus> status;
            for (qsizetype r = 0; r < listing.requirements.size(); ++r) {
                const ListingRequirement &requirement = listing.requirements.at(r);
                const QString requirementKey = requirement.skillId.isEmpty()
                                                   ? u"text:"_s + requirement.text
                                                   : requirement.skillId;
                if (requirementKey != key)
                    continue;
                if (!m_fits.isEmpty() && r < m_fits.at(i).checks.size()) {
                    const RequirementCheck &check = m_fits.at(i).checks.at(r);
                    status = check.status;
                    cell = statusText(check.status, requirement.minimumYears, check.profileYears,
                                      m_locale);
                } else {
                    cell = requirement.minimumYears > 0
                               ? tr("%1+ years")
                                     .arg(m_locale.toString(requirement.minimumYears, 'g', 3))
                               : tr("asked");
                }
                break;
            }
            row.cells.append(cell);
            row.statuses.append(status);
        }
        m_rows.append(row);
    }
}

QByteArray ListingComparison::toCsv() const
{
    // CsvWriter::row ends each line itself.
    QString text = CsvWriter::row(QStringList{QString()} + columnTitles());
    for (const ComparisonRow &row : m_rows)
        text += CsvWriter::row(QStringList{row.label} + row.cells);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
