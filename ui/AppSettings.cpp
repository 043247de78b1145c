#include "AppSettings.h"

#include "cli/Language.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString languageKey = u"interface/language"_s;
const QString hoursKey = u"conversion/billableHoursPerMonth"_s;
const QString marginKey = u"conversion/agencyMarginPercent"_s;
const QString databaseKey = u"database/path"_s;
const QString backupsKey = u"database/backupsToKeep"_s;
} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(languageKey).toString();
    return Language::supported().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey,
                         Language::supported().contains(language) ? language : QString());
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
    settings.setValue(hoursKey, conversion.billableHoursPerMonth);
    settings.setValue(marginKey, conversion.agencyMarginPercent);
}

QString AppSettings::databasePath()
{
    return QSettings().value(databaseKey).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    QSettings().setValue(databaseKey, path);
}

int AppSettings::backupsToKeep()
{
    bool ok = false;
    const int keep = QSettings().value(backupsKey, defaultBackupsToKeep).toInt(&ok);
    return ok && keep >= 1 ? keep : defaultBackupsToKeep;
}

void AppSettings::setBackupsToKeep(int keep)
{
    QSettings().setValue(backupsKey, std::max(1, keep));
}
