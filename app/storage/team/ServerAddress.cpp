#include "ServerAddress.h"

#include <QStringList>
#include <QUrl>
#include <cctype>

using namespace Qt::StringLiterals;

namespace {

const QStringList schemes{u"postgresql://"_s, u"postgres://"_s};

// The libpq keywords a URI's query may carry besides host, port, dbname, user and password:
// the ones a team's connection may need (TLS, time-outs, names). Others are refused by name,
// so a typo does not silently mean "not set".
const QStringList knownOptions{u"sslmode"_s,          u"sslrootcert"_s,
                               u"sslcert"_s,          u"sslkey"_s,
                               u"sslcrl"_s,           u"sslcrldir"_s,
                               u"sslsni"_s,           u"connect_timeout"_s,
                               u"application_name"_s, u"target_session_attrs"_s,
                               u"channel_binding"_s,  u"gssencmode"_s,
                               u"keepalives"_s,       u"keepalives_idle"_s,
                               u"passfile"_s,         u"options"_s,
                               u"client_encoding"_s};

const QStringList sslModes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                           u"require"_s, u"verify-ca"_s, u"verify-full"_s};

// Percent-decoding as libpq does it: %XX is a byte, bytes are UTF-8. A lone or malformed %
// is an error, not text.
std::optional<QString> decoded(const QString &part)
{
    for (qsizetype i = part.indexOf(u'%'); i >= 0; i = part.indexOf(u'%', i + 1)) {
        if (i + 2 >= part.size() ||
            !std::isxdigit(static_cast<unsigned char>(part.at(i + 1).toLatin1())) ||
            !std::isxdigit(static_cast<unsigned char>(part.at(i + 2).toLatin1())))
            return std::nullopt;
    }
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    for (const QString &scheme : schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1 is not a PostgreSQL address: %2").arg(text, why);
        return std::nullopt;
    };
    QString rest;
    for (const QString &scheme : schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            rest = text.mid(scheme.size());
            break;
        }
    }
    if (rest.isNull())
        return fail(tr("it must start with postgresql://"));
    if (rest.contains(u'#'))
        return fail(tr("a # has no meaning in it"));

    ServerAddress address;
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    QString hostAndPort = rest;
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = rest.left(at);
        hostAndPort = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const auto user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        const auto password = decoded(colon >= 0 ? userInfo.mid(colon + 1) : QString());
        if (!user || !password)
            return fail(tr("the user name has a malformed %-escape"));
        address.m_user = *user;
        address.m_password = *password;
    }
    if (hostAndPort.contains(u','))
        return fail(tr("only one host may be named"));
    QString portText;
    if (hostAndPort.startsWith(u'[')) {
        const qsizetype close = hostAndPort.indexOf(u']');
        if (close < 0)
            return fail(tr("the IPv6 address has no closing ]"));
        address.m_host = hostAndPort.mid(1, close - 1);
        const QString after = hostAndPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return fail(tr("unexpected text after the IPv6 address: %1").arg(after));
        portText = after.mid(1);
        if (after.startsWith(u':') && portText.isEmpty())
            return fail(tr("the port is missing after the colon"));
    } else {
        const qsizetype colon = hostAndPort.indexOf(u':');
        const auto host = decoded(colon >= 0 ? hostAndPort.left(colon) : hostAndPort);
        if (!host)
            return fail(tr("the host name has a malformed %-escape"));
        address.m_host = *host;
        if (colon >= 0) {
            portText = hostAndPort.mid(colon + 1);
            if (portText.isEmpty())
                return fail(tr("the port is missing after the colon"));
        }
    }
    auto setPort = [&](const QString &value) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        address.m_port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return fail(tr("the port must be a number from 1 to 65535, not %1").arg(portText));
    const auto database = decoded(path);
    if (!database)
        return fail(tr("the database name has a malformed %-escape"));
    address.m_database = *database;

    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return fail(tr("the option %1 has no value (key=value)").arg(pair));
        const auto key = decoded(pair.left(equals));
        const auto value = decoded(pair.mid(equals + 1));
        if (!key || !value)
            return fail(tr("the option %1 has a malformed %-escape").arg(pair));
        if (value->contains(u';'))
            return fail(tr("the value of %1 may not contain a semicolon").arg(*key));
        if (*key == u"host"_s) {
            address.m_host = *value;
        } else if (*key == u"port"_s) {
            if (!setPort(*value))
                return fail(tr("the port must be a number from 1 to 65535, not %1").arg(*value));
        } else if (*key == u"dbname"_s) {
            address.m_database = *value;
        } else if (*key == u"user"_s) {
            address.m_user = *value;
        } else if (*key == u"password"_s) {
            address.m_password = *value;
        } else if (knownOptions.contains(*key)) {
            if (*key == u"sslmode"_s && !sslModes.contains(*value))
                return fail(
                    tr("sslmode must be one of %1, not %2").arg(sslModes.join(u", "_s), *value));
            address.m_options.append({*key, *value});
        } else {
            return fail(tr("%1 is not a connection option CareerPlanner knows").arg(*key));
        }
    }
    return address;
}

QString ServerAddress::sslMode() const
{
    for (const auto &[key, value] : m_options) {
        if (key == u"sslmode"_s)
            return value;
    }
    return u"prefer"_s;
}

QString ServerAddress::driverOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options)
        parts.append(key + u'=' + quotedValue(value));
    return parts.join(u';');
}

QString ServerAddress::toUri() const
{
    auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString uri = u"postgresql://"_s;
    if (!m_user.isEmpty())
        uri += encoded(m_user) + u'@';
    uri += m_host.contains(u':') ? u'[' + m_host + u']' : encoded(m_host);
    if (m_port > 0)
        uri += u':' + QString::number(m_port);
    uri += u'/' + encoded(m_database);
    QStringList query;
    for (const auto &[key, value] : m_options)
        query.append(key + u'=' + encoded(value));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString ServerAddress::databaseAndHost() const
{
    const QString host = m_host.isEmpty() ? tr("the local server") : m_host;
    const QString where = m_port > 0 ? u"%1:%2"_s.arg(host).arg(m_port) : host;
    const QString database = m_database.isEmpty() ? m_user : m_database;
    return tr("%1 on %2").arg(database, where);
}

QString ServerAddress::toDisplayString() const
{
    if (m_user.isEmpty())
        return databaseAndHost();
    return tr("%1 as %2").arg(databaseAndHost(), m_user);
}
