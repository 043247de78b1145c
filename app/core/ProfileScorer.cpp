#include "ProfileScorer.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString parametersFile = u"data/model_parameters.json"_s;

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

double capped(double value)
{
    return std::clamp(value, 0.0, 100.0);
}

QString ordinal(int rank)
{
    return ProfileScorer::tr("#%1", "rank of a skill within its area").arg(rank);
}
} // namespace

ProfileScorer::ProfileScorer(const SkillCatalogue &catalogue, const ModelParameters &parameters,
                             const SkillMarketValues &values)
    : m_catalogue(catalogue), m_parameters(parameters), m_values(values)
{
}

ScoreCard ProfileScorer::score(const Profile &profile) const
{
    return score(profile, ResolvedSkills::resolve(profile, m_catalogue));
}

ScoreCard ProfileScorer::score(const Profile &profile, const ResolvedSkills &skills) const
{
    ScoreCard card;
    for (SkillCategory area : ScoreCard::areaOrder())
        card.areas.insert(area, areaScore(area, profile, skills));
    card.factors.insert(IncomeFactor::Skills, skillsFactor(card.areas));
    card.factors.insert(IncomeFactor::Management, managementFactor(profile));
    card.factors.insert(IncomeFactor::Upstream, upstreamFactor(profile, skills));
    card.factors.insert(IncomeFactor::TrackRecord, trackRecordFactor(profile));
    card.composite = composite(card.factors);
    return card;
}

Score ProfileScorer::areaScore(SkillCategory area, const Profile &profile,
                               const ResolvedSkills &skills) const
{
    struct Candidate
    {
        const CatalogueSkill *skill;
        double years;
        double depth;
        double value;    // market value × demand (SkillMarketValue::weight)
        double strength; // depth × value: ranking by it maximises the sum (and keeps it monotone)
    };
    QList<Candidate> candidates;
    // The years as entered: years credited through a framework help meet listings, while the
    // framework itself scores.
    for (auto it = skills.enteredYears.begin(); it != skills.enteredYears.end(); ++it) {
        const CatalogueSkill *skill = m_catalogue.byId(it.key());
        if (!skill || skill->category != area)
            continue;
        // A certification only listed as such scores as a certification, not as a skill.
        if (it.value() == 0 && skills.certificationIds.contains(it.key()))
            continue;
        const double depth = std::min(it.value(), m_parameters.depthSaturationYears) /
                             m_parameters.depthSaturationYears;
        const double value = m_values.value(skill->id).weight();
        candidates.append({skill, it.value(), depth, value, depth * value});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.strength != b.strength ? a.strength > b.strength : a.skill->id < b.skill->id;
    });

    Score score;
    const QList<double> weights = m_parameters.areaRankWeights.value(area);
    const QString weightsSource = parametersFile + u": areaRankWeights."_s +
                                  SkillCategories::key(area) + u"; "_s + m_values.packLabel();
    double total = 0;
    for (qsizetype rank = 0; rank < candidates.size(); ++rank) {
        const Candidate &c = candidates.at(rank);
        const double weight = rank < weights.size() ? weights.at(rank) : 0;
        const double points = weight * c.strength;
        const QString valueText =
            tr("value %1 (%2)").arg(number(c.value), m_values.explain(c.skill->id));
        const QString reason =
            weight == 0 ? tr("%1 in the area: only the first %2 skills count")
                              .arg(ordinal(int(rank) + 1))
                              .arg(weights.size())
                        : tr("%1 in the area: weight %2 × depth %3 (%4 of %5 years) × %6")
                              .arg(ordinal(int(rank) + 1), number(weight, 0), number(c.depth),
                                   number(c.years, 1), number(m_parameters.depthSaturationYears, 0),
                                   valueText);
        score.contributions.append(
            {tr("%1, %2 years").arg(c.skill->displayName(), number(c.years, 1)), points, reason,
             weightsSource});
        total += points;
    }

    if (area == SkillCategory::Cloud) {
        for (const QString &id : skills.certificationIds) {
            const CatalogueSkill *skill = m_catalogue.byId(id);
            if (!skill || skill->category != SkillCategory::Cloud)
                continue;
            total += m_parameters.cloudCertificationPoints;
            score.contributions.append({tr("Certification: %1").arg(skill->displayName()),
                                        m_parameters.cloudCertificationPoints,
                                        tr("each recognised cloud certification"),
                                        parametersFile + u": cloudCertificationPoints"_s});
        }
    }
    if (area == SkillCategory::Management && profile.managementYearsLeading > 0) {
        const double share =
            std::min(double(profile.managementYearsLeading), m_parameters.leadingYearsSaturation) /
            m_parameters.leadingYearsSaturation;
        const double points = share * m_parameters.areaLeadingPoints;
        total += points;
        score.contributions.append(
            {tr("Leading a team, %1 years").arg(profile.managementYearsLeading), points,
             tr("%1 points × %2 (years up to %3)")
                 .arg(number(m_parameters.areaLeadingPoints, 0), number(share),
                      number(m_parameters.leadingYearsSaturation, 0)),
             parametersFile + u": managementLeadingPoints.areaYearsPoints"_s});
    }
    if (candidates.isEmpty() && score.contributions.isEmpty())
        score.contributions.append({tr("No skills in this area"), 0,
                                    tr("add skills of this area to the profile"), QString()});
    score.value = capped(total);
    if (total > 100)
        score.contributions.append(
            {tr("Capped at 100"), 100 - total, tr("an area score cannot exceed 100"), QString()});
    return score;
}

