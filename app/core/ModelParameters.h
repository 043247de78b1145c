#pragma once

#include "EmploymentType.h"
#include "IncomeFactor.h"
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
    int minimumQualifyingListings = 8;
    int topListingsConsidered = 8;
    double qualifyingFit = 0.75;
    int monthsPerYear = 12;
    double billableHoursPerMonth = 160;
    double minimumBillableHours = 140;
    double maximumBillableHours = 180;
    double agencyMarginPercent = 0;
    int premiumMinimumListings = 8;
    double premiumMinimum = 0.8;
    double premiumMaximum = 1.5;
    QHash<QString, double> assumedPremiums;
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
