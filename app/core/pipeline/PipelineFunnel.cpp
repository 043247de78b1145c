#include "PipelineFunnel.h"

#include <QCoreApplication>

namespace PipelineFunnel {

namespace {
// -1 for Declined, which is not a stage.
int stageIndex(ApplicationStatus status)
{
    // Built once: this runs for every entry of every listing's history.
    static const QList<ApplicationStatus> order = stages();
    return int(order.indexOf(status));
}
} // namespace

QList<ApplicationStatus> stages()
{
    return {ApplicationStatus::Interested, ApplicationStatus::Applied,
            ApplicationStatus::Interviewing, ApplicationStatus::Offered,
            ApplicationStatus::Contracted};
}

QString stageName(ApplicationStatus stage)
{
    if (stage == ApplicationStatus::Interested)
        return QCoreApplication::translate("PipelineFunnel", "Saved");
    return ApplicationStatuses::displayName(stage);
}

ApplicationStatus furthestStage(const SavedListing &saved)
{
    int furthest = std::max(0, stageIndex(saved.status));
    for (const StatusChange &change : saved.history)
        furthest = std::max(furthest, stageIndex(change.status));
    return stages().at(furthest);
}

QList<FunnelStage> of(const QList<SavedListing> &saved)
{
    const QList<ApplicationStatus> order = stages();
    QList<FunnelStage> funnel;
    for (ApplicationStatus status : order)
        funnel.append({status, 0, std::nullopt});
    for (const SavedListing &listing : saved) {
        const int furthest = stageIndex(furthestStage(listing));
        for (int stage = 0; stage <= furthest; ++stage)
            ++funnel[stage].reached;
    }
    for (int stage = 1; stage < funnel.size(); ++stage) {
        if (funnel.at(stage - 1).reached > 0)
            funnel[stage].shareOfPrevious =
                double(funnel.at(stage).reached) / funnel.at(stage - 1).reached;
    }
    return funnel;
}

QList<int> countsByStatus(const QList<SavedListing> &saved)
{
    const QList<ApplicationStatus> statuses = ApplicationStatuses::all();
    QList<int> counts(statuses.size(), 0);
    for (const SavedListing &listing : saved)
        ++counts[statuses.indexOf(listing.status)];
    return counts;
}

} // namespace PipelineFunnel
