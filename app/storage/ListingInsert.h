#pragma once

#include "core/Listing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <memory>

// The two prepared INSERT statements that store a listing and its requirements, prepared
// once and run for every listing of an import. It opens no transaction of its own: callers
// wrap one listing in a savepoint or a whole import in one transaction.
class ListingInsert
{
public:
    explicit ListingInsert(const QSqlDatabase &database);

    // Returns the new id; 0 when seedKey names a listing that is already stored (nothing is
    // written); -1 on error. A failure may leave the listing row without all its
    // requirements: the caller rolls back.
    qint64 insert(const Listing &listing, const QString &seedKey, QString *error);

private:
    // One statement writes all of a listing's requirements: a listing asks for two or three
    // skills, and a statement per requirement row cost more than the row itself.
    QSqlQuery *requirementStatement(qsizetype count, QString *error);

    QSqlDatabase m_database;
    QSqlQuery m_listing;
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> m_requirements; // by number of rows
    QString m_prepareError;
    // Every listing written through one ListingInsert (one import) was added at one moment.
    QString m_createdAt;
};
