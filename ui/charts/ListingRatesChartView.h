#pragma once

#include "core/RateHistogram.h"
#include "core/SkillCatalogue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QValueAxis;

// The distribution of monthly rates in the listing database (all listings, one kind of work,
// or one skill), with the listings the user qualifies for highlighted.
class ListingRatesChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ListingRatesChartView(QWidget *parent = nullptr);

    void setListings(const ListingSet &listings, const QSet<qint64> &qualifyingIds,
                     const QHash<QString, QString> &workKindNames, const SkillCatalogue &catalogue,
                     double qualifyingFit);
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    const RateHistogram &histogram() const { return m_histogram; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilter();
    void rebuild();

    ListingSet m_listings;
    QSet<qint64> m_qualifying;
    QHash<QString, QString> m_workKindNames;
    SkillCatalogue m_catalogue;
    RateHistogram m_histogram;
    double m_qualifyingFit = 0.75;
    QComboBox *m_filter;
    QLabel *m_filterLabel;
    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QBarSet *m_qualifyingSet;
    QBarSet *m_otherSet;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_note;
};
