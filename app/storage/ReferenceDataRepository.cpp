#include "ReferenceDataRepository.h"

#include "SqlErrors.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

ReferenceDataRepository::ReferenceDataRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QHash<QString, QString> ReferenceDataRepository::workKindNames(const QLocale &locale,
                                                               QString *error) const
{
    QHash<QString, QString> names;
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(query, u"SELECT id, name_en, name_ja FROM work_kinds"_s, error))
        return names;
    const bool japanese = locale.language() == QLocale::Japanese;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(japanese ? 2 : 1).toString());
    return names;
}
