#pragma once

#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

// Names of the small reference tables (kinds of work) in the UI language.
class ReferenceDataRepository
{
public:
    explicit ReferenceDataRepository(QSqlDatabase database);

    // Work-kind id → display name in the locale's language (Japanese or English).
    QHash<QString, QString> workKindNames(const QLocale &locale = QLocale(),
                                          QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
};
