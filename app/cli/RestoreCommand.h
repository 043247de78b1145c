#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner restore [--from FILE] [--database PATH]`: puts the newest good backup (or
// FILE) in place of the database; the file that was there is moved aside, never deleted.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static QString name() { return QStringLiteral("restore"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
