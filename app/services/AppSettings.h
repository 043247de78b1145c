#pragma once

#include "core/RateConversion.h"
#include "core/takehome/TakeHomeInput.h"

#include <QObject>
#include <QString>

// The user's preferences, typed, in one place: QSettings underneath (the platform's usual
// file), the data itself in the database. An empty language or database path means "the
// system's language" and "the default location". The window and every command read the same
// values; the setters announce a change through notifier(), so whoever shows a preference
// follows it without being told by whoever changed it.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // The one object whose signals announce changes (created on first use, lives as long as
    // the application).
    static AppSettings *notifier();

    static QString language(); // "", "ja" or "en"
    static void setLanguage(const QString &language);
    // The language to use now: the chosen one, else the system's when supported.
    static QString effectiveLanguage();

    // The user's billable hours and agency margin; defaults fill what was never chosen.
    static RateConversion conversion(const RateConversion &defaults);
    static void setConversion(const RateConversion &conversion);

    static QString databasePath(); // "" for Database::defaultPath()
    static void setDatabasePath(const QString &path);
    // The team database's address (a libpq URI, never with a password): "" when listings are
    // the local file's own.
    static QString teamDatabaseUri();
    static void setTeamDatabaseUri(const QString &uri);

    // Set when a deferred integrity check found damage: the next start checks the file before
    // the window, as a normal start does, and offers to restore a backup.
    static bool checkAtNextStart();
    static void setCheckAtNextStart(bool check);

    // The take-home circumstances that are the user's own, not a pay: the prefecture, the
    // household, iDeCo and the 共済, paid leave and a retirement allowance. Filled into base;
    // the Take-home page sets them, and a listing's take-home pay and the report use them.
    static TakeHomeInput takeHomeHousehold(TakeHomeInput base);
    static void setTakeHomeHousehold(const TakeHomeInput &household);

    static int backupsToKeep();
    static void setBackupsToKeep(int keep);
    static constexpr int defaultBackupsToKeep = 7;

signals:
    void languageChanged(const QString &language);
    void conversionChanged(const RateConversion &conversion);
    void databasePathChanged(const QString &path);
    void teamDatabaseUriChanged(const QString &uri);
    void backupsToKeepChanged(int keep);
    void takeHomeHouseholdChanged();

private:
    explicit AppSettings(QObject *parent);
};
