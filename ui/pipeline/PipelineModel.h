#pragma once

#include "core/pipeline/SavedListing.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

// The saved listings grouped by status: one top-level row per status (its name and how many
// listings stand there), the listings under it with their next action, its date and the
// latest rate on record. Within a status, listings with the nearest date come first.
class PipelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        NextActionColumn,
        DueColumn,
        RateColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        ListingIdRole = Qt::UserRole + 1, // 0 on a status row
        StatusKeyRole,                    // the status key, on status and listing rows
    };

    explicit PipelineModel(QObject *parent = nullptr);

    // titles: each listing's title by id; today: what "overdue" is measured from.
    void setPipeline(const QList<SavedListing> &saved, const QHash<qint64, QString> &titles,
                     const QDate &today);
    QModelIndex indexOfListing(qint64 listingId) const;
    // "3 days overdue", "today", "tomorrow", "in 2 days".
    static QString whenDue(qint64 daysLeft);
    int listingCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        ApplicationStatus status;
        QList<SavedListing> listings;
    };

    QVariant statusData(const Group &group, int column, int role) const;
    QVariant listingData(const SavedListing &saved, int column, int role) const;
    QString rateText(const SavedListing &saved) const;

    QList<Group> m_groups;
    QHash<qint64, QString> m_titles;
    QDate m_today;
};
