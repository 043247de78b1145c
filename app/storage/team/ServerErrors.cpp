#include "ServerErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString withServerText(const QString &message, const QSqlError &error)
{
    const QString said = ServerErrors::serverText(error);
    if (said.isEmpty())
        return message;
    return QCoreApplication::translate("ServerErrors", "%1 (the server said: %2)")
        .arg(message, said);
}
} // namespace

QString ServerErrors::serverText(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    return text.simplified();
}

QString ServerErrors::connectionFailed(const ServerAddress &address, const QSqlError &error)
{
    const QString text = serverText(error);
    const QString where = address.toDisplayString();
    const QString user = address.user().isEmpty() ? tr("your login name") : address.user();
    QString message;
    if (text.contains(u"password authentication failed"_s))
        message = tr("The server refused the password of %1 for %2. CareerPlanner never "
                     "stores passwords: correct the line for this server in ~/.pgpass (or in "
                     "the file PGPASSFILE names).")
                      .arg(user, where);
    else if (text.contains(u"no password supplied"_s))
        message = tr("The server asks %1 for a password to %2, and none was found. Put it in "
                     "~/.pgpass (host:port:database:user:password, readable only by you) or "
                     "in the file PGPASSFILE names.")
                      .arg(user, where);
    else if (text.contains(u"SSL"_s, Qt::CaseInsensitive) ||
             text.contains(u"certificate"_s, Qt::CaseInsensitive))
        message = tr("The secure connection (TLS, sslmode=%1) to %2 failed. Check the server's "
                     "certificate and the sslrootcert file, or ask the administrator which "
                     "TLS mode the server offers.")
                      .arg(address.sslMode(), where);
    else if (text.contains(u"does not exist"_s) && text.contains(u"database"_s))
        message = tr("There is no database %1 on the server (%2). Check the name after the / "
                     "in the address.")
                      .arg(address.database(), where);
    else if (text.contains(u"role"_s) && text.contains(u"does not exist"_s))
        message = tr("The server has no user %1 (%2).").arg(user, where);
    else if (text.contains(u"pg_hba.conf"_s))
        message = tr("The server does not let %1 connect from this computer (%2): its "
                     "pg_hba.conf has no entry for it.")
                      .arg(user, where);
    else if (text.contains(u"Connection refused"_s) || text.contains(u"could not connect"_s) ||
             text.contains(u"could not translate host name"_s) ||
             text.contains(u"timeout expired"_s) || text.contains(u"No route to host"_s) ||
             text.contains(u"Network is unreachable"_s))
        message = tr("Cannot reach the team database %1: the server is not running there, or "
                     "the network does not lead to it.")
                      .arg(where);
    else if (text.contains(u"driver not loaded"_s, Qt::CaseInsensitive))
        return tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so %1 "
                  "cannot be opened.")
            .arg(where);
    else
        message = tr("Cannot open the team database %1.").arg(where);
    return withServerText(message, error);
}

QString ServerErrors::statementFailed(const ServerAddress &address, const QSqlError &error)
{
    return statementFailed(address, serverText(error));
}

QString ServerErrors::statementFailed(const ServerAddress &address, const QString &text)
{
    auto withServerText = [&](const QString &message) {
        return tr("%1 (the server said: %2)").arg(message, text);
    };
    if (text.contains(u"must be owner"_s) ||
        (text.contains(u"permission denied"_s) && text.contains(u"schema"_s)))
        return withServerText(
            tr("Your account on %1 may not create or change the team database's tables: "
               "setting it up needs the database's owner. Nothing was changed.")
                .arg(address.toDisplayString()));
    if (text.contains(u"permission denied"_s))
        return withServerText(
            tr("Your account on %1 may not do this: it has the reader role, which searches "
               "and reads listings. Importing, merging and deleting need the editor role; "
               "ask the team database's administrator. Nothing was changed.")
                .arg(address.toDisplayString()));
    if (text.contains(u"terminating connection"_s) || text.contains(u"server closed"_s) ||
        text.contains(u"no connection to the server"_s))
        return withServerText(tr("The connection to %1 was lost. Nothing was changed.")
                                  .arg(address.toDisplayString()));
    return text;
}
