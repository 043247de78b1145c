#pragma once

#include "RoadmapPlan.h"
#include "TargetQuestion.h"

#include <QCoreApplication>
#include <QString>

// The plan in sentences, the same in the window, the command line and the report: where it
// starts, and whether the steps reach the target — when not, how close they get.
class RoadmapSummary
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapSummary)

public:
    static QString heading(const RoadmapPlan &plan);
    static QString start(const RoadmapPlan &plan);
    static QString verdict(const RoadmapPlan &plan);
    static QString months(double months); // "about 14 months", "about 2 years 3 months"
    // The reverse question in words: "what it takes to reach ¥10.00M within 36 months".
    static QString question(const TargetQuestion &question, int byAge = -1);
    // One employment type's answer: reachable with which steps in how long, or the closest.
    static QString answer(const TargetAnswer &answer, const TargetQuestion &question);
    // "+45万円" / "−12万円": a signed annual amount.
    static QString signedAnnual(qint64 yen);
    // How many more listings a step qualifies for, with their rates: "12 (60万〜90万円/月)", "0".
    static QString newListingsText(const PlannedStep &step);
};
