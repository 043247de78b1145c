#pragma once

#include "cli/Command.h"
#include "storage/team/ServerAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner check [--database PATH]`: SQLite's full integrity check and foreign-key
// check on the database, read-only, with what it holds and its backups. Exit 0 when whole,
// 1 when damaged or missing. With a team database's address: whether it can be reached, its
// schema version, its listings and whether the account may write them.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    // --database postgresql://…: the connection, the schema and what the account may do.
    static int checkTeam(const ServerAddress &address, QTextStream &out, QTextStream &err);
};
