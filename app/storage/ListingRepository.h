#pragma once

#include "core/Listing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads and writes listings with their required skills. Callers that write several listings
// wrap the calls in one transaction; insert() itself writes one listing atomically.
class ListingRepository
{
    Q_DECLARE_TR_FUNCTIONS(ListingRepository)

public:
    explicit ListingRepository(QSqlDatabase database);

    // Returns the new id; 0 when seedKey names a listing that is already stored (nothing is
    // written); -1 on error.
    qint64 insert(const Listing &listing, const QString &seedKey, QString *error);
    qint64 insert(const Listing &listing, QString *error) { return insert(listing, {}, error); }

    QList<Listing> all(QString *error = nullptr) const;
    int count(QString *error = nullptr) const;

private:
    bool insertRequirements(qint64 listingId, const QList<ListingRequirement> &requirements,
                            QString *error);

    QSqlDatabase m_database;
};
