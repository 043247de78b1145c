// Replays the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) through the same property
// checks the libFuzzer targets run (FuzzProperties.h), in every ordinary test run: a seed that
// stops passing fails here, without clang or libFuzzer. The properties are also checked on a
// few inputs written for them, so each can be seen to fail.
#include "FuzzProperties.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void seedsPassTheirProperties_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(CAREERPLANNER_FUZZ_CORPUS));
        int seeds = 0;
        for (const QString &target : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir folder(corpus.filePath(target));
            for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(name))
                    << target << folder.filePath(name);
                ++seeds;
            }
        }
        QVERIFY2(seeds >= 30, "the seed corpora are missing"); // 4 targets, 31 seeds today
    }

    void seedsPassTheirProperties()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const QByteArray bytes = read(path);
        QString problem;
        if (target == u"listing_csv"_s)
            problem = FuzzProperties::listingFile(bytes);
        else if (target == u"pasted_listing"_s)
            problem = FuzzProperties::pastedListing(QString::fromUtf8(bytes));
        else if (target == u"rate"_s)
            problem = FuzzProperties::rate(QString::fromUtf8(bytes));
        else if (target == u"profile_json"_s)
            problem = FuzzProperties::profileJson(bytes);
        else
            QFAIL(qPrintable(u"no properties for the corpus "_s + target));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The listing file's properties hold on listings that are read, and their round trip is
    // checked for real: the seeds accept listings.
    void theListingSeedsAcceptListings()
    {
        const QByteArray bytes =
            read(QStringLiteral(CAREERPLANNER_FUZZ_CORPUS) + u"/listing_csv/listings.json"_s);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(ListingFileReader::parse(bytes, fuzzCatalogue()).accepted.size() > 0);
    }

    // Each property can fail: a listing with a rate out of bounds, a changed round trip.
    void thePropertiesCanFail()
    {
        Listing tooHigh;
        tooHigh.title = u"x"_s;
        tooHigh.monthlyRateMinYen = tooHigh.monthlyRateMaxYen = 999'000'000;
        QVERIFY(!FuzzProperties::rateInBounds(tooHigh).isEmpty());
        Listing changed = tooHigh;
        changed.title = u"y"_s;
        QVERIFY(!FuzzProperties::sameListing(tooHigh, changed));
        QVERIFY(FuzzProperties::sameListing(tooHigh, tooHigh));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
