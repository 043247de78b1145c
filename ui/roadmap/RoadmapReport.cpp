#include "roadmap/RoadmapReport.h"

#include "charts/ChartContent.h"
#include "charts/ChartPalette.h"
#include "charts/ProjectionChartView.h"
#include "core/ListingComparison.h"
#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"
#include "core/takehome/TakeHomeComparison.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Session.h"
#include "storage/ListingRepository.h"
#include "storage/ReferenceDataRepository.h"
#include "storage/SavedListingRepository.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr double layoutDpi = 96; // the pixel widths of images and tables in the HTML

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? u"th"_s : u"td"_s;
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u"<%1>%2</%1>"_s.arg(tag, cell);
    return html + u"</tr>"_s;
}

QString table(const QStringList &rows)
{
    return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s +
           rows.join(QString()) + u"</table>"_s;
}

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}

const QList<QPair<QString, ChartContent::Kind>> &chartImages()
{
    // Resource name and the chart it shows; the projection is drawn separately.
    static const QList<QPair<QString, ChartContent::Kind>> charts{
        {u"chart://age"_s, ChartContent::Kind::IncomeByAge},
        {u"chart://employment"_s, ChartContent::Kind::Employment},
        {u"chart://skills"_s, ChartContent::Kind::SkillAreas},
    };
    return charts;
}

QImage grabChart(QChart *chart)
{
    // The chart alone at a fixed size, whatever its view's size: text keeps its proportion on
    // the A4 page, and the page layout cannot squeeze it. Twice the pixels for print.
    const QSizeF size(900, 540);
    const QSizeF previous = chart->size();
    chart->resize(size);
    // Paper is white whatever the desktop's colours are.
    ChartPalette::apply(chart, QPalette(Qt::black, Qt::white, Qt::lightGray, Qt::darkGray, Qt::gray,
                                        Qt::black, Qt::white));
    QImage image((size * 2).toSize(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), size),
                               QRectF(chart->scenePos(), size));
    }
    chart->resize(previous);
    if (chart->scene() && !chart->scene()->views().isEmpty())
        ChartPalette::apply(chart, chart->scene()->views().first()->palette());
    return image;
}

} // namespace

RoadmapReport::RoadmapReport(const Session *session, RoadmapPlan plan,
                             QHash<QString, RoadmapStepStatus> statuses,
                             IncomeProjection projection, QList<DatedProfile> history)
    : m_session(session), m_analysis(session->analysis()), m_plan(std::move(plan)),
      m_statuses(std::move(statuses)), m_projection(std::move(projection)),
      m_history(std::move(history))
{
}

std::unique_ptr<QTextDocument> RoadmapReport::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = QApplication::font();
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        u"h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; }"
        " th { background-color: #e8eef7; text-align: left; } .note { color: #555555; }"_s);
    addCharts(*document);

    const QLocale locale;
    QString html = u"<html><body>"_s;
    html += u"<h1>%1</h1>"_s.arg(escaped(tr("CareerPlanner report")));
    html += u"<p class=\"note\">%1</p>"_s.arg(
        escaped(tr("Made on %1 from the data on this computer. Every figure is a model "
                   "estimate from the sources listed at the end, not an offer.")
                    .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
    html += profileSection();
    html += scoresSection();
    html += estimateSection();
    html += takeHomeSection();
    html += u"<h2>%1</h2>"_s.arg(escaped(tr("Charts")));
    for (const auto &chart : chartImages())
        html += u"<p><img src=\"%1\" width=\"660\"></p>"_s.arg(chart.first);
    html += roadmapSection();
    html += progressSection();
    html += savedListingsSection();
    html += sourcesSection();
    html += u"</body></html>"_s;
    document->setHtml(html);
    return document;
}

void RoadmapReport::addCharts(QTextDocument &document) const
{
    const QHash<QString, QString> workKindNames = m_session->reference().workKindNames();
    for (const auto &chart : chartImages()) {
        const ChartContent::DrawnChart drawn =
            ChartContent::draw(chart.second, *m_analysis, workKindNames);
        drawn.widget->setAttribute(Qt::WA_DontShowOnScreen);
        drawn.widget->resize(1200, 800);
        drawn.widget->show();
        // Layout only: a click now (a what-if tick) must not change what the report shows.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        document.addResource(QTextDocument::ImageResource, QUrl(chart.first),
                             grabChart(drawn.view->chart()));
    }
    ProjectionChartView projection;
    projection.setAttribute(Qt::WA_DontShowOnScreen);
    projection.setProjection(m_projection);
    projection.resize(1200, 760);
    projection.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://projection"_s),
                         grabChart(projection.chart()));
}

