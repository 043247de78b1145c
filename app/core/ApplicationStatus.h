#pragma once

#include <QList>
#include <QString>
#include <optional>

// Where the user stands with a saved listing, in the order an application goes through an
// agency: 検討中 → 応募済み → 面談 → 内定 → 契約, or 辞退 at any point. The keys are stored in
// the database and in exported JSON, so they never change.
enum class ApplicationStatus
{
    Interested,
    Applied,
    Interviewing,
    Offered,
    Contracted,
    Declined
};

namespace ApplicationStatuses {
QList<ApplicationStatus> all();
QString key(ApplicationStatus status);
std::optional<ApplicationStatus> fromKey(const QString &key);
QString displayName(ApplicationStatus status);
} // namespace ApplicationStatuses
