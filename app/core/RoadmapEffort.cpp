#include "RoadmapEffort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Reads numbers by key path ("learnSkill.studyHours.cloud"), keeping the first problem.
class EffortReader
{
public:
    explicit EffortReader(QJsonObject root) : m_root(std::move(root)) {}

    QString error() const { return m_error; }

    double number(const QString &path, double minimum, double maximum)
    {
        QJsonValue value = m_root;
        for (const QString &part : path.split(u'.'))
            value = value.toObject().value(part);
        // A {"value": n, "why": …} entry or a bare number.
        if (value.isObject())
            value = value.toObject().value(u"value"_s);
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum) {
            if (m_error.isEmpty())
                m_error = RoadmapEffort::tr("%1: expected a number from %2 to %3")
                              .arg(path)
                              .arg(minimum)
                              .arg(maximum);
            return minimum;
        }
        return value.toDouble();
    }

    QJsonArray array(const QString &path)
    {
        QJsonValue value = m_root;
        for (const QString &part : path.split(u'.'))
            value = value.toObject().value(part);
        if (!value.isArray() && m_error.isEmpty())
            m_error = RoadmapEffort::tr("%1: expected a list").arg(path);
        return value.toArray();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    QJsonObject m_root;
    QString m_error;
};

} // namespace

std::optional<RoadmapEffort> RoadmapEffort::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : tr("expected a JSON object");
        return std::nullopt;
    }
    EffortReader reader(document.object());
    RoadmapEffort effort;
    // Bounds keep a typo (hours for months, a missing zero) from producing a silly plan.
    effort.weeksPerMonth = reader.number(u"weeksPerMonth"_s, 4, 5);
    effort.defaultHoursPerWeek = reader.number(u"defaultHoursPerWeek"_s, 1, 60);
    effort.candidatesPerArea = int(reader.number(u"candidatesPerArea"_s, 1, 20));
    effort.learnYearsCredited = reader.number(u"learnSkill.yearsCredited"_s, 0.25, 5);
    for (SkillCategory area : {SkillCategory::Languages, SkillCategory::Frontend,
                               SkillCategory::Middleware, SkillCategory::Cloud}) {
        effort.learnStudyHours.insert(
            area, reader.number(u"learnSkill.studyHours."_s + SkillCategories::key(area), 1, 5000));
    }
    effort.deepenYearsAdded = reader.number(u"deepenSkill.yearsAdded"_s, 0.25, 5);
    effort.deepenMonths = reader.number(u"deepenSkill.calendarMonths"_s, 1, 120);
    const QJsonArray certifications = reader.array(u"certifications.items"_s);
    for (qsizetype i = 0; i < certifications.size(); ++i) {
        const QJsonObject item = certifications.at(i).toObject();
        CertificationEffort certification;
        certification.skillId = item.value(u"skill"_s).toString();
        certification.studyHours = item.value(u"studyHours"_s).toDouble(-1);
        certification.prerequisite = item.value(u"requires"_s).toString();
        if (certification.skillId.isEmpty() || certification.studyHours <= 0 ||
            certification.studyHours > 5000) {
            reader.fail(tr("certifications.items[%1]: expected a skill id and study hours "
                           "from 1 to 5000")
                            .arg(i));
        }
        effort.certifications.append(certification);
    }
    effort.leadTeamMonths = reader.number(u"leadTeam.calendarMonths"_s, 1, 120);
    effort.firstTeamSize = int(reader.number(u"leadTeam.firstTeamSize"_s, 2, 1000));
    effort.largerTeamSize = int(reader.number(u"leadTeam.largerTeamSize"_s, 2, 1000));
    effort.upstreamMonths = reader.number(u"upstreamWork.calendarMonths"_s, 1, 120);
    effort.largeScaleProjectMonths = reader.number(u"largeScaleProject.calendarMonths"_s, 1, 120);
    effort.newTechnologyProjectMonths =
        reader.number(u"newTechnologyProject.calendarMonths"_s, 1, 120);
    effort.changeEmployerMonths = reader.number(u"changeEmployer.calendarMonths"_s, 1, 120);
    effort.switchEmploymentMonths = reader.number(u"switchEmployment.calendarMonths"_s, 1, 120);
    effort.freelanceMinimumExperienceYears =
        reader.number(u"switchEmployment.freelanceMinimumExperienceYears"_s, 0, 20);
    for (JobType type : JobTypes::all()) {
        const QString path = u"relevance.areasByJobType."_s + JobTypes::key(type);
        const QJsonArray areas = reader.array(path);
        QList<SkillCategory> list;
        for (const QJsonValue &area : areas) {
            const auto category = SkillCategories::fromKey(area.toString());
            if (!category || *category == SkillCategory::Upstream)
                reader.fail(tr("%1: \"%2\" is not a skill area").arg(path, area.toString()));
            else
                list.append(*category);
        }
        effort.relevantAreas.insert(type, list);
    }
    effort.nearFitMinimum = reader.number(u"relevance.nearFitMinimum"_s, 0, 1);
    effort.nearFitSkills = int(reader.number(u"relevance.nearFitSkills"_s, 0, 50));
    const QJsonArray tracks = reader.array(u"relevance.separateTracks"_s);
    for (const QJsonValue &track : tracks) {
        QStringList skills;
        for (const QJsonValue &skill : track.toObject().value(u"skills"_s).toArray())
            skills.append(skill.toString());
        effort.separateTracks.append(skills);
    }
    if (!reader.error().isEmpty()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return effort;
}
