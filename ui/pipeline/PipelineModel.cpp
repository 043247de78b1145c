#include "pipeline/PipelineModel.h"

#include "core/MoneyFormat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Internal ids: 0 for a status row; a listing row carries its status row's number + 1.
constexpr quintptr statusRowId = 0;
} // namespace

PipelineModel::PipelineModel(QObject *parent) : QAbstractItemModel(parent)
{
    for (ApplicationStatus status : ApplicationStatuses::all())
        m_groups.append({status, {}});
}

void PipelineModel::setPipeline(const QList<SavedListing> &saved,
                                const QHash<qint64, QString> &titles, const QDate &today)
{
    beginResetModel();
    m_titles = titles;
    m_today = today;
    for (Group &group : m_groups)
        group.listings.clear();
    for (const SavedListing &listing : saved) {
        const qsizetype group = ApplicationStatuses::all().indexOf(listing.status);
        m_groups[group].listings.append(listing);
    }
    for (Group &group : m_groups) {
        // Dated actions first, nearest first; then the most recently changed.
        std::sort(group.listings.begin(), group.listings.end(),
                  [](const SavedListing &a, const SavedListing &b) {
                      const QDate &dueA = a.nextAction.due;
                      const QDate &dueB = b.nextAction.due;
                      if (dueA.isValid() != dueB.isValid())
                          return dueA.isValid();
                      if (dueA != dueB)
                          return dueA < dueB;
                      if (a.updatedAt != b.updatedAt)
                          return a.updatedAt > b.updatedAt;
                      return a.listingId < b.listingId;
                  });
    }
    endResetModel();
}

QModelIndex PipelineModel::indexOfListing(qint64 listingId) const
{
    for (qsizetype group = 0; group < m_groups.size(); ++group) {
        const QList<SavedListing> &listings = m_groups.at(group).listings;
        for (qsizetype row = 0; row < listings.size(); ++row) {
            if (listings.at(row).listingId == listingId)
                return createIndex(int(row), 0, quintptr(group + 1));
        }
    }
    return {};
}

int PipelineModel::listingCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.listings.size());
    return count;
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, statusRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PipelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == statusRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, statusRowId);
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == statusRowId && parent.column() == 0)
        return int(m_groups.at(parent.row()).listings.size());
    return 0;
}

int PipelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == statusRowId)
        return statusData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    if (role == StatusKeyRole)
        return ApplicationStatuses::key(group.status);
    return listingData(group.listings.at(index.row()), index.column(), role);
}

QVariant PipelineModel::statusData(const Group &group, int column, int role) const
{
    if (role == StatusKeyRole)
        return ApplicationStatuses::key(group.status);
    if (role == ListingIdRole)
        return qint64(0);
    if (column != TitleColumn)
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1 (%2)").arg(ApplicationStatuses::displayName(group.status),
                                 QLocale().toString(group.listings.size()));
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant PipelineModel::listingData(const SavedListing &saved, int column, int role) const
{
    if (role == ListingIdRole)
        return saved.listingId;
    const QLocale locale;
    const QDate &due = saved.nextAction.due;
    const qint64 daysLeft = due.isValid() ? m_today.daysTo(due) : 0;
    if (role == Qt::ToolTipRole && column == DueColumn && due.isValid())
        return tr("%1 (%2)").arg(locale.toString(due, QLocale::LongFormat), whenDue(daysLeft));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case TitleColumn:
            return m_titles.value(saved.listingId, tr("Listing %1").arg(saved.listingId));
        case NextActionColumn:
            return saved.nextAction.what;
        case DueColumn:
            if (!due.isValid())
                return QString();
            // The date alone: overdue ones are red and bold, today's bold, and the tooltip
            // and the list above the table say how many days.
            return locale.toString(due, QLocale::ShortFormat);
        case RateColumn:
            return rateText(saved);
        case UpdatedColumn:
            return locale.toString(saved.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == DueColumn && due.isValid() && daysLeft < 0)
        return QBrush(QColor(u"#c62828"_s)); // overdue: red, readable on light and dark
    if (role == Qt::FontRole && column == DueColumn && due.isValid() && daysLeft <= 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && column == RateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString PipelineModel::whenDue(qint64 daysLeft)
{
    // Singular and plural written out: the English has no plural forms file, and Japanese
    // needs none.
    if (daysLeft < -1)
        return tr("%1 days overdue").arg(QLocale().toString(-daysLeft));
    if (daysLeft == -1)
        return tr("1 day overdue");
    if (daysLeft == 0)
        return tr("today");
    if (daysLeft == 1)
        return tr("tomorrow");
    return tr("in %1 days").arg(QLocale().toString(daysLeft));
}

QString PipelineModel::rateText(const SavedListing &saved) const
{
    // The rate that says most about where things stand: agreed, else offered, else asked.
    for (RateKind kind : {RateKind::Accepted, RateKind::Offered, RateKind::Desired}) {
        if (const auto line = saved.latestRate(kind))
            return tr("%1 %2").arg(RateKinds::displayName(kind),
                                   MoneyFormat::exact(line->monthlyYen, QLocale()));
    }
    return QString();
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Status / listing");
    case NextActionColumn:
        return tr("Next action");
    case DueColumn:
        return tr("Due");
    case RateColumn:
        return tr("Latest rate (monthly)");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}