QString RoadmapReport::profileSection() const
{
    const Profile &p = m_analysis->profile();
    QStringList skills;
    for (const ProfileSkill &skill : p.skills)
        skills.append(tr("%1 (%2 years)").arg(skill.name, QLocale().toString(skill.years, 'g', 3)));
    QStringList upstream;
    for (const QString &key : p.upstream)
        upstream.append(Profile::upstreamDisplayName(key));
    const QString none = tr("none");
    QStringList rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        rows.append(row({escaped(label), escaped(value)}));
    };
    add(tr("Age"), QLocale().toString(p.age));
    add(tr("Job type"), JobTypes::displayName(p.jobType));
    add(tr("Employment type"), EmploymentTypes::displayName(p.employment));
    add(tr("Annual income now"),
        p.annualIncomeYen > 0 ? MoneyFormat::annual(p.annualIncomeYen) : tr("not entered"));
    add(tr("Years of experience"), QLocale().toString(p.experienceYears));
    add(tr("Skills"), skills.isEmpty() ? none : skills.join(u", "_s));
    add(tr("Certifications"), p.certifications.isEmpty() ? none : p.certifications.join(u", "_s));
    add(tr("Management"), p.managementYearsLeading > 0 ? tr("%1 years leading, largest team %2")
                                                             .arg(p.managementYearsLeading)
                                                             .arg(p.managementLargestTeam)
                                                       : none);
    add(tr("Upstream work"), upstream.isEmpty() ? none : upstream.join(u", "_s));
    add(tr("Track record"), tr("%1 large-scale projects, %2 with new technology")
                                .arg(p.largeScaleProjects)
                                .arg(p.newTechnologyProjects));
    add(tr("Target income"),
        p.targetIncomeYen > 0 ? MoneyFormat::annual(p.targetIncomeYen) : tr("not set"));
    return u"<h2>%1</h2>"_s.arg(escaped(tr("Profile"))) + table(rows);
}

QString RoadmapReport::scoresSection() const
{
    const auto &result = m_analysis->result();
    if (!result)
        return {};
    QStringList rows{row(
        {escaped(tr("Score")), escaped(tr("Points (0–100)")), escaped(tr("What moved it"))}, true)};
    const auto explain = [](const Score &score) {
        QStringList parts;
        for (const Contribution &c : score.contributions)
            parts.append(
                escaped(tr("%1: %2 (%3; %4)").arg(c.input, points(c.amount), c.reason, c.source)));
        return parts.isEmpty() ? escaped(tr("nothing in the profile counts here yet"))
                               : parts.join(u"<br>"_s);
    };
    for (SkillCategory area : ScoreCard::areaOrder()) {
        const Score &score = result->card.areas.value(area);
        rows.append(row(
            {escaped(SkillCategories::displayName(area)), points(score.value), explain(score)}));
    }
    for (IncomeFactor factor : IncomeFactors::all()) {
        const Score &score = result->card.factors.value(factor);
        rows.append(row(
            {escaped(IncomeFactors::displayName(factor)), points(score.value), explain(score)}));
    }
    rows.append(row({u"<b>%1</b>"_s.arg(escaped(tr("Composite"))),
                     u"<b>%1</b>"_s.arg(points(result->card.composite.value)),
                     explain(result->card.composite)}));
    return u"<h2>%1</h2>"_s.arg(escaped(tr("Scores: five skill areas and four income factors"))) +
           table(rows);
}

