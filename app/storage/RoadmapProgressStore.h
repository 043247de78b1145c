#pragma once

#include "core/EmploymentType.h"
#include "core/IncomeProjection.h"
#include "core/RoadmapStepStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct RoadmapSettings
{
    qint64 targetYen = 0;
    std::optional<EmploymentType> employment; // empty: any
    double hoursPerWeek = 6;
    QDateTime startedAt; // UTC; invalid until the user starts the plan
    QList<PlannedPoint> planned;

    bool operator==(const RoadmapSettings &) const = default;
};

// Keeps the roadmap between runs: the target and study time, the plan as started, and each
// step's status by step id.
class RoadmapProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapProgressStore)

public:
    explicit RoadmapProgressStore(QSqlDatabase database);

    std::optional<RoadmapSettings> settings(QString *error = nullptr) const;
    bool saveSettings(const RoadmapSettings &settings, QString *error);

    QHash<QString, RoadmapStepStatus> statuses(QString *error = nullptr) const;
    // NotStarted removes the mark.
    bool setStatus(const QString &stepId, RoadmapStepStatus status, QString *error,
                   const QDateTime &when = QDateTime::currentDateTimeUtc());

private:
    QSqlDatabase m_database;
};
