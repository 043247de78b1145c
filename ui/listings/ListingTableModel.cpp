#include "listings/ListingTableModel.h"

#include "core/ListingRate.h"

#include <QLocale>
#include <algorithm>
#include <numeric>
#include <span>

namespace {
// Sets a position's bit in a bitmap of shown listings (one bit a listing).
void markShown(std::vector<uint64_t> &shown, size_t position)
{
    shown[position / 64] |= uint64_t(1) << (position % 64);
}
} // namespace

ListingTableModel::ListingTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ListingTableModel::setListings(ListingSet listings, QHash<QString, QString> workKindNames)
{
    beginReset();
    m_listings = std::move(listings);
    m_workKindNames = std::move(workKindNames);
    m_shown.resize(m_listings.size());
    std::iota(m_shown.begin(), m_shown.end(), qsizetype(0));
    // Positions changed: fits (kept by position) no longer apply until the next ranking. The
    // order by fit is worked out when first needed: usually the ranking brings it first, and
    // sorting 100,000 listings here held the window's thread 8 ms as they arrived.
    m_fits.clear();
    m_fitOrder.clear();
    m_ranking = {};
    m_fitOrderStale = true;
    fetchFirstPage();
    endReset();
}

void ListingTableModel::fetchFirstPage()
{
    m_fetched = int(std::min<qsizetype>(m_shown.size(), rowsPerFetch));
}

bool ListingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_shown.size();
}

void ListingTableModel::beginReset()
{
    m_announcing = true;
    beginResetModel();
}

void ListingTableModel::endReset()
{
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

void ListingTableModel::fetchMore(const QModelIndex &parent)
{
    // Rows are not inserted while a reset or an insertion is still being announced (a
    // listener asking for more from its slot): the view asks again once it has laid them out.
    if (canFetchMore(parent) && !m_announcing)
        fetchUpTo(m_fetched);
}

void ListingTableModel::fetchUpTo(int row)
{
    if (row < m_fetched || row >= m_shown.size())
        return;
    // Whole pages, so that the view is told of a few large steps, not of every row.
    const int last = int(std::min<qsizetype>(m_shown.size(),
                                             (row / rowsPerFetch + 1) * qsizetype(rowsPerFetch))) -
                     1;
    m_announcing = true;
    beginInsertRows(QModelIndex(), m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
    m_announcing = false;
}

QList<qint64> ListingTableModel::shownIds() const
{
    QList<qint64> ids;
    ids.reserve(m_shown.size());
    for (int position : m_shown)
        ids.append(m_listings.id(position));
    return ids;
}

qsizetype ListingTableModel::positionOf(qint64 id) const
{
    // The database gives the listings in id order, which the set searches by halves.
    return m_listings.positionOfId(id);
}

double ListingTableModel::fitAt(qsizetype position) const
{
    return size_t(position) < m_fits.size() ? double(m_fits[size_t(position)]) : -1.0;
}

void ListingTableModel::setShownIds(const QList<qint64> &ids, bool orderByFit)
{
    beginReset();
    m_shown.clear();
    const std::span<const qint64> listingIds = m_listings.ids();
    if (m_listings.idsAscending() && std::is_sorted(ids.cbegin(), ids.cend())) {
        // Both in id order (a search sorted by fit): one walk along both, instead of a binary
        // search per id (a million of them for a one-letter word in a million listings).
        // Ordered by fit, the positions go straight into a bitmap that the fit order is read
        // against, without a list of them in id order first.
        std::vector<uint64_t> shown;
        if (orderByFit)
            shown.resize((listingIds.size() + 63) / 64);
        else
            m_shown.reserve(ids.size());
        qsizetype shownCount = 0;
        size_t position = 0;
        for (qint64 id : ids) {
            while (position < listingIds.size() && listingIds[position] < id)
                ++position;
            if (position == listingIds.size())
                break;
            if (listingIds[position] != id)
                continue;
            ++shownCount;
            if (orderByFit)
                markShown(shown, position);
            else
                m_shown.append(int(position));
        }
        if (orderByFit)
            keepInFitOrder(std::move(shown), shownCount);
    } else {
        m_shown.reserve(ids.size());
        for (qint64 id : ids) {
            const qsizetype position = positionOf(id);
            if (position >= 0)
                m_shown.append(int(position));
        }
        if (orderByFit)
            orderShownByFit();
    }
    fetchFirstPage();
    endReset();
}

QList<int> ListingTableModel::computeFitOrder() const
{
    // Fit first, then the monthly figure; negotiable and unscored listings go last. Keys are
    // read once per listing, not once per comparison.
    struct Key
    {
        double fit;
        qint64 rate;
        qsizetype position;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(m_listings.size()));
    for (qsizetype i = 0; i < m_listings.size(); ++i)
        keys.push_back({fitAt(i), m_listings.representativeMonthlyYen(i).value_or(-1), i});
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::pair(a.fit, a.rate) > std::pair(b.fit, b.rate);
    });
    QList<int> order;
    order.reserve(qsizetype(keys.size()));
    for (const Key &key : keys)
        order.append(key.position);
    return order;
}

