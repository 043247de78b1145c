#pragma once

#include "core/Listing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Stores one listing and its requirements (seeding, a single listing). It opens no
// transaction of its own: the caller wraps it in a savepoint. Imports of many listings use
// ListingBatchInsert.
class ListingInsert
{
public:
    explicit ListingInsert(const QSqlDatabase &database);

    // Returns the new id; 0 when seedKey names a listing that is already stored (nothing is
    // written); -1 on error. A failure may leave the listing row without all its
    // requirements: the caller rolls back.
    qint64 insert(const Listing &listing, const QString &seedKey, QString *error);

private:
    QSqlQuery m_listing;
    QSqlQuery m_requirement;
    QString m_prepareError;
    bool m_postgres;
};
