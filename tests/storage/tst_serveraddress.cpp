// The team database's address: libpq connection URIs as psql takes them, read without a
// network; malformed ones are refused naming the part at fault, and the password never leaves.
#include "storage/team/ServerAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPart_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("driverOptions");

        QTest::newRow("the issue's example")
            << u"postgresql://user@host:5432/careerplanner?sslmode=verify-full"_s << u"host"_s
            << 5432 << u"careerplanner"_s << u"user"_s << u"verify-full"_s
            << u"sslmode='verify-full'"_s;
        QTest::newRow("postgres scheme, no port, no user")
            << u"postgres://db.example.com/listings"_s << u"db.example.com"_s << -1 << u"listings"_s
            << QString() << u"prefer"_s << QString();
        QTest::newRow("only the scheme: every default")
            << u"postgresql://"_s << QString() << -1 << QString() << QString() << u"prefer"_s
            << QString();
        QTest::newRow("IPv6 with a port")
            << u"postgresql://alice@[2001:db8::1]:6543/team"_s << u"2001:db8::1"_s << 6543
            << u"team"_s << u"alice"_s << u"prefer"_s << QString();
        QTest::newRow("percent-escapes, a socket folder as host")
            << u"postgresql://%E5%B1%B1%E7%94%B0@%2Fvar%2Frun%2Fpostgresql/%E6%A1%88%E4%BB%B6"_s
            << u"/var/run/postgresql"_s << -1 << u"案件"_s << u"山田"_s << u"prefer"_s << QString();
        QTest::newRow("query keywords override and add")
            << u"postgresql://x@h/d?host=other&port=7000&user=bob&dbname=real"
               "&sslrootcert=/etc/ssl/team%20ca.pem&connect_timeout=3"_s
            << u"other"_s << 7000 << u"real"_s << u"bob"_s << u"prefer"_s
            << u"sslrootcert='/etc/ssl/team ca.pem';connect_timeout='3'"_s;
        QTest::newRow("a quote in a value is escaped for the driver")
            << u"postgresql://h/d?application_name=it's"_s << u"h"_s << -1 << u"d"_s << QString()
            << u"prefer"_s << u"application_name='it\\'s'"_s;
    }

    void readsEveryPart()
    {
        QFETCH(QString, uri);
        QVERIFY(ServerAddress::looksLikeServer(uri));
        QString error;
        const auto address = ServerAddress::parse(uri, &error);
        QVERIFY2(address, qPrintable(error));
        QTEST(address->host(), "host");
        QTEST(address->port(), "port");
        QTEST(address->database(), "database");
        QTEST(address->user(), "user");
        QTEST(address->sslMode(), "sslMode");
        QTEST(address->driverOptions(), "driverOptions");
        // What Settings keeps reads back as the same address.
        const auto again = ServerAddress::parse(address->toUri(), &error);
        QVERIFY2(again, qPrintable(address->toUri() + u": "_s + error));
        QCOMPARE(*again, *address);
    }

    void refusesMalformedAddressesNamingThePart_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("named");
        QTest::newRow("port not a number") << u"postgresql://h:54x2/d"_s << u"54x2"_s;
        QTest::newRow("port out of range") << u"postgresql://h:70000/d"_s << u"70000"_s;
        QTest::newRow("colon without a port") << u"postgresql://h:/d"_s << u"port"_s;
        QTest::newRow("two hosts") << u"postgresql://a,b/d"_s << u"one host"_s;
        QTest::newRow("unclosed IPv6") << u"postgresql://[::1/d"_s << u"IPv6"_s;
        QTest::newRow("bad escape") << u"postgresql://h/d%zz"_s << u"database name"_s;
        QTest::newRow("unknown option") << u"postgresql://h/d?sslmod=require"_s << u"sslmod"_s;
        QTest::newRow("bad sslmode") << u"postgresql://h/d?sslmode=always"_s << u"always"_s;
        QTest::newRow("option without value") << u"postgresql://h/d?sslmode"_s << u"sslmode"_s;
        QTest::newRow("semicolon in a value")
            << u"postgresql://h/d?application_name=a;b"_s << u"semicolon"_s;
        QTest::newRow("a fragment") << u"postgresql://h/d#x"_s << u"#"_s;
        QTest::newRow("not a URI") << u"mysql://h/d"_s << u"postgresql://"_s;
    }

    void refusesMalformedAddressesNamingThePart()
    {
        QFETCH(QString, uri);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ServerAddress::parse(uri, &error));
        QVERIFY2(error.contains(uri), qPrintable(error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void filePathsAreNeverServers()
    {
        QVERIFY(!ServerAddress::looksLikeServer(u"/home/a/careerplanner.sqlite"_s));
        QVERIFY(!ServerAddress::looksLikeServer(u"postgresql.sqlite"_s));
        QVERIFY(!ServerAddress::looksLikeServer(u"postgresql:/x"_s));
        QVERIFY(ServerAddress::looksLikeServer(u"POSTGRESQL://h/d"_s));
    }

    void thePasswordIsUsedButNeverShownOrKept()
    {
        QString error;
        const auto address =
            ServerAddress::parse(u"postgresql://alice:s%40cret@h:5432/team"_s, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->password(), u"s@cret"_s);
        QCOMPARE(address->toUri(), u"postgresql://alice@h:5432/team"_s);
        QVERIFY(!address->toDisplayString().contains(u"cret"_s));
        QCOMPARE(address->toDisplayString(), u"team on h:5432 as alice"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