void ListingTableModel::orderShownByFit()
{
    std::vector<uint64_t> shown((size_t(m_listings.size()) + 63) / 64);
    for (int position : std::as_const(m_shown))
        markShown(shown, size_t(position));
    const qsizetype shownCount = m_shown.size();
    keepInFitOrder(std::move(shown), shownCount);
}

void ListingTableModel::keepInFitOrder(std::vector<uint64_t> shown, qsizetype shownCount)
{
    // Walk the listings in fit order and keep those shown: linear, however many are shown,
    // instead of sorting the shown rows on every keystroke. The order holds every position
    // (a partial ranking makes it stale, and it is computed again), so none is left out.
    if (m_fitOrderStale) {
        m_ranking = {};
        m_fitOrder = computeFitOrder();
        m_fitOrderStale = false;
    }
    m_shown.clear();
    m_shown.reserve(shownCount);
    auto keepIfShown = [&shown, this](int position) {
        uint64_t &word = shown[size_t(position) / 64];
        const uint64_t bit = uint64_t(1) << (size_t(position) % 64);
        if (word & bit) {
            m_shown.append(position);
            word &= ~bit;
        }
    };
    if (!m_ranking.empty()) {
        for (const RankedListing &ranked : m_ranking)
            keepIfShown(ranked.index);
    } else {
        for (int position : std::as_const(m_fitOrder))
            keepIfShown(position);
    }
}

void ListingTableModel::setFits(const QHash<qint64, double> &fits)
{
    m_fits.assign(size_t(m_listings.size()), -1.0f);
    for (qsizetype i = 0; i < m_listings.size(); ++i) {
        const auto fit = fits.constFind(m_listings.at(i).id);
        if (fit != fits.constEnd())
            m_fits[size_t(i)] = float(*fit);
    }
    m_fitOrderStale = true;
    announceFits();
}

void ListingTableModel::setFitsByPosition(std::vector<float> fits, const Ranking &bestFirst)
{
    m_fits = std::move(fits);
    m_fits.resize(size_t(m_listings.size()), -1.0f);
    m_fitOrderStale = qsizetype(bestFirst.size()) != m_listings.size();
    m_ranking = m_fitOrderStale ? Ranking() : bestFirst; // shared with the analysis
    m_fitOrder.clear();
    announceFits();
}

void ListingTableModel::reorderByFit()
{
    beginReset();
    orderShownByFit();
    fetchFirstPage();
    endReset();
}

void ListingTableModel::announceFits()
{
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, FitColumn), index(rowCount() - 1, FitColumn));
}

void ListingTableModel::setSaved(QHash<qint64, SavedListing> saved)
{
    m_saved = std::move(saved);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, SavedColumn), index(rowCount() - 1, SavedColumn));
}

void ListingTableModel::setWorkKindNames(QHash<QString, QString> workKindNames)
{
    m_workKindNames = std::move(workKindNames);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, WorkKindColumn), index(rowCount() - 1, WorkKindColumn));
}

std::optional<Listing> ListingTableModel::listingAt(int row) const
{
    if (row < 0 || row >= m_fetched)
        return std::nullopt;
    return m_listings.at(m_shown.at(row));
}

std::optional<Listing> ListingTableModel::listingById(qint64 id) const
{
    const qsizetype position = positionOf(id);
    return position < 0 ? std::nullopt : std::optional<Listing>(m_listings.at(position));
}

int ListingTableModel::rowOfId(qint64 id) const
{
    const qsizetype position = positionOf(id);
    return position < 0 ? -1 : int(m_shown.indexOf(position));
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListingTableModel::displayData(qsizetype position, int column) const
{
    switch (column) {
    case FitColumn: {
        const double fit = fitAt(position);
        return fit < 0 ? QVariant()
                       : QVariant(QLocale().toString(fit * 100, 'f', 0) + QLatin1Char('%'));
    }
    case SavedColumn: {
        const auto saved = m_saved.constFind(m_listings.id(position));
        return saved == m_saved.constEnd()
                   ? QVariant()
                   : QVariant(ApplicationStatuses::displayName(saved->status));
    }
    default:
        break;
    }
    // The other columns read the listing back from the set.
    const Listing listing = m_listings.at(position);
    switch (column) {
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
    case SkillsColumn: {
        if (!listing.skillsText.isEmpty() || listing.requirements.isEmpty())
            return listing.skillsText;
        // A summary keeps the skills as requirement rows only.
        QStringList wordings;
        for (const ListingRequirement &requirement : listing.requirements)
            wordings.append(requirement.text);
        return wordings.join(u'、');
    }
    default:
        return {};
    }
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype position = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(position, index.column());
    case Qt::ToolTipRole:
        return index.column() == SkillsColumn || index.column() == TitleColumn
                   ? displayData(position, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RateColumn || index.column() == FitColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case ListingIdRole:
        return m_listings.id(position);
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
    case SavedColumn:
        return tr("Saved");
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
