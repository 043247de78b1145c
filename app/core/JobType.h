#pragma once

#include <QList>
#include <QString>
#include <optional>

// The kind of engineering work a profile describes; it selects which salary statistics apply.
enum class JobType
{
    Backend,
    Frontend,
    Infrastructure,
    ProjectManagement
};

namespace JobTypes {
QList<JobType> all();
QString key(JobType type); // the stable key used in files and the database: "backend", …
std::optional<JobType> fromKey(const QString &key);
QString displayName(JobType type); // translated
} // namespace JobTypes
