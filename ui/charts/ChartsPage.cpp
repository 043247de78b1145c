#include "charts/ChartsPage.h"

#include "charts/ChartContent.h"
#include "charts/ChartExporter.h"
#include "charts/EmploymentChartView.h"
#include "charts/IncomeByAgeChartView.h"
#include "charts/ListingRatesChartView.h"
#include "charts/SkillRadarChartView.h"
#include "services/AnalysisService.h"
#include "services/Session.h"

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

ChartsPage::ChartsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_analysis(session->analysis()),
      m_workKindNames(session->reference().workKindNames()), m_tabs(new QTabWidget(this)),
      m_incomeByAge(new IncomeByAgeChartView(this)), m_employment(new EmploymentChartView(this)),
      m_skills(new SkillRadarChartView(this)), m_rates(new ListingRatesChartView(this)),
      m_exportPng(new QPushButton(this)), m_exportSvg(new QPushButton(this)),
      m_copy(new QPushButton(this))
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
        ChartContent::fillEmployment(*m_employment, *m_analysis, false);
    });
    connect(m_employment, &EmploymentChartView::billableHoursChanged, this, [this](double hours) {
        RateConversion conversion = m_analysis->conversion();
        conversion.billableHoursPerMonth = hours;
        m_session->setConversion(conversion);
    });
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
    if (!m_analysis->result())
        return;
    ChartContent::fillIncomeByAge(*m_incomeByAge, *m_analysis);
    ChartContent::fillEmployment(*m_employment, *m_analysis, !m_occupationChosen);
    ChartContent::fillSkillAreas(*m_skills, *m_analysis);
    ChartContent::fillListingRates(*m_rates, *m_analysis, m_workKindNames);
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
