#include "JobType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace JobTypes {

QList<JobType> all()
{
    return {JobType::Backend, JobType::Frontend, JobType::Infrastructure,
            JobType::ProjectManagement};
}

QString key(JobType type)
{
    switch (type) {
    case JobType::Backend:
        return u"backend"_s;
    case JobType::Frontend:
        return u"frontend"_s;
    case JobType::Infrastructure:
        return u"infrastructure"_s;
    case JobType::ProjectManagement:
        return u"pm"_s;
    }
    return {};
}

std::optional<JobType> fromKey(const QString &key)
{
    for (JobType type : all()) {
        if (JobTypes::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString displayName(JobType type)
{
    switch (type) {
    case JobType::Backend:
        return QCoreApplication::translate("JobType", "Backend engineer");
    case JobType::Frontend:
        return QCoreApplication::translate("JobType", "Frontend engineer");
    case JobType::Infrastructure:
        return QCoreApplication::translate("JobType", "Infrastructure engineer");
    case JobType::ProjectManagement:
        return QCoreApplication::translate("JobType", "Project manager");
    }
    return {};
}

} // namespace JobTypes
