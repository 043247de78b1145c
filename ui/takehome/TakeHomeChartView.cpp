#include "takehome/TakeHomeChartView.h"

#include "charts/ChartPalette.h"
#include "core/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

TakeHomeChartView::TakeHomeChartView(QWidget *parent)
    // Given its chart from the start: QChartView(parent) would make a default chart of its
    // own that setChart() then lets go of without deleting (LeakSanitizer found it).
    : QChartView(new QChart, parent), m_series(new QStackedBarSeries),
      m_categories(new QBarCategoryAxis), m_values(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180); // a 700-pixel-high window still shows every row of the table
}

void TakeHomeChartView::setComparison(const TakeHomeComparison &comparison)
{
    m_comparison = comparison;
    rebuild();
}

void TakeHomeChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void TakeHomeChartView::rebuild()
{
    m_series->clear();
    m_categories->clear();
    const QLocale locale;
    struct Part
    {
        QString name;
        std::function<qint64(const TakeHomeResult &)> yen;
    };
    QList<Part> parts{
        {tr("Take-home pay"), [](const TakeHomeResult &r) { return r.netYen; }},
        {tr("Social insurance"), [](const TakeHomeResult &r) { return r.socialInsuranceYen(); }},
        {tr("Income tax"), [](const TakeHomeResult &r) { return r.incomeTaxYen; }},
        {tr("Resident tax"), [](const TakeHomeResult &r) { return r.residentTaxYen; }},
        {tr("Business and consumption tax"),
         [](const TakeHomeResult &r) { return r.businessTaxYen + r.consumptionTaxYen; }},
        {tr("Margin and expenses"),
         [](const TakeHomeResult &r) { return r.marginYen + r.expensesYen; }},
    };
    // Take-home in green; insurance and each tax in a colour of its own; what the agency and the
    // business take in grey; savings, when there are any, in a lighter green beside the pay.
    QList<QColor> colours{QColor(u"#2e7d32"_s), QColor(u"#1565c0"_s), QColor(u"#ef6c00"_s),
                          QColor(u"#6a1b9a"_s), QColor(u"#c62828"_s), QColor(u"#757575"_s)};
    const bool saving = std::any_of(m_comparison.results.cbegin(), m_comparison.results.cend(),
                                    [](const TakeHomeResult &r) { return r.contributionsYen > 0; });
    if (saving) {
        parts.insert(1, {tr("Set aside: iDeCo, 共済"),
                         [](const TakeHomeResult &r) { return r.contributionsYen; }});
        colours.insert(1, QColor(u"#81c784"_s));
    }
    QStringList categories;
    for (const TakeHomeResult &result : m_comparison.results)
        categories.append(EmploymentTypes::displayName(result.employment));
    double highest = 0;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        auto *set = new QBarSet(parts.at(p).name);
        set->setColor(colours.at(p % colours.size()));
        for (const TakeHomeResult &result : m_comparison.results)
            set->append(MoneyFormat::axisValue(parts.at(p).yen(result), locale));
        m_series->append(set);
    }
    for (const TakeHomeResult &result : m_comparison.results)
        highest = std::max(
            highest,
            MoneyFormat::axisValue(result.grossYen + result.consumptionTaxCollectedYen, locale));
    m_categories->append(categories);
    m_values->setRange(0, highest > 0 ? highest * 1.05 : 1);
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(highest >= 100 ? u"%.0f"_s : u"%.1f"_s);
    m_values->setTitleText(MoneyFormat::axisUnit(locale));
    chart()->setTitle(tr("From gross to take-home pay, a year"));
    ChartPalette::apply(chart(), palette());
}
