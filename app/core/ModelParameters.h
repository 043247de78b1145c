#pragma once

#include "EmploymentType.h"
#include "IncomeFactor.h"
#include "JobType.h"
#include "RateConversion.h"
#include "SkillCategory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

struct TeamSizeStep
{
    int atLeast = 0;
    double points = 0;
};

// How skills are valued from market evidence (section skillValue of the parameters).
struct SkillValueParameters
{
    double priorListings = 20;          // listings that weigh as much as the published index
    double uncountedSourceWeight = 300; // a published average without a count, in listings
    double demandReferenceShare = 0.01; // share of skill mentions at which demand counts fully
    double demandFloor = 0.5;           // what a skill nobody asks for still counts
    double demandPriorMentions = 500; // mentions in your listings that weigh as much as the surveys
    QHash<QString, QString> roleSkills; // freelance-role key → catalogue skill id
};

// The freelance estimate (section freelance of the parameters).
struct FreelanceParameters
{
    double juniorShare = 0.6;      // a skill's rate at 0 years, as a share of its average
    double complementWeight = 0.5; // share of another area's premium that adds to the rate
    double roleWeight = 0.5;       // share of the PM / consultant premium earned by the factors
    double priorListings = 10;     // qualifying listings that weigh as much as the published rate
    double qualifyingFit = 0.75;
    int monthsPerYear = 12;
};

struct EmploymentPremium
{
    double below = 0; // fraction taken off at composite 0
    double above = 0; // fraction added at composite 100
};

// Every weight and threshold of the model, read from data/model_parameters.json.
struct ModelParameters
{
    Q_DECLARE_TR_FUNCTIONS(ModelParameters)

public:
    double depthSaturationYears = 5;
    QMap<SkillCategory, QList<double>> areaRankWeights; // the five areas
    double cloudCertificationPoints = 0;
    double leadingYearsSaturation = 5;
    double areaLeadingPoints = 0;
    double factorLeadingPoints = 0;
    QList<TeamSizeStep> teamSizeSteps;
    QMap<SkillCategory, double> skillsFactorAreaWeights;
    QMap<QString, double> upstreamPoints;        // upstream key → points
    QHash<QString, QString> upstreamSkillToWork; // catalogue skill id → upstream key
    double largeScaleProjectPoints = 0;
    int largeScaleProjectsCounted = 0;
    double newTechnologyProjectPoints = 0;
    int newTechnologyProjectsCounted = 0;
    double experienceYearsSaturation = 20;
    double experiencePoints = 0;
    QMap<IncomeFactor, double> compositeWeights;
    QMap<EmploymentType, EmploymentPremium> employmentPremium; // all but freelance
    double estimateSpread = 0.1;
    SkillValueParameters skillValue;
    FreelanceParameters freelance;
    double qualifyingFit = 0.75; // = freelance.qualifyingFit, used by the fitter
    int monthsPerYear = 12;
    // Which census occupation a job type's full-time pay follows (sw, sc, ot).
    QMap<JobType, QString> fullTimeOccupation;
    QString dispatchHourlyKey;    // hourly figure for dispatch work
    QString partTimeHourlyPrefix; // hourly figures for part-time work, by age band
    double billableHoursPerMonth = 160;
    double minimumBillableHours = 140;
    double maximumBillableHours = 180;
    double agencyMarginPercent = 0;
    double creditMet = 1;
    double creditPartly = 0.5;
    double creditUnknown = 0.5;
    double creditUnmet = 0;

    // The conversion before the user changes anything: default hours, margin, months.
    RateConversion defaultConversion() const
    {
        return {billableHoursPerMonth, agencyMarginPercent, monthsPerYear};
    }

    // On failure returns nothing and sets *error to the key path and what was expected.
    static std::optional<ModelParameters> fromJson(const QByteArray &json, QString *error);
};
