#include "listings/ListingDetailsView.h"

#include "core/ListingRate.h"
#include "core/MoneyFormat.h"
#include "core/takehome/ListingTakeHome.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ListingDetailsView::ListingDetailsView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false); // offline app: links are shown, not followed
    setAccessibleName(tr("Listing details"));
    showListing(nullptr);
}

void ListingDetailsView::showListing(const Listing *listing, const std::optional<ListingFit> &fit)
{
    if (!listing) {
        setHtml(u"<p><i>%1</i></p>"_s.arg(tr("Select a listing to see all of its details.")));
        return;
    }
    QString html = u"<h3>%1</h3>"_s.arg(listing->title.toHtmlEscaped());
    if (!listing->requirements.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(
            fit ? tr("Requirements: fit %1%").arg(QLocale().toString(fit->fit * 100, 'f', 0))
                : tr("Requirements read from the listing"));
        for (qsizetype i = 0; i < listing->requirements.size(); ++i) {
            const ListingRequirement &requirement = listing->requirements.at(i);
            const CatalogueSkill *skill = m_catalogue.byId(requirement.skillId);
            QString line = skill ? skill->displayName() : tr("(outside the catalogue)");
            if (requirement.minimumYears > 0)
                line += u" — "_s + tr("at least %1 years")
                                       .arg(QLocale().toString(requirement.minimumYears, 'g', 3));
            QString mark;
            if (fit && i < fit->checks.size()) {
                const RequirementCheck &check = fit->checks.at(i);
                switch (check.status) {
                case RequirementStatus::Met:
                    mark = u"<span style='color:#2e7d32'>✔ %1</span>"_s.arg(
                        tr("met (you: %1 years)")
                            .arg(QLocale().toString(check.profileYears, 'g', 3)));
                    break;
                case RequirementStatus::Partly:
                    mark = u"<span style='color:#ef6c00'>◐ %1</span>"_s.arg(
                        tr("partly: you have %1 years")
                            .arg(QLocale().toString(check.profileYears, 'g', 3)));
                    break;
                case RequirementStatus::Unmet:
                    mark = u"<span style='color:#c62828'>✘ %1</span>"_s.arg(tr("not met"));
                    break;
                case RequirementStatus::Unknown:
                    mark = u"<span style='color:gray'>? %1</span>"_s.arg(tr("cannot be checked"));
                    break;
                }
            }
            html += u"<li>%1 %2 <span style='color:gray'>「%3」</span></li>"_s.arg(
                mark, line.toHtmlEscaped(), requirement.text.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    html += u"<table cellspacing='4'>"_s;
    auto row = [&html](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        html += u"<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    row(tr("Monthly rate"), ListingRate::text(*listing));
    if (m_takeHome) {
        if (const auto takeHome = ListingTakeHome::of(*listing, *m_takeHome, m_household)) {
            const QLocale locale;
            const QString how =
                takeHome->employment == EmploymentType::Freelance
                    ? tr("as a freelancer billing %1 months")
                          .arg(locale.toString(m_household.billedMonths))
                    : tr("as pay, %1").arg(EmploymentTypes::displayName(takeHome->employment));
            row(tr("Take-home for you"),
                tr("%1 a month, %2 a year (%3; %4 rules)")
                    .arg(MoneyFormat::exact(takeHome->result.netYen / 12, locale),
                         MoneyFormat::exact(takeHome->result.netYen, locale), how)
                    .arg(takeHome->result.year));
        }
    }
    if (!listing->rateText.isEmpty())
        row(tr("Rate as written"), listing->rateText);
    row(tr("Contract"), listing->contract);
    row(tr("Positions"), listing->positions);
    row(tr("Duration"), listing->duration);
    row(tr("Kind of work"), m_workKindNames.value(listing->workKind, listing->workKind));
    row(tr("Work content"), listing->workContent);
    row(tr("Required skills"), listing->skillsText);
    row(tr("Location"), listing->location);
    row(tr("Remote"), listing->remote);
    row(tr("URL"), listing->url);
    row(tr("Notes"), listing->notes);
    row(tr("Source"), listing->source);
    if (listing->isSample)
        row(tr("Sample"), tr("A sample listing shipped with CareerPlanner."));
    html += u"</table>"_s;

    setHtml(html);
}
