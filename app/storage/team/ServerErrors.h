#pragma once

#include "ServerAddress.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

// A PostgreSQL failure said plainly: what went wrong, for which server and what to do, with
// the server's own words after it (never those words alone).
class ServerErrors
{
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)

public:
    // Why a connection to address could not be opened.
    static QString connectionFailed(const ServerAddress &address, const QSqlError &error);
    // A statement refused by the server; names a missing right of the account plainly.
    static QString statementFailed(const ServerAddress &address, const QSqlError &error);
    static QString statementFailed(const ServerAddress &address, const QString &serverText);
    // The server's own message, one line.
    static QString serverText(const QSqlError &error);
};
