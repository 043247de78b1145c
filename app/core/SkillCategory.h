#pragma once

#include <QList>
#include <QString>
#include <optional>

// The five income-raising skill areas, plus the upstream-process skills that feed the
// "upstream experience" income factor rather than an area of their own.
enum class SkillCategory
{
    Languages,
    Frontend,
    Middleware,
    Cloud,
    Management,
    Upstream
};

namespace SkillCategories {
QList<SkillCategory> all();
QString key(SkillCategory category);
std::optional<SkillCategory> fromKey(const QString &key);
QString displayName(SkillCategory category); // translated
} // namespace SkillCategories
