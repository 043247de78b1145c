#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

// The --database option shared by the window and every headless command.
namespace DatabaseLocation {
QCommandLineOption option();
// The path named by --database, else the one chosen in Settings, else the default in the
// application data folder: the same answer for the window and every command.
QString resolve(const QCommandLineParser &parser);
} // namespace DatabaseLocation
