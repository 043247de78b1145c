#pragma once

#include "Listing.h"
#include "SkillCatalogue.h"

#include <QHash>
#include <QList>
#include <QString>

// Reads a listing's required-skills text into catalogue skills with minimum years:
// "Javaでの開発経験(3年以上)" → Java ≥ 3. The text is split at 、 , ／ / and line breaks; each
// part names at most one skill (the first catalogue name or alias in it, whole words for
// Latin names so "Go" is not found in "Google"); a part naming none is kept as unknown.
class RequirementParser
{
public:
    explicit RequirementParser(const SkillCatalogue &catalogue);

    QList<ListingRequirement> parse(const QString &text) const;

private:
    struct Name
    {
        QString normalized;
        QString skillId;
        bool latin;
    };
    QList<Name> m_names; // longest first
    // Names with a slash in them (PL/SQL, CI/CD, z/OS), longest first: their slash does not
    // separate two requirements.
    QStringList m_slashedNames;
    // Positions in m_names by the first character of the name, longest first.
    QHash<char16_t, QList<qsizetype>> m_namesByFirstCharacter;
};
