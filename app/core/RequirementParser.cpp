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
            if (name.contains(u'/') && !name.contains(u" / "_s))
                m_slashedNames.append(name);
        }
    }
    std::stable_sort(m_names.begin(), m_names.end(), [](const Name &a, const Name &b) {
        return a.normalized.size() > b.normalized.size();
    });
    std::stable_sort(m_slashedNames.begin(), m_slashedNames.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (qsizetype i = 0; i < m_names.size(); ++i)
        m_namesByFirstCharacter[m_names.at(i).normalized.at(0).unicode()].append(i);
}

QList<ListingRequirement> RequirementParser::parse(const QString &text) const
{
    static const QRegularExpression separators(u"[、,，/／\\n;；]"_s);
    static const QRegularExpression yearsPattern(
        u"(\\d+(?:\\.\\d+)?)\\s*(?:年以上|年~|年〜|年以上の|\\+?\\s*years?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A private-use character stands in for the slash of a name while the text is split.
    constexpr char16_t keptSlash = 0xE000;
    QString protectedText = text;
    if (text.contains(u'/') || text.contains(u'／')) {
        for (const QString &name : m_slashedNames) {
            for (const QString &spelling : {name, QString(name).replace(u'/', u'／')}) {
                qsizetype at = 0;
                while ((at = protectedText.indexOf(spelling, at, Qt::CaseInsensitive)) >= 0) {
                    for (qsizetype i = at; i < at + spelling.size(); ++i) {
                        if (protectedText.at(i) == u'/' || protectedText.at(i) == u'／')
                            protectedText[i] = QChar(keptSlash);
                    }
                    at += spelling.size();
                }
            }
        }
    }
    QList<ListingRequirement> requirements;
    for (const QString &rawPart : protectedText.split(separators, Qt::SkipEmptyParts)) {
        const QString part = QString(rawPart).replace(QChar(keptSlash), u'/').trimmed();
        if (part.isEmpty())
            continue;
        const QString normalized = SkillCatalogue::normalized(part);
        // The leftmost catalogue name wins; at one position, the longest. Only the names that
        // begin with the character at a position are tried there (a few of the ~250), which
        // keeps reading 100,000 listings' skills to a fraction of a second.
        QString bestSkill;
        for (qsizetype at = 0; at < normalized.size() && bestSkill.isEmpty(); ++at) {
            const auto candidates = m_namesByFirstCharacter.constFind(normalized.at(at).unicode());
            if (candidates == m_namesByFirstCharacter.constEnd())
                continue;
            for (const qsizetype index : *candidates) {
                const Name &name = m_names.at(index);
                if (!QStringView(normalized).sliced(at).startsWith(name.normalized))
                    continue;
                const qsizetype end = at + name.normalized.size();
                const bool bounded =
                    !name.latin ||
                    ((at == 0 || !isLatinWordCharacter(normalized.at(at - 1))) &&
                     (end >= normalized.size() || !isLatinWordCharacter(normalized.at(end))));
                if (bounded) {
                    bestSkill = name.skillId;
                    break;
                }
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
