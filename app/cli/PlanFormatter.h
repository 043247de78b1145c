#pragma once

#include "core/RoadmapPlan.h"
#include "core/RoadmapStepStatus.h"
#include "core/TargetQuestion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

// The roadmap as text for a terminal or as JSON for scripts: ordered steps, each with its
// gain per employment type, the listings it newly qualifies for, its effort and its status.
class PlanFormatter
{
    Q_DECLARE_TR_FUNCTIONS(PlanFormatter)

public:
    PlanFormatter(const RoadmapPlan &plan, QHash<QString, RoadmapStepStatus> statuses = {});

    // Adds the reverse question and its answers per employment type to both outputs.
    void setAnswers(const TargetQuestion &question, const QList<TargetAnswer> &answers,
                    int byAge = -1);

    QString text() const;
    QByteArray json() const;

private:
    const RoadmapPlan &m_plan;
    QHash<QString, RoadmapStepStatus> m_statuses;
    std::optional<TargetQuestion> m_question;
    QList<TargetAnswer> m_answers;
    int m_byAge = -1;
};
