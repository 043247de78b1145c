#include "WriteTransaction.h"

#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace WriteTransaction {

bool begin(QSqlDatabase database, QString *reason)
{
    if (database.driverName() != u"QSQLITE"_s) {
        if (database.transaction())
            return true;
        if (reason)
            *reason = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    return SqlErrors::prepareAndExec(query, u"BEGIN IMMEDIATE"_s, reason);
}

} // namespace WriteTransaction
