#pragma once

#include <QList>
#include <QString>
#include <optional>

// The four income factors the salary sources name.
enum class IncomeFactor
{
    Skills,
    Management,
    Upstream,
    TrackRecord
};

namespace IncomeFactors {
QList<IncomeFactor> all();
QString key(IncomeFactor factor); // "skills" | "management" | "upstream" | "trackRecord"
std::optional<IncomeFactor> fromKey(const QString &key);
QString displayName(IncomeFactor factor); // translated
} // namespace IncomeFactors
