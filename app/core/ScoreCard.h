#pragma once

#include "IncomeFactor.h"
#include "SkillCategory.h"

#include <QList>
#include <QMap>
#include <QString>

// One input's share of a figure: what it was, how many points (or yen) it moved the figure,
// and why, with the data it came from.
struct Contribution
{
    QString input; // e.g. "Java, 15 years"
    double amount = 0;
    QString reason; // e.g. "1st language: weight 45 × depth 1.00 × premium 1.00 (assumed)"
    QString source; // e.g. "data/model_parameters.json: areaRankWeights.languages"

    bool operator==(const Contribution &) const = default;
};

struct Score
{
    double value = 0; // 0–100
    QList<Contribution> contributions;

    bool operator==(const Score &) const = default;
};

// The five skill-area scores, the four income-factor scores and the composite that places
// the income estimate, each with its explanation.
struct ScoreCard
{
    QMap<SkillCategory, Score> areas; // Languages … Management (no Upstream)
    QMap<IncomeFactor, Score> factors;
    Score composite;

    bool operator==(const ScoreCard &) const = default;

    static QList<SkillCategory> areaOrder()
    {
        return {SkillCategory::Languages, SkillCategory::Frontend, SkillCategory::Middleware,
                SkillCategory::Cloud, SkillCategory::Management};
    }
};
