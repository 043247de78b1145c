#pragma once

#include "core/takehome/TakeHomeComparison.h"

#include <QAbstractTableModel>

// The comparison as a table: one column per employment type, one row per figure from gross
// to take-home pay. A cell's tooltip gives the formula and source of its figure.
class TakeHomeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        GrossRow,
        ConsumptionTaxBilledRow,
        MarginAndExpensesRow,
        SocialInsuranceRow,
        IncomeTaxRow,
        ResidentTaxRow,
        BusinessTaxRow,
        ConsumptionTaxPaidRow,
        ContributionsRow,
        NetRow,
        NetPerMonthRow,
        EquivalentValueRow,
        RowCount
    };

    explicit TakeHomeTableModel(QObject *parent = nullptr);

    void setComparison(const TakeHomeComparison &comparison);
    const TakeHomeComparison &comparison() const { return m_comparison; }
    // The yen of a row for a column, as shown (costs as positive amounts).
    qint64 amount(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString rowName(int row);
    QVariant headerToolTip(int section) const;
    QString tooltip(int row, const TakeHomeResult &result) const;

    TakeHomeComparison m_comparison;
};
