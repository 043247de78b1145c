#pragma once

#include "FunnelStage.h"
#include "SavedListing.h"

#include <QList>

// Counts of the saved listings by status, and the funnel saved → applied → interview → offer →
// contract. A listing counts at every stage up to the furthest it reached, taken from its
// history as well as its status: declining after an interview does not undo the interview,
// and a listing saved straight as "offer" passed the stages before it.
namespace PipelineFunnel {
// The funnel's stages in order (every status but Declined).
QList<ApplicationStatus> stages();
// A stage's name: "Saved" for the first (every saved listing, whatever its status now), else
// the status's own name.
QString stageName(ApplicationStatus stage);
// The furthest stage a listing reached; Interested when it never went past saving.
ApplicationStatus furthestStage(const SavedListing &saved);
QList<FunnelStage> of(const QList<SavedListing> &saved);
// How many listings stand at each status now, in ApplicationStatuses::all() order.
QList<int> countsByStatus(const QList<SavedListing> &saved);
} // namespace PipelineFunnel