QString RoadmapReport::estimateSection() const
{
    const auto &result = m_analysis->result();
    if (!result)
        return {};
    QStringList rows{row({escaped(tr("Employment type")), escaped(tr("Low")), escaped(tr("Mid")),
                          escaped(tr("High")), escaped(tr("Basis and sources"))},
                         true)};
    for (const EmploymentEstimate &e : result->estimates) {
        QStringList basis{escaped(e.basis)};
        for (const Contribution &step : e.steps)
            basis.append(escaped(tr("%1 — %2 (%3)").arg(step.input, step.reason, step.source)));
        rows.append(
            row({escaped(EmploymentTypes::displayName(e.type)),
                 escaped(MoneyFormat::annual(e.lowYen)), escaped(MoneyFormat::annual(e.midYen)),
                 escaped(MoneyFormat::annual(e.highYen)), basis.join(u"<br>"_s)}));
    }
    return u"<h2>%1</h2>"_s.arg(escaped(tr("Income estimate by employment type"))) + table(rows);
}

QString RoadmapReport::takeHomeSection() const
{
    // The estimates as take-home pay, with the window's defaults (full-time pay with 2 months
    // of bonus, a freelancer billing 11 months of the estimate's monthly rate).
    const auto &result = m_analysis->result();
    if (!result)
        return {};
    const int year = TakeHomeRules::defaultYear();
    QString error;
    auto rules = TakeHomeRules::forYear(year, &error);
    if (!rules)
        return {};
    const TakeHomeCalculator calculator(std::move(*rules));
    TakeHomeInput common;
    common.year = year;
    common.age = m_analysis->effectiveProfile().age;
    common = AppSettings::takeHomeHousehold(common); // as the Take-home page left it
    TakeHomeComparison::Amounts amounts;
    amounts.fullTimeAnnualYen = estimateMidYen(result->estimates, EmploymentType::FullTime);
    amounts.dispatchAnnualYen = estimateMidYen(result->estimates, EmploymentType::Dispatch);
    amounts.partTimeAnnualYen = estimateMidYen(result->estimates, EmploymentType::PartTime);
    amounts.freelanceMonthlyYen =
        estimateMidYen(result->estimates, EmploymentType::Freelance) / 12 / 10'000 * 10'000;
    const TakeHomeComparison comparison = TakeHomeComparison::compare(calculator, common, amounts);
    if (!comparison.error.isEmpty())
        return {};
    // One column per employment type, one row per figure, as on the Take-home page: a row per
    // type with every figure as a column was too wide for the page once savings were added.
    const bool saving = std::any_of(comparison.results.cbegin(), comparison.results.cend(),
                                    [](const TakeHomeResult &r) { return r.contributionsYen > 0; });
    QStringList heading{QString()};
    for (const TakeHomeResult &r : comparison.results)
        heading.append(escaped(EmploymentTypes::displayName(r.employment)));
    QStringList rows{row(heading, true)};
    auto figureRow = [&](const QString &name,
                         const std::function<qint64(const TakeHomeResult &)> &yen,
                         bool bold = false) {
        QStringList cells{escaped(name)};
        for (const TakeHomeResult &r : comparison.results) {
            const QString amount = escaped(QLocale().toString(yen(r)));
            cells.append(
                u"<div align=\"right\">%1</div>"_s.arg(bold ? u"<b>%1</b>"_s.arg(amount) : amount));
        }
        rows.append(row(cells));
    };
    figureRow(tr("Gross"), [](const TakeHomeResult &r) { return r.grossYen; });
    figureRow(tr("Social insurance"),
              [](const TakeHomeResult &r) { return r.socialInsuranceYen(); });
    figureRow(tr("Income tax"), [](const TakeHomeResult &r) { return r.incomeTaxYen; });
    figureRow(tr("Resident tax"), [](const TakeHomeResult &r) { return r.residentTaxYen; });
    figureRow(tr("Business tax"), [](const TakeHomeResult &r) { return r.businessTaxYen; });
    if (saving)
        figureRow(tr("iDeCo, 共済"), [](const TakeHomeResult &r) { return r.contributionsYen; });
    figureRow(
        tr("Take-home, a year"), [](const TakeHomeResult &r) { return r.netYen; }, true);
    figureRow(tr("Take-home, a month"), [](const TakeHomeResult &r) { return r.netYen / 12; });
    QString html = u"<h2>%1</h2>"_s.arg(escaped(tr("Take-home pay by employment type (yen)")));
    html += table(rows);
    html += u"<p>%1</p>"_s.arg(escaped(
        tr("A freelance rate of %1 a month, billed 11 months, takes home as much as the "
           "full-time pay of %2 a year.")
            .arg(MoneyFormat::exact((comparison.breakEvenMonthlyRateYen + 999) / 1000 * 1000),
                 MoneyFormat::exact(amounts.fullTimeAnnualYen))));
    html += u"<p class=\"note\">%1</p>"_s.arg(escaped(
        tr("%1 rules, %2, age %3, %4. An estimate for a steady year, not tax advice; each step "
           "and its source: the Take-home page, or careerplanner takehome.")
            .arg(year)
            .arg(calculator.rules().prefectures().displayName(common.prefecture))
            .arg(common.age)
            .arg(common.spouse || common.dependants > 0
                     ? tr("a spouse: %1, dependants: %2")
                           .arg(common.spouse ? tr("yes") : tr("no"))
                           .arg(common.dependants)
                     : tr("single"))));
    return html;
}

