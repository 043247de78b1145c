#include "ListingTableModel.h"

#include "core/ListingRate.h"

#include <QFont>
#include <QLocale>

ListingTableModel::ListingTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ListingTableModel::setListings(QList<Listing> listings, QHash<QString, QString> workKindNames)
{
    beginResetModel();
    m_listings = std::move(listings);
    m_workKindNames = std::move(workKindNames);
    endResetModel();
}

void ListingTableModel::setFits(QHash<qint64, double> fits)
{
    m_fits = std::move(fits);
    if (!m_listings.isEmpty())
        emit dataChanged(index(0, FitColumn), index(rowCount() - 1, FitColumn));
}

const Listing *ListingTableModel::listingAt(int row) const
{
    if (row < 0 || row >= m_listings.size())
        return nullptr;
    return &m_listings.at(row);
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listings.size());
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListingTableModel::displayData(const Listing &listing, int column) const
{
    switch (column) {
    case FitColumn: {
        const auto fit = m_fits.constFind(listing.id);
        return fit == m_fits.constEnd()
                   ? QVariant()
                   : QVariant(QLocale().toString(*fit * 100, 'f', 0) + QLatin1Char('%'));
    }
    case TitleColumn:
        return listing.isSample ? tr("%1 (sample)").arg(listing.title) : listing.title;
    case RateColumn:
        return ListingRate::text(listing);
    case ContractColumn:
        return listing.contract;
    case PositionsColumn:
        return listing.positions;
    case DurationColumn:
        return listing.duration;
    case WorkKindColumn:
        return m_workKindNames.value(listing.workKind, listing.workKind);
    case SkillsColumn:
        return listing.skillsText;
    default:
        return {};
    }
}

QVariant ListingTableModel::sortData(const Listing &listing, int column) const
{
    if (column == FitColumn) {
        // Fit first, then rate: one number that orders both (rates stay below 10^10 yen).
        const double rate = double(sortData(listing, RateColumn).toLongLong());
        return m_fits.value(listing.id, -1) * 1e10 + rate;
    }
    if (column == RateColumn) {
        // Negotiable rates sort below every figure.
        if (listing.monthlyRateMaxYen)
            return *listing.monthlyRateMaxYen;
        if (listing.monthlyRateMinYen)
            return *listing.monthlyRateMinYen;
        return qint64(-1);
    }
    return displayData(listing, column);
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Listing &listing = m_listings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(listing, index.column());
    case Qt::ToolTipRole:
        return index.column() == SkillsColumn || index.column() == TitleColumn
                   ? displayData(listing, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RateColumn || index.column() == FitColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole:
        return sortData(listing, index.column());
    case ListingIdRole:
        return listing.id;
    default:
        return {};
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FitColumn:
        return tr("Fit");
    case TitleColumn:
        return tr("Title");
    case RateColumn:
        return tr("Monthly rate");
    case ContractColumn:
        return tr("Contract");
    case PositionsColumn:
        return tr("Positions");
    case DurationColumn:
        return tr("Duration");
    case WorkKindColumn:
        return tr("Kind of work");
    case SkillsColumn:
        return tr("Required skills");
    default:
        return {};
    }
}
