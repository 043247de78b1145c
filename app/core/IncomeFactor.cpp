#include "IncomeFactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace IncomeFactors {

QList<IncomeFactor> all()
{
    return {IncomeFactor::Skills, IncomeFactor::Management, IncomeFactor::Upstream,
            IncomeFactor::TrackRecord};
}

QString key(IncomeFactor factor)
{
    switch (factor) {
    case IncomeFactor::Skills:
        return u"skills"_s;
    case IncomeFactor::Management:
        return u"management"_s;
    case IncomeFactor::Upstream:
        return u"upstream"_s;
    case IncomeFactor::TrackRecord:
        return u"trackRecord"_s;
    }
    return {};
}

std::optional<IncomeFactor> fromKey(const QString &key)
{
    for (IncomeFactor factor : all()) {
        if (IncomeFactors::key(factor) == key)
            return factor;
    }
    return std::nullopt;
}

QString displayName(IncomeFactor factor)
{
    switch (factor) {
    case IncomeFactor::Skills:
        return QCoreApplication::translate("IncomeFactor", "Skills");
    case IncomeFactor::Management:
        return QCoreApplication::translate("IncomeFactor", "Management experience");
    case IncomeFactor::Upstream:
        return QCoreApplication::translate("IncomeFactor", "Upstream experience");
    case IncomeFactor::TrackRecord:
        return QCoreApplication::translate("IncomeFactor", "Track record");
    }
    return {};
}

} // namespace IncomeFactors
