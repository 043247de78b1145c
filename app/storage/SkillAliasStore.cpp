#include "SkillAliasStore.h"

#include "SqlErrors.h"
#include "WriteTransaction.h"
#include "core/RequirementParser.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SkillAliasStore::SkillAliasStore(QSqlDatabase database) : m_database(std::move(database))
{
}

int SkillAliasStore::addUserAlias(SkillCatalogue *catalogue, const QString &skillId,
                                  const QString &alias, QString *error)
{
    const QString name = alias.trimmed();
    const CatalogueSkill *skill = catalogue->byId(skillId);
    if (!skill) {
        *error = tr("\"%1\" is not a skill of the catalogue").arg(skillId);
        return -1;
    }
    if (name.isEmpty() || name.size() > 200) {
        *error = tr("A name is 1 to 200 characters long.");
        return -1;
    }
    if (const CatalogueSkill *existing = catalogue->find(name)) {
        *error = tr("\"%1\" already names %2.").arg(name, existing->displayName());
        return -1;
    }
    // Try it on a copy first: the database and the catalogue change together or not at all.
    SkillCatalogue updated = *catalogue;
    updated.addAlias(skillId, name);
    const RequirementParser parser(updated);

    if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
        *error = tr("cannot start a transaction") + u": "_s + reason;
        return -1;
    }
    QSqlQuery insert(m_database);
    insert.prepare(u"INSERT INTO skill_aliases (skill_id, alias, user_defined) VALUES (?, ?, 1)"_s);
    insert.addBindValue(skillId);
    insert.addBindValue(name);
    bool ok = SqlErrors::exec(insert, error);
    int read = 0;
    if (ok) {
        QSqlQuery unread(m_database);
        unread.setForwardOnly(true);
        ok = SqlErrors::prepareAndExec(
            unread,
            u"SELECT listing_id, position, requirement_text FROM listing_requirements "
            "WHERE skill_id IS NULL OR skill_id = ''"_s,
            error);
        QSqlQuery update(m_database);
        update.prepare(u"UPDATE listing_requirements SET skill_id = ? "
                       "WHERE listing_id = ? AND position = ?"_s);
        while (ok && unread.next()) {
            const QList<ListingRequirement> parsed = parser.parse(unread.value(2).toString());
            if (parsed.size() != 1 || parsed.first().skillId.isEmpty())
                continue;
            update.bindValue(0, parsed.first().skillId);
            update.bindValue(1, unread.value(0));
            update.bindValue(2, unread.value(1));
            ok = SqlErrors::exec(update, error);
            ++read;
        }
    }
    if (ok && m_database.commit()) {
        catalogue->addAlias(skillId, name);
        return read;
    }
    m_database.rollback();
    if (error->isEmpty())
        *error = tr("cannot store the name");
    return -1;
}
