#include "ApplicationStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ApplicationStatuses {

QList<ApplicationStatus> all()
{
    return {ApplicationStatus::Interested,   ApplicationStatus::Applied,
            ApplicationStatus::Interviewing, ApplicationStatus::Offered,
            ApplicationStatus::Contracted,   ApplicationStatus::Declined};
}

QString key(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Interested:
        return u"interested"_s;
    case ApplicationStatus::Applied:
        return u"applied"_s;
    case ApplicationStatus::Interviewing:
        return u"interviewing"_s;
    case ApplicationStatus::Offered:
        return u"offered"_s;
    case ApplicationStatus::Contracted:
        return u"contracted"_s;
    case ApplicationStatus::Declined:
        return u"declined"_s;
    }
    return u"interested"_s;
}

std::optional<ApplicationStatus> fromKey(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (ApplicationStatus status : all()) {
        if (key(status) == wanted)
            return status;
    }
    return std::nullopt;
}

QString displayName(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Interested:
        return QCoreApplication::translate("ApplicationStatus", "Considering");
    case ApplicationStatus::Applied:
        return QCoreApplication::translate("ApplicationStatus", "Applied");
    case ApplicationStatus::Interviewing:
        return QCoreApplication::translate("ApplicationStatus", "Interview");
    case ApplicationStatus::Offered:
        return QCoreApplication::translate("ApplicationStatus", "Offer");
    case ApplicationStatus::Contracted:
        return QCoreApplication::translate("ApplicationStatus", "Contracted");
    case ApplicationStatus::Declined:
        return QCoreApplication::translate("ApplicationStatus", "Declined");
    }
    return {};
}

} // namespace ApplicationStatuses
