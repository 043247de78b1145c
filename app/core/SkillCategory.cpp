#include "SkillCategory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SkillCategories {

QList<SkillCategory> all()
{
    return {SkillCategory::Languages, SkillCategory::Frontend,   SkillCategory::Middleware,
            SkillCategory::Cloud,     SkillCategory::Management, SkillCategory::Upstream};
}

QString key(SkillCategory category)
{
    switch (category) {
    case SkillCategory::Languages:
        return u"languages"_s;
    case SkillCategory::Frontend:
        return u"frontend"_s;
    case SkillCategory::Middleware:
        return u"middleware"_s;
    case SkillCategory::Cloud:
        return u"cloud"_s;
    case SkillCategory::Management:
        return u"management"_s;
    case SkillCategory::Upstream:
        return u"upstream"_s;
    }
    return {};
}

std::optional<SkillCategory> fromKey(const QString &key)
{
    for (SkillCategory category : all()) {
        if (SkillCategories::key(category) == key)
            return category;
    }
    return std::nullopt;
}

QString displayName(SkillCategory category)
{
    switch (category) {
    case SkillCategory::Languages:
        return QCoreApplication::translate("SkillCategory", "Programming languages");
    case SkillCategory::Frontend:
        return QCoreApplication::translate("SkillCategory", "Frontend");
    case SkillCategory::Middleware:
        return QCoreApplication::translate("SkillCategory", "Middleware");
    case SkillCategory::Cloud:
        return QCoreApplication::translate("SkillCategory", "Cloud");
    case SkillCategory::Management:
        return QCoreApplication::translate("SkillCategory", "Management");
    case SkillCategory::Upstream:
        return QCoreApplication::translate("SkillCategory", "Upstream processes");
    }
    return {};
}

} // namespace SkillCategories
