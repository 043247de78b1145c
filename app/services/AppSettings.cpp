#include "AppSettings.h"

#include "Language.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString languageKey = u"interface/language"_s;
const QString hoursKey = u"conversion/billableHoursPerMonth"_s;
const QString marginKey = u"conversion/agencyMarginPercent"_s;
const QString databaseKey = u"database/path"_s;
const QString teamDatabaseKey = u"database/team"_s;
const QString backupsKey = u"database/backupsToKeep"_s;
const QString checkKey = u"database/checkAtNextStart"_s;
} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent)
{
}

AppSettings *AppSettings::notifier()
{
    // Parented to the application so that it goes with it; a test's later application gets
    // a new one.
    static QPointer<AppSettings> instance;
    if (!instance)
        instance = new AppSettings(QCoreApplication::instance());
    return instance;
}

QString AppSettings::language()
{
    const QString value = QSettings().value(languageKey).toString();
    return Language::supported().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = Language::supported().contains(language) ? language : QString();
    if (value == AppSettings::language())
        return;
    QSettings().setValue(languageKey, value);
    emit notifier()->languageChanged(value);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    return chosen.isEmpty() ? Language::systemDefault() : chosen;
}

RateConversion AppSettings::conversion(const RateConversion &defaults)
{
    QSettings settings;
    RateConversion conversion = defaults;
    conversion.billableHoursPerMonth =
        settings.value(hoursKey, defaults.billableHoursPerMonth).toDouble();
    conversion.agencyMarginPercent =
        settings.value(marginKey, defaults.agencyMarginPercent).toDouble();
    return conversion;
}

void AppSettings::setConversion(const RateConversion &conversion)
{
    QSettings settings;
    const bool changed = settings.value(hoursKey).toDouble() != conversion.billableHoursPerMonth ||
                         settings.value(marginKey).toDouble() != conversion.agencyMarginPercent ||
                         !settings.contains(hoursKey) || !settings.contains(marginKey);
    settings.setValue(hoursKey, conversion.billableHoursPerMonth);
    settings.setValue(marginKey, conversion.agencyMarginPercent);
    if (changed)
        emit notifier()->conversionChanged(conversion);
}

QString AppSettings::databasePath()
{
    return QSettings().value(databaseKey).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    if (path == databasePath())
        return;
    QSettings().setValue(databaseKey, path);
    emit notifier()->databasePathChanged(path);
}

QString AppSettings::teamDatabaseUri()
{
    return QSettings().value(teamDatabaseKey).toString();
}

void AppSettings::setTeamDatabaseUri(const QString &uri)
{
    if (uri == teamDatabaseUri())
        return;
    QSettings().setValue(teamDatabaseKey, uri);
    emit notifier()->teamDatabaseUriChanged(uri);
}

bool AppSettings::checkAtNextStart()
{
    return QSettings().value(checkKey, false).toBool();
}

void AppSettings::setCheckAtNextStart(bool check)
{
    if (check)
        QSettings().setValue(checkKey, true);
    else
        QSettings().remove(checkKey);
}

namespace {

// The household fields of a take-home input, by their settings key.
QVariantMap householdValues(const TakeHomeInput &input)
{
    return {{u"prefecture"_s, input.prefecture},
            {u"spouse"_s, input.spouse},
            {u"dependants"_s, input.dependants},
            {u"idecoMonthlyYen"_s, input.idecoMonthlyYen},
            {u"smallBusinessMutualAidMonthlyYen"_s, input.smallBusinessMutualAidMonthlyYen},
            {u"safetyMutualAidMonthlyYen"_s, input.safetyMutualAidMonthlyYen},
            {u"paidLeaveDays"_s, input.paidLeaveDays},
            {u"retirementAllowanceYen"_s, input.retirementAllowanceYen}};
}

} // namespace

TakeHomeInput AppSettings::takeHomeHousehold(TakeHomeInput base)
{
    QSettings settings;
    settings.beginGroup(u"takehome"_s);
    // A value that does not read as a number keeps the default; the calculator checks the
    // ranges and names a field that is out of them.
    auto amount = [&](const QString &key, qint64 fallback) {
        bool ok = false;
        const qint64 value = settings.value(key, fallback).toLongLong(&ok);
        return ok ? value : fallback;
    };
    base.prefecture = settings.value(u"prefecture"_s, base.prefecture).toString();
    base.spouse = settings.value(u"spouse"_s, base.spouse).toBool();
    base.dependants = int(amount(u"dependants"_s, base.dependants));
    base.idecoMonthlyYen = amount(u"idecoMonthlyYen"_s, base.idecoMonthlyYen);
    base.smallBusinessMutualAidMonthlyYen =
        amount(u"smallBusinessMutualAidMonthlyYen"_s, base.smallBusinessMutualAidMonthlyYen);
    base.safetyMutualAidMonthlyYen =
        amount(u"safetyMutualAidMonthlyYen"_s, base.safetyMutualAidMonthlyYen);
    base.paidLeaveDays = int(amount(u"paidLeaveDays"_s, base.paidLeaveDays));
    base.retirementAllowanceYen = amount(u"retirementAllowanceYen"_s, base.retirementAllowanceYen);
    return base;
}

void AppSettings::setTakeHomeHousehold(const TakeHomeInput &household)
{
    const QVariantMap before = householdValues(takeHomeHousehold({}));
    const QVariantMap after = householdValues(household);
    QSettings settings;
    settings.beginGroup(u"takehome"_s);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
    if (before != after)
        emit notifier()->takeHomeHouseholdChanged();
}

int AppSettings::backupsToKeep()
{
    bool ok = false;
    const int keep = QSettings().value(backupsKey, defaultBackupsToKeep).toInt(&ok);
    return ok && keep >= 1 ? keep : defaultBackupsToKeep;
}

void AppSettings::setBackupsToKeep(int keep)
{
    const int value = std::max(1, keep);
    if (value == backupsToKeep() && QSettings().contains(backupsKey))
        return;
    QSettings().setValue(backupsKey, value);
    emit notifier()->backupsToKeepChanged(value);
}
