#pragma once

#include "ListingFilter.h"
#include "core/Listing.h"
#include "core/ListingSet.h"
#include "core/RateConversion.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

// Reads and writes listings with their required skills. insert() writes one listing
// atomically; imports of many listings go through ListingImportWriter, in one transaction.
class ListingRepository
{
    Q_DECLARE_TR_FUNCTIONS(ListingRepository)

public:
    // billableHoursPerMonth turns a listing's stated hourly rate into the monthly figure the
    // model compares by.
    explicit ListingRepository(QSqlDatabase database, double billableHoursPerMonth =
                                                          RateConversion{}.billableHoursPerMonth);

    // Returns the new id; 0 when seedKey names a listing that is already stored (nothing is
    // written); -1 on error.
    qint64 insert(const Listing &listing, const QString &seedKey, QString *error);
    qint64 insert(const Listing &listing, QString *error) { return insert(listing, {}, error); }

    QList<Listing> all(QString *error = nullptr) const;
    // Every listing without the long free text that only the details, the comparison and
    // exports show (work content, location, remote, URL, notes, source, and the skills text
    // when requirement rows hold the same): what the model ranks and the table lists, in
    // a compact ListingSet. byIds() reads the whole listing. prepare, when given, sees each
    // listing before it is kept, without the requirement rows that follow it (a listing whose
    // skills text is kept has none).
    ListingSet summaries(QString *error = nullptr,
                         const std::function<void(Listing &listing)> &prepare = {}) const;
    // The listings with these ids, in the order given; unknown ids are left out.
    QList<Listing> byIds(const QList<qint64> &ids, QString *error = nullptr) const;
    // The ids of the listings the filter selects, in its order.
    QList<qint64> search(const ListingFilter &filter, QString *error = nullptr) const;
    int count(QString *error = nullptr) const;
    // Deletes listings with their requirements and saved notes, in one transaction.
    bool remove(const QList<qint64> &ids, QString *error);

private:
    QList<Listing> select(const QString &whereClause, const QVariantList &values, bool summary,
                          QString *error) const;
    // Reads the selected listings in id order, then their requirements by position.
    bool readRows(const QString &whereClause, const QVariantList &values, bool summary,
                  const std::function<void(qsizetype count)> &reserve,
                  const std::function<void(Listing &&listing)> &onListing,
                  const std::function<void(qsizetype position, ListingRequirement &&requirement)>
                      &onRequirement,
                  QString *error) const;

    QSqlDatabase m_database;
    double m_billableHoursPerMonth;
};
