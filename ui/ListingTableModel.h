#pragma once

#include "core/Listing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The listings as a table. Display text follows the UI language; SortRole gives numbers for
// the rate column so that sorting orders by yen, not by text.
class ListingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FitColumn,
        TitleColumn,
        RateColumn,
        ContractColumn,
        PositionsColumn,
        DurationColumn,
        WorkKindColumn,
        SkillsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ListingIdRole = Qt::UserRole + 2;

    explicit ListingTableModel(QObject *parent = nullptr);

    void setListings(QList<Listing> listings, QHash<QString, QString> workKindNames);
    // Fit (0–1) by listing id for the profile being edited; empty hides the figures.
    void setFits(QHash<qint64, double> fits);
    const Listing *listingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Listing &listing, int column) const;
    QVariant sortData(const Listing &listing, int column) const;

    QList<Listing> m_listings;
    QHash<QString, QString> m_workKindNames;
    QHash<qint64, double> m_fits;
};
