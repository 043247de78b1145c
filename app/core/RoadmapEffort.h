#pragma once

#include "JobType.h"
#include "SkillCategory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

struct CertificationEffort
{
    QString skillId;
    double studyHours = 0;
    QString prerequisite; // a certification to hold first; empty when none
};

// How long each kind of roadmap step takes, read from data/roadmap_steps.json. Study steps
// are in hours (months follow from the hours per week the user can spare); steps only work
// can give are in calendar months.
struct RoadmapEffort
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapEffort)

public:
    double weeksPerMonth = 4.33;
    double defaultHoursPerWeek = 6;
    int candidatesPerArea = 3;
    double learnYearsCredited = 1;
    QMap<SkillCategory, double> learnStudyHours; // languages, frontend, middleware, cloud
    double deepenYearsAdded = 1;
    double deepenMonths = 12;
    QList<CertificationEffort> certifications;
    double leadTeamMonths = 12;
    int firstTeamSize = 5;
    int largerTeamSize = 10;
    double upstreamMonths = 6;
    double largeScaleProjectMonths = 12;
    double newTechnologyProjectMonths = 6;
    double changeEmployerMonths = 3;
    double switchEmploymentMonths = 3;
    double freelanceMinimumExperienceYears = 3; // below it, going freelance is not offered
    // Relevance: the areas whose skills are offered for each job type, the listings that
    // almost fit, and the separate tracks offered only to those already on them.
    QMap<JobType, QList<SkillCategory>> relevantAreas;
    double nearFitMinimum = 0.5;
    int nearFitSkills = 4;
    QList<QStringList> separateTracks;

    static QString sourceFile() { return QStringLiteral("data/roadmap_steps.json"); }
    // On failure returns nothing and sets *error to the key and what was expected.
    static std::optional<RoadmapEffort> fromJson(const QByteArray &json, QString *error);
};
