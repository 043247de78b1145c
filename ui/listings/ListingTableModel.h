#pragma once

#include "core/ListingSet.h"
#include "core/Ranking.h"
#include "storage/SavedListingRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <cstdint>
#include <optional>
#include <vector>

// The listings as a table. It holds every listing once and shows a selection of them in the
// order it is given (the database filters and orders; see ListingsPage), so a search over
// 100,000 listings replaces one list of row numbers instead of filtering a proxy row by row.
// Display text follows the UI language.
//
// The view is given the rows shown a page at a time (canFetchMore/fetchMore: the next page
// when it scrolls to the end). A view lays out and keeps a header section for every row it
// is told of: for a million rows that held the window's thread 40 ms at each new answer and
// kept 8 MB, for rows no one scrolls to.
class ListingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FitColumn,
        SavedColumn,
        TitleColumn,
        RateColumn,
        ContractColumn,
        PositionsColumn,
        DurationColumn,
        WorkKindColumn,
        SkillsColumn,
        ColumnCount
    };
    static constexpr int ListingIdRole = Qt::UserRole + 2;

    explicit ListingTableModel(QObject *parent = nullptr);

    // Every listing; all are shown until setShownIds() narrows them.
    void setListings(ListingSet listings, QHash<QString, QString> workKindNames);
    // The listings to show, in this order; ids not among the listings are skipped. With
    // orderByFit, they are re-ordered by fit (best first, then rate), keeping the given order
    // between equal fits.
    void setShownIds(const QList<qint64> &ids, bool orderByFit);
    // Fit (0–1) by listing id for the profile being edited; empty hides the figures.
    void setFits(const QHash<qint64, double> &fits);
    // The same by position (as given to setListings; a negative value: no fit), with the
    // analysis's ranking, which orders the positions by fit, then rate. Neither needs a hash
    // of 100,000 entries, and the ranking is shared, not copied (4 MB at a million listings).
    void setFitsByPosition(std::vector<float> fits, const Ranking &bestFirst);
    // Puts the rows shown in the order of the current fits (after the profile changed).
    void reorderByFit();
    void setSaved(QHash<qint64, SavedListing> saved);
    // Names of the kinds of work in the UI language (after a language switch).
    void setWorkKindNames(QHash<QString, QString> workKindNames);

    // The listing as the table holds it (a summary; see ListingRepository::summaries).
    std::optional<Listing> listingAt(int row) const;
    std::optional<Listing> listingById(qint64 id) const;
    // The row of a listing among all those shown, -1 when not shown; it may lie past the rows
    // given to the view so far (fetchUpTo).
    int rowOfId(qint64 id) const;
    int totalCount() const { return int(m_listings.size()); }
    // How many listings are shown, fetched by the view or not; rowCount() is what it has.
    int shownCount() const { return int(m_shown.size()); }
    // The ids of every listing shown, in display order (an export of what is shown).
    QList<qint64> shownIds() const;
    // Gives the view every page of rows up to row (to select a listing further down).
    void fetchUpTo(int row);
    static constexpr int rowsPerFetch = 50'000;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(qsizetype position, int column) const;
    void orderShownByFit();
    // Sets m_shown to the positions whose bit is set in shown (shownCount of them), best fit
    // first.
    void keepInFitOrder(std::vector<uint64_t> shown, qsizetype shownCount);
    QList<int> computeFitOrder() const;
    qsizetype positionOf(qint64 id) const;  // -1 when unknown
    double fitAt(qsizetype position) const; // -1 when none
    void announceFits();

    ListingSet m_listings;
    // Called inside a model reset: the view starts with the first page of the rows shown.
    void fetchFirstPage();
    // beginResetModel() and endResetModel(), with fetchMore() held off until the reset has
    // been announced.
    void beginReset();
    void endReset();

    QList<int> m_shown;        // positions in m_listings, in display order
    int m_fetched = 0;         // the first rows of m_shown that the view has been given
    bool m_announcing = false; // in a reset or an insertion of rows
    QHash<QString, QString> m_workKindNames;
    std::vector<float> m_fits;   // by position; negative: no fit
    Ranking m_ranking;           // every position, best fit first, as the analysis ranked them
    QList<int> m_fitOrder;       // the same worked out here, when there is no such ranking
    bool m_fitOrderStale = true; // m_fitOrder is to be computed before its next use
    QHash<qint64, SavedListing> m_saved;
};
