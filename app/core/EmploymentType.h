#pragma once

#include <QList>
#include <QString>
#include <optional>

enum class EmploymentType
{
    FullTime,
    Freelance,
    Dispatch,
    PartTime
};

namespace EmploymentTypes {
QList<EmploymentType> all();
QString key(EmploymentType type); // "fulltime" | "freelance" | "dispatch" | "parttime"
std::optional<EmploymentType> fromKey(const QString &key);
QString displayName(EmploymentType type); // translated
} // namespace EmploymentTypes
