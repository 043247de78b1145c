#include "WriteTransaction.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace WriteTransaction {

bool begin(QSqlDatabase database, QString *reason)
{
    if (SqlDialect::isPostgres(database)) {
        // The team database holds only the shared listings, and every write there takes the
        // listings' write lock first, as BEGIN IMMEDIATE does on SQLite: searches never wait,
        // a second writer waits for the first to commit, and an import's ids and duplicate
        // check stay valid until it commits.
        if (!database.transaction()) {
            if (reason)
                *reason = database.lastError().text();
            return false;
        }
        QSqlQuery lock(database);
        if (SqlErrors::execConstant(lock, u"LOCK TABLE listings IN SHARE ROW EXCLUSIVE MODE"_s,
                                    reason))
            return true;
        lock.finish();
        database.rollback();
        return false;
    }
    QSqlQuery query(database);
    return SqlErrors::prepareAndExec(query, u"BEGIN IMMEDIATE"_s, reason);
}

} // namespace WriteTransaction
