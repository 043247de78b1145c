#include "charts/ChartsPage.h"

#include "charts/ChartExporter.h"
#include "charts/EmploymentChartView.h"
#include "charts/IncomeByAgeChartView.h"
#include "charts/ListingRatesChartView.h"
#include "charts/SkillRadarChartView.h"
#include "core/EmploymentComparison.h"
#include "core/IncomeByAge.h"
#include "services/AnalysisService.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// MHLW's curve for web-service systems engineers, the occupation backend engineers are
// counted under; the only age curve the sources publish.
const QString ageCurveOccupation = u"se-web"_s;
} // namespace

ChartsPage::ChartsPage(AnalysisService *analysis, QHash<QString, QString> workKindNames,
                       QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_workKindNames(std::move(workKindNames)),
      m_tabs(new QTabWidget(this)), m_incomeByAge(new IncomeByAgeChartView(this)),
      m_employment(new EmploymentChartView(this)), m_skills(new SkillRadarChartView(this)),
      m_rates(new ListingRatesChartView(this)), m_exportPng(new QPushButton(this)),
      m_exportSvg(new QPushButton(this)), m_copy(new QPushButton(this))
{
    m_tabs->setObjectName(u"chartTabs"_s);
    m_incomeByAge->setObjectName(u"incomeByAgePage"_s);
    m_tabs->addTab(m_incomeByAge, QString());
    m_tabs->addTab(m_employment, QString());
    m_tabs->addTab(m_skills, QString());
    m_tabs->addTab(m_rates, QString());
    m_exportPng->setObjectName(u"exportPngButton"_s);
    m_exportSvg->setObjectName(u"exportSvgButton"_s);
    m_copy->setObjectName(u"copyChartButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_exportPng);
    buttons->addWidget(m_exportSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_analysis, &AnalysisService::resultChanged, this, &ChartsPage::update);
    connect(m_employment, &EmploymentChartView::occupationChanged, this, [this]() {
        m_occupationChosen = true;
        updateEmployment();
    });
    connect(m_employment, &EmploymentChartView::billableHoursChanged, this,
            &ChartsPage::billableHoursChanged);
    connect(m_exportPng, &QPushButton::clicked, this, [this]() { exportChart(u"png"_s); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this]() { exportChart(u"svg"_s); });
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { ChartExporter::copyToClipboard(currentChartView()); });
    retranslate();
    update();
}

void ChartsPage::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

QChartView *ChartsPage::currentChartView() const
{
    switch (Chart(m_tabs->currentIndex())) {
    case IncomeByAgeChart:
        return m_incomeByAge->chartView();
    case EmploymentChart:
        return m_employment->chartView();
    case SkillAreasChart:
        return m_skills->chartView();
    case ListingRatesChart:
        return m_rates->chartView();
    }
    return m_incomeByAge->chartView();
}

void ChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPage::retranslate()
{
    m_tabs->setTabText(IncomeByAgeChart, tr("By age"));
    m_tabs->setTabText(EmploymentChart, tr("By employment type"));
    m_tabs->setTabText(SkillAreasChart, tr("Skill areas"));
    m_tabs->setTabText(ListingRatesChart, tr("Listing rates"));
    m_exportPng->setText(tr("Export &PNG…"));
    m_exportSvg->setText(tr("Export S&VG…"));
    m_copy->setText(tr("&Copy chart"));
}

void ChartsPage::update()
{
    const auto &result = m_analysis->result();
    if (!result)
        return;
    const Profile &profile = m_analysis->effectiveProfile();
    qint64 fullTimeEstimate = 0;
    for (const EmploymentEstimate &estimate : result->estimates) {
        if (estimate.type == EmploymentType::FullTime)
            fullTimeEstimate = estimate.midYen;
    }
    const MarketData &data = m_analysis->data();
    m_incomeByAge->setCurves(
        CensusAgeCurve::fromPack(data.pack,
                                 data.parameters.fullTimeOccupation.value(profile.jobType)),
        IncomeByAge::fromPack(data.pack, ageCurveOccupation), data.pack.label());
    m_incomeByAge->setProfile(profile, fullTimeEstimate);
    if (!m_occupationChosen)
        m_employment->setOccupation(EmploymentComparison::statisticsOccupation(profile.jobType));
    updateEmployment();
    m_skills->setScoreCard(result->card);
    QSet<qint64> qualifying;
    const QList<Listing> &listings = m_analysis->data().listings;
    const double threshold = m_analysis->data().parameters.qualifyingFit;
    for (const RankedListing &ranked : result->ranking) {
        if (ranked.fit >= threshold)
            qualifying.insert(listings.at(ranked.index).id);
    }
    m_rates->setListings(listings, qualifying, m_workKindNames, m_analysis->data().catalogue,
                         threshold);
}

void ChartsPage::updateEmployment()
{
    const auto &result = m_analysis->result();
    if (!result)
        return;
    // The estimates are the user's own, for their job type; the published bars follow the
    // occupation chosen on the chart.
    m_employment->setComparison(
        EmploymentComparison::build(m_analysis->data().statistics, m_employment->occupation(),
                                    m_analysis->conversion(), result->estimates));
}

void ChartsPage::exportChart(const QString &suffix)
{
    const QString filter = suffix == u"png"_s ? tr("PNG images (*.png)") : tr("SVG images (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                u"careerplanner-chart."_s + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!ChartExporter::save(currentChartView(), path, &error))
        QMessageBox::warning(this, tr("Chart not exported"), error);
}
