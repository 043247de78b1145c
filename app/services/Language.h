#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

// Chooses the UI language (Japanese or English), installs the translators and the default
// QLocale so that numbers and money follow it.
namespace Language {
QCommandLineOption option();
QStringList supported(); // "ja", "en"
// The language named by --lang, else the system's when supported, else English.
QString fromArguments(const QStringList &arguments);
QString systemDefault();
void install(const QString &language);
} // namespace Language
