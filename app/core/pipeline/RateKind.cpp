#include "RateKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace RateKinds {

QList<RateKind> all()
{
    return {RateKind::Desired, RateKind::Offered, RateKind::Accepted};
}

QString key(RateKind kind)
{
    switch (kind) {
    case RateKind::Desired:
        return u"desired"_s;
    case RateKind::Offered:
        return u"offered"_s;
    case RateKind::Accepted:
        return u"accepted"_s;
    }
    return u"desired"_s;
}

std::optional<RateKind> fromKey(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (RateKind kind : all()) {
        if (key(kind) == wanted)
            return kind;
    }
    return std::nullopt;
}

QString displayName(RateKind kind)
{
    switch (kind) {
    case RateKind::Desired:
        return QCoreApplication::translate("RateKind", "Desired");
    case RateKind::Offered:
        return QCoreApplication::translate("RateKind", "Offered");
    case RateKind::Accepted:
        return QCoreApplication::translate("RateKind", "Accepted");
    }
    return {};
}

} // namespace RateKinds
