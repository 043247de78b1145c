#include "charts/ListingRatesChartView.h"

#include "charts/ChartPalette.h"
#include "core/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 binWidthYen = 100'000; // 10万円 steps: how listings are usually compared
}

ListingRatesChartView::ListingRatesChartView(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_filterLabel(new QLabel(this)),
      m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_series(new QStackedBarSeries),
      m_qualifyingSet(new QBarSet(QString())), m_otherSet(new QBarSet(QString())),
      m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis), m_note(new QLabel(this))
{
    m_view->setObjectName(u"listingRatesChart"_s);
    m_filter->setObjectName(u"listingRatesFilter"_s);
    m_note->setObjectName(u"listingRatesNote"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_filterLabel->setBuddy(m_filter);
    m_note->setWordWrap(true);
    m_qualifyingSet->setColor(QColor(0xe6, 0x91, 0x38));
    m_otherSet->setColor(QColor(0x9f, 0xc5, 0xe8));
    m_series->append({m_qualifyingSet, m_otherSet});
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    ChartPalette::apply(m_chart, palette());
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ListingRatesChartView::rebuild);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filterLabel);
    controls->addWidget(m_filter);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    fillFilter();
}

void ListingRatesChartView::setListings(const ListingSet &listings,
                                        const QSet<qint64> &qualifyingIds,
                                        const QHash<QString, QString> &workKindNames,
                                        const SkillCatalogue &catalogue, double qualifyingFit)
{
    m_qualifyingFit = qualifyingFit;
    m_listings = listings;
    m_qualifying = qualifyingIds;
    m_workKindNames = workKindNames;
    m_catalogue = catalogue;
    fillFilter();
}

void ListingRatesChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartPalette::apply(m_chart, palette());
    if (event->type() == QEvent::LanguageChange)
        fillFilter();
    QWidget::changeEvent(event);
}

void ListingRatesChartView::fillFilter()
{
    // Filter choices: every listing, each kind of work present, each skill listings name.
    const QString current = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All listings"), QString());
    // Sets for the lookups: 100,000 listings name a few hundred requirements each time.
    QStringList kinds;
    QSet<QString> seenKinds;
    QSet<QString> skillSet;
    for (qsizetype i = 0; i < m_listings.size(); ++i) {
        const QString &kind = m_listings.workKind(i);
        if (!kind.isEmpty() && !seenKinds.contains(kind)) {
            seenKinds.insert(kind);
            kinds.append(kind);
        }
        for (qsizetype k = 0; k < m_listings.requirementCount(i); ++k) {
            const QString &skillId = m_listings.requirementSkillId(i, k);
            if (!skillId.isEmpty())
                skillSet.insert(skillId);
        }
    }
    QStringList skills(skillSet.begin(), skillSet.end());
    for (const QString &kind : std::as_const(kinds))
        m_filter->addItem(tr("Kind of work: %1").arg(m_workKindNames.value(kind, kind)),
                          u"kind:"_s + kind);
    std::sort(skills.begin(), skills.end());
    for (const QString &skill : std::as_const(skills)) {
        const CatalogueSkill *known = m_catalogue.byId(skill);
        m_filter->addItem(tr("Skill: %1").arg(known ? known->displayName() : skill),
                          u"skill:"_s + skill);
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    m_filterLabel->setText(tr("&Show:"));
    rebuild();
}

void ListingRatesChartView::rebuild()
{
    const QString filter = m_filter->currentData().toString();
    const QString kind = filter.startsWith(u"kind:"_s) ? filter.mid(5) : QString();
    const QString skill = filter.startsWith(u"skill:"_s) ? filter.mid(6) : QString();
    m_histogram = RateHistogram::build(m_listings, m_qualifying, binWidthYen, kind, skill);

    m_chart->setTitle(tr("Monthly rates of the listings in your database (number of listings)"));
    m_qualifyingSet->setLabel(tr("Listings you qualify for"));
    m_otherSet->setLabel(tr("Other listings"));
    QStringList categories;
    QList<qreal> qualifying;
    QList<qreal> others;
    for (const RateBin &bin : std::as_const(m_histogram.bins)) {
        categories.append(
            tr("%1+", "a rate bin: this rate and more")
                .arg(MoneyFormat::monthly(bin.fromYen).remove(u"/月"_s).remove(u"/month"_s)));
        qualifying.append(bin.qualifying);
        others.append(bin.others);
    }
    m_qualifyingSet->remove(0, m_qualifyingSet->count());
    m_qualifyingSet->append(qualifying);
    m_otherSet->remove(0, m_otherSet->count());
    m_otherSet->append(others);
    m_axisX->clear();
    m_axisX->append(categories);
    m_axisX->setTitleText(tr("Monthly rate"));
    const int top = std::max(1, m_histogram.maximumBinCount());
    // The interval first: with the old one (1 for a handful of listings) a range of 100,000
    // would lay out 100,000 ticks before the new interval applies.
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(std::max(1.0, std::ceil((top + 1) / 5.0)));
    m_axisY->setRange(0, top + 1);
    m_axisY->setLabelFormat(u"%.0f"_s);
    // Qt Charts 6.4 elides a short rotated CJK title ("案件数") to "…" beside one-digit
    // labels; the count's name goes into the chart title instead.
    m_axisY->setTitleVisible(false);

    QString note = tr("%1 listings with a rate").arg(m_histogram.listingsWithRate);
    if (m_histogram.negotiable > 0)
        note += tr("; %1 negotiable, not shown").arg(m_histogram.negotiable);
    note += u". "_s;
    note += m_histogram.qualifyingCount == 0
                ? tr("You do not yet qualify for any of them (a fit of at least %1%).")
                      .arg(QLocale().toString(m_qualifyingFit * 100, 'f', 0))
                : tr("You qualify for %1 of them, paying %2 to %3.")
                      .arg(m_histogram.qualifyingCount)
                      .arg(MoneyFormat::monthly(m_histogram.qualifyingMinimumYen),
                           MoneyFormat::monthly(m_histogram.qualifyingMaximumYen));
    m_note->setText(note);
}
