#include "AdminCommand.h"

#include "storage/SqlErrors.h"
#include "storage/team/ServerErrors.h"
#include "storage/team/TeamDatabase.h"
#include "storage/team/TeamSchema.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString AdminCommand::summary() const
{
    return tr("Set up a team's listing database on PostgreSQL, and let people in.");
}

QString AdminCommand::description() const
{
    return tr("admin init-postgres URI\n"
              "    Creates (or upgrades) the schema of the team database at URI and the roles %1 "
              "(search and read) and %2 (also import, merge and delete). Run as the database's "
              "owner; running it again changes nothing.\n"
              "admin add-member URI NAME --role reader|editor\n"
              "    Lets the login NAME use the team database with that role (creating the login "
              "without a password when it does not exist).")
        .arg(TeamSchema::readerRole(), TeamSchema::editorRole());
}

QList<QCommandLineOption> AdminCommand::options() const
{
    return {QCommandLineOption(u"role"_s, tr("For add-member: reader or editor."), tr("role"))};
}

QList<Command::Positional> AdminCommand::positionalArguments() const
{
    return {{u"action"_s, tr("init-postgres or add-member."), u"init-postgres|add-member"_s},
            {u"uri"_s, tr("The team database (postgresql://…)."), u"URI"_s},
            {u"name"_s, tr("For add-member: the person's login name."), u"[NAME]"_s}};
}

int AdminCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == u"init-postgres"_s && positional.size() == 2)
        return initPostgres(positional.at(1), out, err);
    if (action == u"add-member"_s && positional.size() == 3) {
        const QString role = parser.value(u"role"_s);
        if (role != u"reader"_s && role != u"editor"_s) {
            err << tr("admin add-member: --role must be reader or editor") << u'\n';
            return 2;
        }
        return addMember(positional.at(1), positional.at(2), role, out, err);
    }
    err << tr("admin: expected \"init-postgres URI\" or \"add-member URI NAME --role "
              "reader|editor\"")
        << u'\n';
    return 2;
}

int AdminCommand::initPostgres(const QString &uri, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto address = ServerAddress::parse(uri, &error);
    if (!address) {
        err << error << u'\n';
        return 2;
    }
    TeamDatabase team;
    if (!team.initialise(*address)) {
        err << team.lastError() << u'\n';
        return 1;
    }
    out << tr("The team database %1 is ready (schema version %2). Let people in with: "
              "careerplanner admin add-member %3 NAME --role reader|editor")
               .arg(address->toDisplayString())
               .arg(team.schemaVersion())
               .arg(address->toUri())
        << u'\n';
    return 0;
}

int AdminCommand::addMember(const QString &uri, const QString &member, const QString &role,
                            QTextStream &out, QTextStream &err)
{
    // A role name becomes part of a statement (a role cannot be a bound value): only the
    // characters login names use, quoted as an identifier.
    static const QRegularExpression plainName(u"^[A-Za-z0-9_.@-]{1,63}$"_s);
    if (!plainName.match(member).hasMatch()) {
        err << tr("admin add-member: \"%1\" is not a login name CareerPlanner accepts (letters, "
                  "digits and _ . @ -, at most 63)")
                   .arg(member)
            << u'\n';
        return 2;
    }
    QString error;
    const auto address = ServerAddress::parse(uri, &error);
    if (!address) {
        err << error << u'\n';
        return 2;
    }
    TeamDatabase team;
    if (!team.open(*address)) {
        err << team.lastError() << u'\n';
        return 1;
    }
    const QString quoted = u'"' + member + u'"';
    const QString granted =
        role == u"editor"_s ? TeamSchema::editorRole() : TeamSchema::readerRole();
    const QString other = role == u"editor"_s ? TeamSchema::readerRole() : TeamSchema::editorRole();
    const QString literal = u'\'' + member + u'\''; // the name has no quote (checked above)
    const QStringList statements{
        u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN"
        " CREATE ROLE %2 LOGIN; END IF;"
        // The other role taken away, when it was given directly.
        " IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
        "  JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = '%3' AND u.rolname = %1) THEN"
        "  REVOKE %3 FROM %2; END IF; END $$"_s.arg(literal, quoted, other),
        u"GRANT %1 TO %2"_s.arg(granted, quoted),
    };
    {
        QSqlDatabase db = team.connection();
        if (!db.transaction()) {
            err << ServerErrors::statementFailed(*address, db.lastError()) << u'\n';
            return 1;
        }
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!SqlErrors::execConstant(query, statement, &error)) {
                query.finish();
                db.rollback();
                err << tr("admin add-member: %1")
                           .arg(ServerErrors::statementFailed(*address, error))
                    << u'\n';
                return 1;
            }
        }
        query.finish();
        if (!db.commit()) {
            err << ServerErrors::statementFailed(*address, db.lastError()) << u'\n';
            return 1;
        }
    }
    out << tr("%1 may now use the team database %2 with the role %3.")
               .arg(member, address->databaseAndHost(), granted)
        << u'\n';
    return 0;
}