Score ProfileScorer::skillsFactor(const QMap<SkillCategory, Score> &areas) const
{
    Score score;
    double total = 0;
    for (auto it = m_parameters.skillsFactorAreaWeights.begin();
         it != m_parameters.skillsFactorAreaWeights.end(); ++it) {
        const double points = it.value() * areas.value(it.key()).value;
        total += points;
        score.contributions.append(
            {SkillCategories::displayName(it.key()), points,
             tr("area score %1 × weight %2")
                 .arg(number(areas.value(it.key()).value, 1), number(it.value())),
             parametersFile + u": skillsFactorAreaWeights."_s + SkillCategories::key(it.key())});
    }
    score.value = capped(total);
    return score;
}

Score ProfileScorer::managementFactor(const Profile &profile) const
{
    Score score;
    const double share =
        std::min(double(profile.managementYearsLeading), m_parameters.leadingYearsSaturation) /
        m_parameters.leadingYearsSaturation;
    const double yearsPoints = share * m_parameters.factorLeadingPoints;
    score.contributions.append({tr("Leading a team, %1 years").arg(profile.managementYearsLeading),
                                yearsPoints,
                                tr("%1 points × %2 (years up to %3)")
                                    .arg(number(m_parameters.factorLeadingPoints, 0), number(share),
                                         number(m_parameters.leadingYearsSaturation, 0)),
                                parametersFile + u": managementLeadingPoints.factorYearsPoints"_s});
    double teamPoints = 0;
    int reachedStep = 0;
    for (const TeamSizeStep &step : m_parameters.teamSizeSteps) {
        if (profile.managementLargestTeam >= step.atLeast && step.points > teamPoints) {
            teamPoints = step.points;
            reachedStep = step.atLeast;
        }
    }
    score.contributions.append(
        {tr("Largest team led: %1 people").arg(profile.managementLargestTeam), teamPoints,
         reachedStep > 0 ? tr("a team of %1 or more").arg(reachedStep)
                         : tr("no team-size step reached"),
         parametersFile + u": managementLeadingPoints.teamSizeSteps"_s});
    score.value = capped(yearsPoints + teamPoints);
    return score;
}

Score ProfileScorer::upstreamFactor(const Profile &profile, const ResolvedSkills &skills) const
{
    Score score;
    double total = 0;
    for (auto it = m_parameters.upstreamPoints.begin(); it != m_parameters.upstreamPoints.end();
         ++it) {
        const QString &work = it.key();
        QString via;
        if (profile.upstream.contains(work)) {
            via = tr("ticked in the profile");
        } else {
            for (auto s = m_parameters.upstreamSkillToWork.begin();
                 s != m_parameters.upstreamSkillToWork.end(); ++s) {
                if (s.value() == work && skills.has(s.key())) {
                    const CatalogueSkill *skill = m_catalogue.byId(s.key());
                    via = tr("from the skill %1").arg(skill ? skill->displayName() : s.key());
                    break;
                }
            }
        }
        const double points = via.isEmpty() ? 0 : it.value();
        total += points;
        score.contributions.append({Profile::upstreamDisplayName(work), points,
                                    via.isEmpty() ? tr("not done yet") : via,
                                    parametersFile + u": upstreamPoints."_s + work});
    }
    score.value = capped(total);
    return score;
}

Score ProfileScorer::trackRecordFactor(const Profile &profile) const
{
    Score score;
    const int large = std::min(profile.largeScaleProjects, m_parameters.largeScaleProjectsCounted);
    const int fresh =
        std::min(profile.newTechnologyProjects, m_parameters.newTechnologyProjectsCounted);
    const double experienceShare =
        std::min(double(profile.experienceYears), m_parameters.experienceYearsSaturation) /
        m_parameters.experienceYearsSaturation;
    const double largePoints = large * m_parameters.largeScaleProjectPoints;
    const double freshPoints = fresh * m_parameters.newTechnologyProjectPoints;
    const double experiencePoints = experienceShare * m_parameters.experiencePoints;
    score.contributions.append({tr("Large-scale projects: %1").arg(profile.largeScaleProjects),
                                largePoints,
                                tr("%1 points each, up to %2 projects")
                                    .arg(number(m_parameters.largeScaleProjectPoints, 0))
                                    .arg(m_parameters.largeScaleProjectsCounted),
                                parametersFile + u": trackRecordPoints.largeScaleProject"_s});
    score.contributions.append(
        {tr("New-technology projects: %1").arg(profile.newTechnologyProjects), freshPoints,
         tr("%1 points each, up to %2 projects")
             .arg(number(m_parameters.newTechnologyProjectPoints, 0))
             .arg(m_parameters.newTechnologyProjectsCounted),
         parametersFile + u": trackRecordPoints.newTechnologyProject"_s});
    score.contributions.append(
        {tr("Experience: %1 years").arg(profile.experienceYears), experiencePoints,
         tr("%1 points × %2 (years up to %3)")
             .arg(number(m_parameters.experiencePoints, 0), number(experienceShare),
                  number(m_parameters.experienceYearsSaturation, 0)),
         parametersFile + u": trackRecordPoints.experiencePoints"_s});
    score.value = capped(largePoints + freshPoints + experiencePoints);
    return score;
}

Score ProfileScorer::composite(const QMap<IncomeFactor, Score> &factors) const
{
    Score score;
    double total = 0;
    for (auto it = m_parameters.compositeWeights.begin(); it != m_parameters.compositeWeights.end();
         ++it) {
        const double points = it.value() * factors.value(it.key()).value;
        total += points;
        score.contributions.append(
            {IncomeFactors::displayName(it.key()), points,
             tr("factor score %1 × weight %2")
                 .arg(number(factors.value(it.key()).value, 1), number(it.value())),
             parametersFile + u": compositeFactorWeights."_s + IncomeFactors::key(it.key())});
    }
    score.value = capped(total);
    return score;
}
