#include "RoadmapStepStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace RoadmapStepStatuses {

QList<RoadmapStepStatus> all()
{
    return {RoadmapStepStatus::NotStarted, RoadmapStepStatus::InProgress, RoadmapStepStatus::Done,
            RoadmapStepStatus::Skipped};
}

QString key(RoadmapStepStatus status)
{
    switch (status) {
    case RoadmapStepStatus::NotStarted:
        return u"not-started"_s;
    case RoadmapStepStatus::InProgress:
        return u"in-progress"_s;
    case RoadmapStepStatus::Done:
        return u"done"_s;
    case RoadmapStepStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

std::optional<RoadmapStepStatus> fromKey(const QString &key)
{
    for (RoadmapStepStatus status : all()) {
        if (RoadmapStepStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(RoadmapStepStatus status)
{
    switch (status) {
    case RoadmapStepStatus::NotStarted:
        return QCoreApplication::translate("RoadmapStepStatus", "Not started");
    case RoadmapStepStatus::InProgress:
        return QCoreApplication::translate("RoadmapStepStatus", "In progress");
    case RoadmapStepStatus::Done:
        return QCoreApplication::translate("RoadmapStepStatus", "Done");
    case RoadmapStepStatus::Skipped:
        return QCoreApplication::translate("RoadmapStepStatus", "Skipped");
    }
    return {};
}

} // namespace RoadmapStepStatuses