QString RoadmapReport::roadmapSection() const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(tr("Roadmap")));
    html += u"<p><b>%1</b></p><p>%2</p><p>%3</p>"_s.arg(escaped(RoadmapSummary::heading(m_plan)),
                                                        escaped(RoadmapSummary::start(m_plan)),
                                                        escaped(RoadmapSummary::verdict(m_plan)));
    if (m_plan.steps.isEmpty())
        return html + u"<p>%1</p>"_s.arg(escaped(
                          tr("No step raises the estimate or qualifies you for more listings.")));
    QStringList rows{
        u"<tr><th>#</th><th width=\"38%\">%1</th><th>%2</th><th>%3</th><th>%4</th>"
        "<th>%5</th><th>%6</th></tr>"_s.arg(escaped(tr("Step")), escaped(tr("Gain")),
                                            escaped(tr("Effort")), escaped(tr("New listings")),
                                            escaped(tr("Income after")), escaped(tr("Status")))};
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const PlannedStep &s = m_plan.steps.at(i);
        rows.append(
            row({QString::number(i + 1),
                 u"%1<br><span class=\"note\">%2</span>"_s.arg(escaped(s.title), escaped(s.route)),
                 escaped(RoadmapSummary::signedAnnual(s.gainInPlanYen)),
                 u"%1<br><span class=\"note\">%2</span>"_s.arg(
                     escaped(tr("%1 months").arg(QLocale().toString(s.effortMonths, 'f', 1))),
                     escaped(s.step.effortText(m_plan.hoursPerWeek))),
                 escaped(RoadmapSummary::newListingsText(s)),
                 escaped(MoneyFormat::annual(s.projectedYen)),
                 escaped(RoadmapStepStatuses::displayName(m_statuses.value(s.step.id)))}));
    }
    html += table(rows);
    html += u"<p class=\"note\">%1</p>"_s.arg(
        escaped(tr("Gain: the change of the model's estimate when the step alone is taken. "
                   "Income after: every step up to this one taken in order. Efforts: %1.")
                    .arg(RoadmapEffort::sourceFile())));
    return html;
}

QString RoadmapReport::progressSection() const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(tr("Progress: planned and actual")));
    html += u"<p><img src=\"chart://projection\" width=\"660\"></p>"_s;
    if (m_history.isEmpty())
        return html + u"<p>%1</p>"_s.arg(escaped(tr("No saved profiles yet.")));
    QStringList rows{row(
        {escaped(tr("Saved")), escaped(tr("Income entered")),
         escaped(tr("Estimate as %1").arg(EmploymentTypes::displayName(m_projection.employment)))},
        true)};
    for (qsizetype i = m_projection.estimated.size() - 1; i >= 0; --i) {
        const DatedProfile &entry = m_history.at(i);
        rows.append(
            row({escaped(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                 escaped(entry.profile.annualIncomeYen > 0
                             ? MoneyFormat::annual(entry.profile.annualIncomeYen)
                             : tr("not entered")),
                 escaped(MoneyFormat::annual(m_projection.estimated.at(i).yen))}));
    }
    return html + table(rows);
}

