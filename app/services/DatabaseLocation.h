#pragma once

#include "storage/team/ServerAddress.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <optional>

// The --database option shared by the window and every headless command. It names the local
// SQLite file, or a team's PostgreSQL database by its postgresql:// address; a team database
// holds the shared listings, and the user's own data stays in the local file.
namespace DatabaseLocation {
QCommandLineOption option();
// The local file: the path named by --database (when it names a file), else the one chosen in
// Settings, else the default in the application data folder: the same answer for the window
// and every command.
QString resolve(const QCommandLineParser &parser);
// The team database whose listings are used: the address given by --database, else the one
// chosen in Settings, unless --database names a local file. nullopt when listings are the
// local file's; a malformed address is nullopt with *error saying what is wrong.
std::optional<ServerAddress> teamAddress(const QCommandLineParser &parser, QString *error);
} // namespace DatabaseLocation
