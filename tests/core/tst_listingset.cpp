// The compact listing store gives back every listing exactly as it was appended, its column
// accessors agree with the listing, and it costs a fraction of a QList<Listing>.
#include "core/ListingRate.h"
#include "core/ListingSet.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
std::optional<qint64> maybeRate(QRandomGenerator &random, qint64 base)
{
    return random.bounded(3) == 0 ? std::nullopt
                                  : std::optional<qint64>(base + random.bounded(1'000'000));
}

QString maybeText(QRandomGenerator &random, const QStringList &choices)
{
    return random.bounded(4) == 0 ? QString() : choices.at(random.bounded(int(choices.size())));
}

QList<Listing> randomListings(int count, bool withLongText)
{
    QRandomGenerator random(1130);
    const QStringList words{u"決済基盤"_s, u"Java"_s,  u"業務委託"_s,     u"正社員"_s,
                            u"長期"_s,     u"3ヶ月"_s, u"\U00020BB7野"_s, u"Go(2年以上)"_s};
    QList<Listing> listings;
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.id = 10 + i * 3;
        listing.title = u"案件 %1 "_s.arg(i) + maybeText(random, words);
        listing.monthlyRateMinYen = maybeRate(random, 400'000);
        listing.monthlyRateMaxYen = maybeRate(random, 800'000);
        if (random.bounded(5) == 0) {
            listing.hourlyRateMinYen = maybeRate(random, 2'000);
            listing.hourlyRateMaxYen = maybeRate(random, 5'000);
        }
        listing.rateText = maybeText(random, words);
        listing.contract = maybeText(random, words);
        listing.positions = maybeText(random, words);
        listing.duration = maybeText(random, words);
        listing.skillsText = maybeText(random, words);
        listing.workKind = maybeText(random, {u"backend"_s, u"infra"_s});
        listing.isSample = random.bounded(10) == 0;
        if (withLongText && random.bounded(2) == 0) {
            listing.workContent = maybeText(random, words);
            listing.location = maybeText(random, words);
            listing.remote = maybeText(random, words);
            listing.url = u"https://example.com/%1"_s.arg(i);
            listing.notes = maybeText(random, words);
            listing.source = u"test"_s;
        }
        for (int r = random.bounded(5); r > 0; --r)
            listing.requirements.append({maybeText(random, {u"java"_s, u"go"_s, u"aws"_s}),
                                         maybeText(random, words), double(random.bounded(6)) / 2});
        listings.append(listing);
    }
    return listings;
}
} // namespace

class TestListingSet : public QObject
{
    Q_OBJECT

private slots:
    void givesBackEveryListingAsAppended()
    {
        const QList<Listing> listings = randomListings(2'000, true);
        const ListingSet set(listings);
        QCOMPARE(set.size(), listings.size());
        for (qsizetype i = 0; i < listings.size(); ++i)
            QCOMPARE(set.at(i), listings.at(i));
        QCOMPARE(set.toList(), listings);
        qsizetype i = 0;
        for (const Listing &listing : set)
            QCOMPARE(listing, listings.at(i++));
        QCOMPARE(i, listings.size());
        QCOMPARE(set.first(), listings.first());
        QCOMPARE(set.last(), listings.last());
    }

    void columnsAgreeWithTheListings()
    {
        const QList<Listing> listings = randomListings(500, false);
        const ListingSet set(listings);
        QSet<QString> contracts;
        QSet<QString> durations;
        for (const Listing &listing : listings) {
            if (!listing.contract.isEmpty())
                contracts.insert(listing.contract);
            if (!listing.duration.isEmpty())
                durations.insert(listing.duration);
        }
        QStringList expectedContracts(contracts.begin(), contracts.end());
        QStringList expectedDurations(durations.begin(), durations.end());
        expectedContracts.sort();
        expectedDurations.sort();
        QVERIFY(expectedContracts.size() > 2);
        QCOMPARE(set.distinctContracts(), expectedContracts);
        QCOMPARE(set.distinctDurations(), expectedDurations);
        for (qsizetype i = 0; i < listings.size(); ++i) {
            const Listing &listing = listings.at(i);
            QCOMPARE(set.id(i), listing.id);
            QCOMPARE(set.title(i), listing.title);
            QCOMPARE(set.monthlyRateMinYen(i), listing.monthlyRateMinYen);
            QCOMPARE(set.monthlyRateMaxYen(i), listing.monthlyRateMaxYen);
            QCOMPARE(set.representativeMonthlyYen(i),
                     ListingRate::representativeMonthlyYen(listing));
            QCOMPARE(set.contract(i), listing.contract);
            QCOMPARE(set.duration(i), listing.duration);
            QCOMPARE(set.workKind(i), listing.workKind);
            QCOMPARE(set.requirementCount(i), listing.requirements.size());
            for (qsizetype k = 0; k < listing.requirements.size(); ++k) {
                QCOMPARE(set.requirementSkillId(i, k), listing.requirements.at(k).skillId);
                QCOMPARE(set.requirementText(i, k), listing.requirements.at(k).text);
                QCOMPARE(set.requirementYears(i, k), listing.requirements.at(k).minimumYears);
            }
        }
    }

    // As the database gives them: the listings first, then the requirements listing by listing.
    void requirementsAddedAfterTheListings()
    {
        ListingSet set;
        for (qint64 id : {1, 2, 3, 4}) {
            Listing listing;
            listing.id = id;
            set.append(listing);
        }
        set.appendRequirement(1, {u"java"_s, u"Java"_s, 3});
        set.appendRequirement(1, {u"aws"_s, u"AWS"_s, 1});
        set.appendRequirement(3, {QString(), u"折衝力"_s, 0});
        set.squeeze();
        QCOMPARE(set.at(0).requirements, QList<ListingRequirement>());
        QCOMPARE(set.at(1).requirements,
                 (QList<ListingRequirement>{{u"java"_s, u"Java"_s, 3}, {u"aws"_s, u"AWS"_s, 1}}));
        QCOMPARE(set.at(2).requirements, QList<ListingRequirement>());
        QCOMPARE(set.at(3).requirements, (QList<ListingRequirement>{{QString(), u"折衝力"_s, 0}}));
    }

    void copiesShareUntilChanged()
    {
        const ListingSet original(randomListings(10, false));
        ListingSet copy = original;
        Listing extra;
        extra.id = 999;
        extra.title = u"追加"_s;
        copy.append(extra);
        QCOMPARE(original.size(), 10);
        QCOMPARE(copy.size(), 11);
        QCOMPARE(copy.last().title, u"追加"_s);
        QCOMPARE(original.last(), randomListings(10, false).last());
    }

    // The point of the set: a summary costs well under the 416 bytes of a Listing object
    // alone (titles of about 20 characters, a few requirements).
    void costsAFractionOfAListOfListings()
    {
        const ListingSet set(randomListings(20'000, false));
        const double perListing = double(set.memoryBytes()) / double(set.size());
        QVERIFY2(perListing < 200, qPrintable(QString::number(perListing)));
    }
};

QTEST_GUILESS_MAIN(TestListingSet)
#include "tst_listingset.moc"
