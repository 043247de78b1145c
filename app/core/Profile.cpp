#include "Profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QStringList Profile::upstreamKeys()
{
    return {u"requirements"_s, u"basic-design"_s, u"client-negotiation"_s};
}

QString Profile::upstreamDisplayName(const QString &key)
{
    if (key == u"requirements"_s)
        return QCoreApplication::translate("Profile", "Requirements definition");
    if (key == u"basic-design"_s)
        return QCoreApplication::translate("Profile", "Basic design");
    if (key == u"client-negotiation"_s)
        return QCoreApplication::translate("Profile", "Client negotiation");
    return key;
}

QString Profile::upstreamSkillId(const QString &key)
{
    return key == u"requirements"_s ? u"requirements-definition"_s : key;
}
