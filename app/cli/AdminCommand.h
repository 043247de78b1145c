#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

// `careerplanner admin init-postgres URI`: sets up (or upgrades) a team's listing database on
// PostgreSQL: the schema and the two roles, reader and editor.
// `careerplanner admin add-member URI NAME --role reader|editor`: lets a person in with one of
// them (a login role without a password: the administrator sets it with psql's \password, or
// the server authenticates another way). Run by the database's owner.
class AdminCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    QString name() const override { return QStringLiteral("admin"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static int initPostgres(const QString &uri, QTextStream &out, QTextStream &err);
    static int addMember(const QString &uri, const QString &member, const QString &role,
                         QTextStream &out, QTextStream &err);
};
