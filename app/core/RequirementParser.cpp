#include "RequirementParser.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isLatinWordCharacter(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'+' || c == u'#';
}

bool isLatin(const QString &name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 128; });
}
} // namespace

RequirementParser::RequirementParser(const SkillCatalogue &catalogue)
{
    for (const CatalogueSkill &skill : catalogue.skills()) {
        QStringList names{skill.nameEn, skill.nameJa};
        names.append(skill.aliases);
        for (const QString &name : std::as_const(names)) {
            const QString normalized = SkillCatalogue::normalized(name);
            if (normalized.size() >= 1)
                m_names.append({normalized, skill.id, isLatin(normalized)});
        }
    }
    std::stable_sort(m_names.begin(), m_names.end(), [](const Name &a, const Name &b) {
        return a.normalized.size() > b.normalized.size();
    });
}

QList<ListingRequirement> RequirementParser::parse(const QString &text) const
{
    static const QRegularExpression separators(u"[、,，/／\\n;；]"_s);
    static const QRegularExpression yearsPattern(
        u"(\\d+(?:\\.\\d+)?)\\s*(?:年以上|年~|年〜|年以上の|\\+?\\s*years?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<ListingRequirement> requirements;
    for (const QString &rawPart : text.split(separators, Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QString normalized = SkillCatalogue::normalized(part);
        // The leftmost catalogue name wins; at one position, the longest.
        qsizetype bestPosition = -1;
        QString bestSkill;
        for (const Name &name : m_names) {
            qsizetype from = 0;
            while (true) {
                const qsizetype at = normalized.indexOf(name.normalized, from);
                if (at < 0 || (bestPosition >= 0 && at >= bestPosition))
                    break;
                const qsizetype end = at + name.normalized.size();
                const bool bounded =
                    !name.latin ||
                    ((at == 0 || !isLatinWordCharacter(normalized.at(at - 1))) &&
                     (end >= normalized.size() || !isLatinWordCharacter(normalized.at(end))));
                if (bounded) {
                    bestPosition = at;
                    bestSkill = name.skillId;
                    break;
                }
                from = at + 1;
            }
        }
        double years = 0;
        const QRegularExpressionMatch match = yearsPattern.match(normalized);
        if (match.hasMatch())
            years = match.captured(1).toDouble();
        requirements.append({bestSkill, part, years});
    }
    return requirements;
}
