#include "SkillCatalogue.h"

SkillCatalogue::SkillCatalogue(QList<CatalogueSkill> skills) : m_skills(std::move(skills))
{
    for (qsizetype i = 0; i < m_skills.size(); ++i) {
        const CatalogueSkill &skill = m_skills.at(i);
        QStringList names{skill.id, skill.nameEn, skill.nameJa};
        names.append(skill.aliases);
        for (const QString &name : std::as_const(names)) {
            const QString key = normalized(name);
            // First entry wins, so an alias can never shadow another skill's own name.
            if (!key.isEmpty() && !m_index.contains(key))
                m_index.insert(key, i);
        }
    }
}

QString CatalogueSkill::displayName(const QLocale &locale) const
{
    return locale.language() == QLocale::Japanese ? nameJa : nameEn;
}

QString SkillCatalogue::normalized(const QString &name)
{
    // NFKC folds full-width Latin letters and digits (ＡＷＳ) to their ASCII forms.
    return name.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

const CatalogueSkill *SkillCatalogue::find(const QString &nameOrAlias) const
{
    const auto it = m_index.constFind(normalized(nameOrAlias));
    return it == m_index.constEnd() ? nullptr : &m_skills.at(*it);
}

const CatalogueSkill *SkillCatalogue::byId(const QString &id) const
{
    for (const CatalogueSkill &skill : m_skills) {
        if (skill.id == id)
            return &skill;
    }
    return nullptr;
}

QStringList SkillCatalogue::completionNames() const
{
    QStringList names;
    for (const CatalogueSkill &skill : m_skills) {
        names.append(skill.nameEn);
        if (skill.nameJa != skill.nameEn)
            names.append(skill.nameJa);
        names.append(skill.aliases);
    }
    names.removeDuplicates();
    return names;
}

bool SkillCatalogue::addAlias(const QString &skillId, const QString &alias)
{
    const QString key = normalized(alias);
    if (key.isEmpty() || m_index.contains(key))
        return false;
    for (qsizetype i = 0; i < m_skills.size(); ++i) {
        if (m_skills.at(i).id == skillId) {
            m_skills[i].aliases.append(alias.trimmed());
            m_index.insert(key, i);
            return true;
        }
    }
    return false;
}
