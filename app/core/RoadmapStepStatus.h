#pragma once

#include <QList>
#include <QString>
#include <optional>

// Where the user is with a roadmap step. Kept by step id, so a recomputed plan keeps them.
enum class RoadmapStepStatus
{
    NotStarted,
    InProgress,
    Done,
    Skipped
};

namespace RoadmapStepStatuses {
QList<RoadmapStepStatus> all();
QString key(RoadmapStepStatus status); // "not-started" | "in-progress" | "done" | "skipped"
std::optional<RoadmapStepStatus> fromKey(const QString &key);
QString displayName(RoadmapStepStatus status); // translated
} // namespace RoadmapStepStatuses
