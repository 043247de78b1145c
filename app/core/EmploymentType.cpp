#include "EmploymentType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace EmploymentTypes {

QList<EmploymentType> all()
{
    return {EmploymentType::FullTime, EmploymentType::Freelance, EmploymentType::Dispatch,
            EmploymentType::PartTime};
}

QString key(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime:
        return u"fulltime"_s;
    case EmploymentType::Freelance:
        return u"freelance"_s;
    case EmploymentType::Dispatch:
        return u"dispatch"_s;
    case EmploymentType::PartTime:
        return u"parttime"_s;
    }
    return {};
}

std::optional<EmploymentType> fromKey(const QString &key)
{
    for (EmploymentType type : all()) {
        if (EmploymentTypes::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString displayName(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime:
        return QCoreApplication::translate("EmploymentType", "Full-time employee");
    case EmploymentType::Freelance:
        return QCoreApplication::translate("EmploymentType", "Freelance");
    case EmploymentType::Dispatch:
        return QCoreApplication::translate("EmploymentType", "Dispatched worker");
    case EmploymentType::PartTime:
        return QCoreApplication::translate("EmploymentType", "Part-time");
    }
    return {};
}

} // namespace EmploymentTypes
