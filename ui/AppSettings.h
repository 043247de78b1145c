#pragma once

#include "core/RateConversion.h"

#include <QString>

// The user's preferences, typed, in one place: QSettings underneath (the platform's usual
// file), the data itself in the database. An empty language or database path means "the
// system's language" and "the default location".
class AppSettings
{
public:
    static QString language(); // "", "ja" or "en"
    static void setLanguage(const QString &language);
    // The language to use now: the chosen one, else the system's when supported.
    static QString effectiveLanguage();

    static RateConversion conversion(const RateConversion &defaults);
    static void setConversion(const RateConversion &conversion);

    static QString databasePath(); // "" for Database::defaultPath()
    static void setDatabasePath(const QString &path);

    static int backupsToKeep();
    static void setBackupsToKeep(int keep);
    static constexpr int defaultBackupsToKeep = 7;
};