QString RoadmapReport::savedListingsSection() const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(tr("Saved listings compared")));
    const QHash<qint64, SavedListing> saved = m_session->saved().all();
    if (saved.isEmpty())
        return html + u"<p>%1</p>"_s.arg(escaped(tr("No saved listings.")));
    QList<qint64> ids = saved.keys();
    std::sort(ids.begin(), ids.end());
    const QList<Listing> listings = m_session->listingRepository().byIds(ids);
    const auto &result = m_analysis->result();
    QList<QPair<ListingFit, Listing>> fitted;
    for (const Listing &listing : listings)
        fitted.append(
            {result ? m_analysis->analysis().fitOf(listing, result->skills) : ListingFit{},
             listing});
    // Best fit first; four listings side by side per table, as in the window.
    std::stable_sort(fitted.begin(), fitted.end(),
                     [](const auto &a, const auto &b) { return a.first.fit > b.first.fit; });
    for (qsizetype start = 0; start < fitted.size(); start += 4) {
        QList<Listing> group;
        QList<ListingFit> fits;
        for (qsizetype i = start; i < std::min(start + 4, fitted.size()); ++i) {
            fits.append(fitted.at(i).first);
            group.append(fitted.at(i).second);
        }
        const ListingComparison comparison(group, fits, m_analysis->data().catalogue,
                                           m_analysis->conversion());
        QStringList header{QString()};
        for (const QString &title : comparison.columnTitles())
            header.append(escaped(title));
        QStringList rows{row(header, true)};
        QStringList statusCells{escaped(tr("Status and note"))};
        for (const Listing &listing : group) {
            const SavedListing &s = saved.value(listing.id);
            statusCells.append(escaped(ApplicationStatuses::displayName(s.status) +
                                       (s.note.isEmpty() ? QString() : u": "_s + s.note)));
        }
        rows.append(row(statusCells));
        for (const ComparisonRow &r : comparison.rows()) {
            QStringList cells{escaped(r.label)};
            for (const QString &cell : r.cells)
                cells.append(escaped(cell));
            rows.append(row(cells));
        }
        html += table(rows) + u"<br>"_s;
    }
    return html;
}

QString RoadmapReport::sourcesSection() const
{
    QStringList items;
    QSet<QString> seen;
    for (const SalaryStatistic &statistic : m_analysis->data().statistics) {
        const QString item = tr("%1 (cited %2)").arg(statistic.source).arg(statistic.asOfYear);
        if (!seen.contains(item)) {
            seen.insert(item);
            items.append(u"<li>%1</li>"_s.arg(escaped(item)));
        }
    }
    items.append(u"<li>%1</li>"_s.arg(
        escaped(tr("data/model_parameters.json: the model's weights, each with its reason"))));
    items.append(
        u"<li>%1</li>"_s.arg(escaped(tr("%1: the roadmap's effort estimates, each with its reason")
                                         .arg(RoadmapEffort::sourceFile()))));
    items.append(u"<li>%1</li>"_s.arg(escaped(
        tr("The listings in your database: rates of the listings your profile qualifies for"))));
    return u"<h2>%1</h2><ul>%2</ul>"_s.arg(escaped(tr("Sources")), items.join(QString()));
}

void RoadmapReport::print(QPagedPaintDevice *device) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    // Lay the text out on the printable area at the document's own resolution (that of the
    // screen the HTML widths are written for); print() scales it to the device.
    const QPageLayout layout = device->pageLayout();
    doc->setPageSize(layout.paintRectPixels(qRound(layoutDpi)).size());
    doc->print(device);
}

bool RoadmapReport::writePdf(const QString &path, QString *error) const
{
    // Written to a temporary file and renamed, so a failed write leaves no half report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(600);
        writer.setTitle(tr("CareerPlanner report"));
        writer.setCreator(u"CareerPlanner"_s);
        print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
