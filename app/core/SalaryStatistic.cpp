#include "SalaryStatistic.h"

#include "EmploymentType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString SalaryStatistic::displayOccupation() const
{
    if (occupation == u"se-web"_s)
        return QCoreApplication::translate("SalaryStatistic",
                                           "Systems engineer (web service development)");
    if (occupation == u"backend"_s)
        return QCoreApplication::translate("SalaryStatistic", "Backend engineer");
    if (occupation == u"frontend"_s)
        return QCoreApplication::translate("SalaryStatistic", "Frontend engineer");
    if (occupation == u"it-engineer"_s)
        return QCoreApplication::translate("SalaryStatistic", "Systems engineer (all)");
    return occupation;
}

QString SalaryStatistic::displayBucket() const
{
    if (dimension == u"age"_s && bucket.endsWith(u's')) {
        const QString decade = bucket.chopped(1);
        return QCoreApplication::translate("SalaryStatistic", "%1s", "age band, e.g. 40s")
            .arg(decade);
    }
    if (const auto employment = EmploymentTypes::fromKey(bucket))
        return EmploymentTypes::displayName(*employment);
    if (bucket == u"all"_s)
        return QCoreApplication::translate("SalaryStatistic", "All ages");
    return bucket;
}
