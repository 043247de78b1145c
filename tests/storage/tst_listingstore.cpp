// Listings in the real SQLite database: search through the trigram index and the short-word
// path, filters on the base table, the import writer's one transaction (cancel, failure,
// duplicates) and saved listings.
#include "core/ListingImportPreview.h"
#include "storage/Database.h"
#include "storage/ListingDuplicateIndex.h"
#include "storage/ListingFileImport.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/ListingSearchQuery.h"
#include "storage/SavedListingRepository.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
Listing makeListing(const QString &title, std::optional<qint64> monthly, const QString &work = {},
                    const QString &skills = {})
{
    Listing listing;
    listing.title = title;
    listing.monthlyRateMinYen = monthly;
    listing.monthlyRateMaxYen = monthly;
    listing.workContent = work;
    listing.skillsText = skills;
    listing.contract = u"業務委託"_s;
    listing.source = u"test"_s;
    return listing;
}

QList<ImportedListing> imported(const QList<Listing> &listings)
{
    QList<ImportedListing> result;
    for (qsizetype i = 0; i < listings.size(); ++i)
        result.append({int(i) + 2, listings.at(i), {}});
    return result;
}
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}
} // namespace

class TestListingStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>();
        QVERIFY2(m_database->open(m_dir.filePath(u"%1.sqlite"_s.arg(++m_counter))),
                 qPrintable(m_database->lastError()));
        // Start from an empty listings table: the samples would only blur the counts.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"DELETE FROM listings"_s));
        Listing hourly = makeListing(u"Goによる配送管理システム開発"_s, std::nullopt,
                                     u"配送管理の新機能開発"_s, u"Go(2年以上)"_s);
        hourly.hourlyRateMinYen = 4'000;
        hourly.hourlyRateMaxYen = 4'000;
        hourly.rateText = u"時給4,000円"_s;
        Listing fullTime = makeListing(u"社内SE(インフラ)"_s, std::nullopt,
                                       u"オンプレミスからAWSへの移行"_s, u"AWS、Linux"_s);
        fullTime.contract = u"正社員"_s;
        fullTime.requirements = {{u"aws"_s, u"AWS"_s, 0}};
        const QList<Listing> listings{
            makeListing(u"決済基盤のAPI開発"_s, 800'000, u"決済基盤のAPI設計と既存システムの保守"_s,
                        u"Javaでの開発経験(3年以上)"_s),
            hourly,
            fullTime,
            makeListing(u"C++による組込み開発"_s, 650'000, u"車載機器のファームウェア"_s,
                        u"C++(5年以上)"_s),
            makeListing(u"Googleアナリティクス導入支援"_s, 550'000, u"計測タグの設計"_s),
        };
        const ListingImportOutcome outcome = ListingImportWriter(m_database->connection())
                                                 .write(imported(listings), DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 5);
    }

    void cleanup() { m_database.reset(); }

    // Every stored listing has its own UUID; an import keeps a file's, and a listing whose
    // UUID is stored already (or earlier in the file) is that listing: skipped, or merged into
    // it, whatever its title says now.
    void aListingIsKnownByItsStableId()
    {
        ListingRepository repository(m_database->connection());
        const QList<Listing> stored = repository.all();
        QCOMPARE(stored.size(), 5);
        QSet<QString> uuids;
        for (const Listing &listing : stored) {
            QVERIFY(!QUuid::fromString(listing.uuid).isNull());
            uuids.insert(listing.uuid);
        }
        QCOMPARE(uuids.size(), 5);

        Listing renamed = stored.first();
        renamed.title = u"決済基盤のAPI開発（改題）"_s;
        renamed.url = u"https://example.com/renamed"_s;
        Listing fresh = makeListing(u"新しい案件"_s, 700'000, u"要件定義"_s);
        fresh.uuid = u"0c8e6f1a-2b3d-4e5f-8a9b-1c2d3e4f5a6b"_s;
        Listing again = fresh;
        again.title = u"新しい案件（重複）"_s;
        ListingImportOutcome outcome =
            ListingImportWriter(m_database->connection())
                .write(imported({renamed, fresh, again}), DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 1);
        QCOMPARE(outcome.skippedDuplicates, 2);
        const QList<Listing> now = repository.all();
        QCOMPARE(now.size(), 6);
        QCOMPARE(now.last().uuid, fresh.uuid);
        QCOMPARE(now.first().title, stored.first().title); // skipped, not renamed

        // Merged: the stored listing's empty fields are filled from it.
        outcome = ListingImportWriter(m_database->connection())
                      .write(imported({renamed}), DuplicatePolicy::Merge);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.merged, 1);
        QCOMPARE(repository.byIds({stored.first().id}).first().url,
                 u"https://example.com/renamed"_s);
        QCOMPARE(repository.count(), 6);
    }

    void findsJapaneseWordsInsideLongerText()
    {
        // The import filled the index in one statement and put the trigger back.
        QSqlQuery trigger(m_database->connection());
        QVERIFY(trigger.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'listings_fts_insert'"_s));
        QVERIFY(trigger.next());
        QCOMPARE(trigger.value(0).toInt(), 1);
        QSqlQuery integrity(m_database->connection());
        QVERIFY(integrity.exec(
            u"INSERT INTO listings_fts (listings_fts, rank) VALUES ('integrity-check', 1)"_s));
        QCOMPARE(titles(search(u"決済基盤"_s)), QStringList{u"決済基盤のAPI開発"_s});
        QCOMPARE(titles(search(u"ファームウェア"_s)), QStringList{u"C++による組込み開発"_s});
        // Two words: both must be found, each anywhere in title, work or skills.
        QCOMPARE(titles(search(u"AWS 移行"_s)), QStringList{u"社内SE(インフラ)"_s});
        QCOMPARE(titles(search(u"AWS\u3000存在しない語"_s)), QStringList());
    }

    void findsWordsShorterThanATrigram()
    {
        // A trigram index cannot match one or two characters; these go through instr().
        QCOMPARE(titles(search(u"保守"_s)), QStringList{u"決済基盤のAPI開発"_s});
        QCOMPARE(titles(search(u"SE"_s)), QStringList{u"社内SE(インフラ)"_s});
        QStringList go = titles(search(u"go"_s));
        go.sort();
        // Plain substring search, case-insensitive for Latin letters: "Google" contains "go".
        QCOMPARE(go, QStringList(
                         {u"Googleアナリティクス導入支援"_s, u"Goによる配送管理システム開発"_s}));
        // A short word and a long word together.
        QCOMPARE(titles(search(u"Go 配送"_s)), QStringList{u"Goによる配送管理システム開発"_s});
    }

    void hostileTextIsSearchedAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("c++") << u"c++"_s << QStringList{u"C++による組込み開発"_s};
        QTest::addRow("unbalanced quote") << u"\"abc"_s << QStringList();
        QTest::addRow("quote inside") << u"決済\"基盤"_s << QStringList();
        QTest::addRow("AND operator") << u"AND"_s << QStringList();
        QTest::addRow("OR between words") << u"決済 OR 移行"_s << QStringList();
        QTest::addRow("NEAR") << u"NEAR(a b)"_s << QStringList();
        QTest::addRow("star") << u"*"_s << QStringList();
        QTest::addRow("column filter") << u"title:決済"_s << QStringList();
        QTest::addRow("caret") << u"^決済"_s << QStringList();
        QTest::addRow("sql comment") << u"'; DROP TABLE listings; --"_s << QStringList();
        QTest::addRow("percent") << u"%"_s << QStringList();
        QTest::addRow("nul inside") << u"決済\u0000基盤"_s << QStringList{u"決済基盤のAPI開発"_s};
        QTest::addRow("right-to-left mark")
            << u"\u200f決済基盤"_s << QStringList{u"決済基盤のAPI開発"_s};
        QTest::addRow("lone surrogate")
            << (u"決済基盤"_s + QChar(0xD800)) << QStringList{u"決済基盤のAPI開発"_s};
        QTest::addRow("very long") << QString(10'000, u'あ') << QStringList();
    }

    void hostileTextIsSearchedAsText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QString error;
        ListingFilter filter;
        filter.text = text;
        const QList<qint64> ids = repository().search(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(titles(ids), expected);
        QCOMPARE(repository().count(), 5); // and nothing happened to the table
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(ListingSearchQuery::ftsQuery({u"AND"_s, u"a\"b\"c"_s, u"Go"_s}),
                 u"\"AND\" \"a\"\"b\"\"c\""_s);
        QCOMPARE(ListingSearchQuery::searchWords(u"  Java\u3000AWS\t保守 "_s),
                 QStringList({u"Java"_s, u"AWS"_s, u"保守"_s}));
    }

    void filtersOnTheTableAndConvertsHourlyRates()
    {
        ListingFilter filter;
        filter.minMonthlyYen = 600'000;
        filter.maxMonthlyYen = 700'000;
        filter.billableHoursPerMonth = 160; // 4,000円 × 160 h = 640,000円
        QStringList found = titles(repository().search(filter));
        found.sort();
        QCOMPARE(found, QStringList({u"C++による組込み開発"_s, u"Goによる配送管理システム開発"_s}));
        filter.billableHoursPerMonth = 180; // 720,000円: now above the range
        QCOMPARE(titles(repository().search(filter)), QStringList{u"C++による組込み開発"_s});

        ListingFilter contract;
        contract.contract = u"正社員"_s;
        QCOMPARE(titles(repository().search(contract)), QStringList{u"社内SE(インフラ)"_s});
        ListingFilter skill;
        skill.skillId = u"aws"_s;
        QCOMPARE(titles(repository().search(skill)), QStringList{u"社内SE(インフラ)"_s});
        // The filter's contract choices, from the listings as the window holds them.
        QCOMPARE(repository().summaries().distinctContracts(),
                 QStringList({u"業務委託"_s, u"正社員"_s}));
    }

    void sortsByRateWithNegotiableLastAndByDateAdded()
    {
        ListingFilter filter;
        filter.sort = ListingSort::RateHighFirst;
        QCOMPARE(titles(repository().search(filter)),
                 QStringList({u"決済基盤のAPI開発"_s, u"C++による組込み開発"_s,
                              u"Goによる配送管理システム開発"_s, u"Googleアナリティクス導入支援"_s,
                              u"社内SE(インフラ)"_s}));
        filter.sort = ListingSort::RateLowFirst;
        QCOMPARE(titles(repository().search(filter)).first(), u"Googleアナリティクス導入支援"_s);
        QCOMPARE(titles(repository().search(filter)).last(), u"社内SE(インフラ)"_s);
        ListingRepository(m_database->connection())
            .insert(makeListing(u"最新の案件"_s, 600'000), nullptr);
        filter.sort = ListingSort::Newest;
        QCOMPARE(titles(repository().search(filter)).first(), u"最新の案件"_s);
    }

    void readsAnHourlyListingAsStatedAndAsMonthly()
    {
        const QList<Listing> listings = ListingRepository(m_database->connection(), 150).all();
        const auto hourly = std::find_if(listings.cbegin(), listings.cend(), [](const Listing &l) {
            return l.hourlyRateMinYen.has_value();
        });
        QVERIFY(hourly != listings.cend());
        QCOMPARE(*hourly->hourlyRateMinYen, 4'000);
        QCOMPARE(*hourly->monthlyRateMinYen, 600'000); // 4,000円 × 150 h
        QCOMPARE(hourly->rateText, u"時給4,000円"_s);
    }

    void summariesLeaveTheLongTextInTheDatabase()
    {
        const ListingSet summaries = repository().summaries();
        QCOMPARE(summaries.size(), 5);
        const Listing summary = summaries.first();
        QCOMPARE(summary.title, u"決済基盤のAPI開発"_s);
        QVERIFY(summary.workContent.isEmpty());
        QCOMPARE(summary.requirements, repository().byIds({summary.id}).first().requirements);
        QCOMPARE(repository().byIds({summary.id}).first().workContent,
                 u"決済基盤のAPI設計と既存システムの保守"_s);
        // byIds keeps the order asked for and leaves out ids that are gone.
        const qint64 other = summaries.last().id;
        const QList<Listing> both = repository().byIds({other, 424242, summary.id});
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first().id, other);
        QCOMPARE(both.last().id, summary.id);
    }

    // Positions are contained (any case), duration and kind of work exact; together they
    // narrow, never widen.
    void filtersOnPositionsDurationAndKindOfWork()
    {
        QSqlQuery update(m_database->connection());
        QVERIFY(update.prepare(u"UPDATE listings SET positions = ?, duration = ?, work_kind = ? "
                               "WHERE title = ?"_s));
        const QList<QStringList> rows{
            {u"バックエンドエンジニア、PM"_s, u"長期"_s, u"development"_s, u"決済基盤のAPI開発"_s},
            {u"組込みエンジニア"_s, u"短期"_s, u"design-build"_s, u"C++による組込み開発"_s},
            {u"インフラエンジニア"_s, u"長期"_s, u"operations"_s, u"社内SE(インフラ)"_s}};
        for (const QStringList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                update.bindValue(i, row.at(i));
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            QCOMPARE(update.numRowsAffected(), 1);
        }
        ListingFilter filter;
        filter.positions = u"バックエンド"_s;
        QCOMPARE(titles(repository().search(filter)), QStringList{u"決済基盤のAPI開発"_s});
        filter.positions = u"pm"_s;
        QCOMPARE(titles(repository().search(filter)), QStringList{u"決済基盤のAPI開発"_s});
        filter.positions = u"エンジニア"_s;
        QCOMPARE(repository().search(filter).size(), 3);

        filter = {};
        filter.duration = u"長期"_s;
        QStringList longTerm = titles(repository().search(filter));
        longTerm.sort();
        QCOMPARE(longTerm, (QStringList{u"決済基盤のAPI開発"_s, u"社内SE(インフラ)"_s}));
        filter.duration = u"長"_s; // exact, not contained
        QVERIFY(repository().search(filter).isEmpty());

        filter = {};
        filter.workKind = u"operations"_s;
        QCOMPARE(titles(repository().search(filter)), QStringList{u"社内SE(インフラ)"_s});
        filter.duration = u"短期"_s;
        QVERIFY(repository().search(filter).isEmpty()); // both must hold
        filter.workKind = u"design-build"_s;
        filter.positions = u"組込み"_s;
        QCOMPARE(titles(repository().search(filter)), QStringList{u"C++による組込み開発"_s});
    }

    // A search reads at most 500 characters, 16 words and 64 characters a word: a pasted page
    // cannot stall it, and what lies beyond the limits is not searched.
    void searchTextIsBoundedByItsLimits()
    {
        // Words past the 500th character are not searched: the missing word is never asked for.
        const QString padded = u"決済基盤"_s + QString(600, u' ') + u"存在しない語"_s;
        QCOMPARE(ListingSearchQuery::searchWords(padded), QStringList{u"決済基盤"_s});
        QCOMPARE(titles(search(padded)), QStringList{u"決済基盤のAPI開発"_s});
        QVERIFY(search(u"決済基盤 存在しない語"_s).isEmpty()); // within the limit it is

        // The seventeenth word is dropped.
        QStringList many(16, u"決済"_s);
        many.append(u"存在しない語"_s);
        const QString manyWords = many.join(u' ');
        QCOMPARE(ListingSearchQuery::searchWords(manyWords).size(),
                 ListingSearchQuery::maximumWords);
        QCOMPARE(titles(search(manyWords)), QStringList{u"決済基盤のAPI開発"_s});

        // A long word is cut to 64 characters, never through a surrogate pair.
        QCOMPARE(ListingSearchQuery::searchWords(QString(200, u'a')).first().size(),
                 ListingSearchQuery::maximumWordLength);
        const QString splitPair = QString(63, u'a') + u"𠮷"_s;
        QCOMPARE(ListingSearchQuery::searchWords(splitPair).first(), QString(63, u'a'));
        QVERIFY(search(QString(5'000, u'x')).isEmpty()); // bounded, and it answers
    }

    void savedListingsKeepStatusNoteAndFirstDate()
    {
        SavedListingRepository saved(m_database->connection());
        const qint64 id = repository().search({}).first();
        QString error;
        QVERIFY2(saved.save(id, ApplicationStatus::Interested, u"気になる"_s, &error),
                 qPrintable(error));
        const SavedListing first = *saved.find(id);
        // A day later, by the repository's clock argument rather than by waiting.
        QVERIFY(saved.save(id, ApplicationStatus::Applied, u"応募した"_s, &error,
                           first.updatedAt.addDays(1)));
        const SavedListing second = *saved.find(id);
        QCOMPARE(second.status, ApplicationStatus::Applied);
        QCOMPARE(second.note, u"応募した"_s);
        QCOMPARE(second.savedAt, first.savedAt);
        QCOMPARE(second.updatedAt, first.updatedAt.addDays(1));

        ListingFilter filter;
        filter.savedOnly = true;
        QCOMPARE(repository().search(filter), QList<qint64>{id});
        filter.status = ApplicationStatus::Declined;
        QVERIFY(repository().search(filter).isEmpty());

        // An unknown status never reaches the table.
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(u"UPDATE saved_listings SET status = 'maybe'"_s));
        QCOMPARE(saved.find(id)->status, ApplicationStatus::Applied);

        QVERIFY(saved.unsave(id, &error));
        QVERIFY(!saved.find(id));
        QVERIFY(saved.save(id, ApplicationStatus::Contracted, {}, &error));
        QVERIFY(repository().remove({id}, &error));
        QVERIFY(saved.all().isEmpty()); // deleting a listing deletes its saved entry
    }

    // ---- A file imported as a stream ---------------------------------------------------

    // The preview counts every row and keeps only the first to show; the import writes
    // every row it counted, and what it skips as duplicates is what the preview said.
    void fileImportWritesWhatThePreviewCounted()
    {
        const QString path = m_dir.filePath(u"stream-%1.csv"_s.arg(m_counter));
        QByteArray csv = "title,rate,skills,source\n";
        // A stored listing (from init) and three repeats of an earlier row of the file.
        csv += "決済基盤のAPI開発,80万円,Java,test\n";
        for (int i = 1; i <= 2'400; ++i) {
            const QByteArray rate =
                i % 1000 == 0 ? "0円" : QByteArray::number(50 + i % 40) + "万円";
            csv += "案件 " + QByteArray::number(i) + "," + rate + ",Java 3年以上,file\n";
        }
        for (int i = 1; i <= 3; ++i)
            csv += "案件 " + QByteArray::number(i) + "," + QByteArray::number(50 + i % 40) +
                   "万円,Java,file\n";
        QVERIFY(writeFile(path, csv));

        const QSqlDatabase db = m_database->connection();
        QList<double> fractions;
        const ListingFileImport::Preview preview =
            ListingFileImport::preview(path, {}, std::nullopt, db, [&fractions](double fraction) {
                fractions.append(fraction);
                return true;
            });
        QVERIFY2(preview.file.fileError.isEmpty(), qPrintable(preview.file.fileError));
        QCOMPARE(preview.file.acceptedCount, 2'402); // 1 + 2,398 + 3
        QCOMPARE(preview.file.rejectedCount, 2);
        QCOMPARE(preview.file.accepted.size(), ListingFileImport::shownRows);
        QCOMPARE(preview.duplicateCount, 4);
        QCOMPARE(preview.shownDuplicates, QList<qsizetype>{0}); // the stored one is row 0
        QVERIFY(!fractions.isEmpty());
        QCOMPARE(fractions.last(), 1.0);
        QCOMPARE(repository().count(), 5); // a preview writes nothing

        QList<int> done;
        QSet<int> totals;
        const ListingImportOutcome outcome =
            ListingFileImport::import(path, {}, std::nullopt, preview.file, DuplicatePolicy::Skip,
                                      db, [&done, &totals](int written, int total) {
                                          totals.insert(total);
                                          done.append(written);
                                          return true;
                                      });
        QCOMPARE(totals, QSet<int>{2'402}); // every report counts the whole file
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 2'398);
        QCOMPARE(outcome.skippedDuplicates, 4);
        QCOMPARE(done.last(), 2'402);
        QVERIFY(done.size() >= 10); // reported as it goes, not only at the end
        QCOMPARE(repository().count(), 5 + 2'398);
        // The text index was filled for the new rows.
        QCOMPARE(titles(search(u"案件 2400"_s)), QStringList{u"案件 2400"_s});
    }

    // The file changes between the preview and the import: nothing is written.
    void fileChangedAfterThePreviewIsNotImported()
    {
        const QString path = m_dir.filePath(u"changed-%1.csv"_s.arg(m_counter));
        QVERIFY(writeFile(path, "title,rate\n案件 A,60万円\n案件 B,70万円\n"));
        const QSqlDatabase db = m_database->connection();
        const ListingFileImport::Preview preview =
            ListingFileImport::preview(path, {}, std::nullopt, db);
        QCOMPARE(preview.file.acceptedCount, 2);
        // The same length, one character different.
        QVERIFY(writeFile(path, "title,rate\n案件 A,60万円\n案件 C,70万円\n"));
        const ListingImportOutcome outcome = ListingFileImport::import(
            path, {}, std::nullopt, preview.file, DuplicatePolicy::Skip, db);
        QVERIFY2(outcome.error.contains(u"changed after it was previewed"_s),
                 qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 0);
        QCOMPARE(repository().count(), 5);
    }

    // A file cut short after the preview, and one cancelled half-way: nothing is written, and
    // the index trigger the import set aside is back.
    void fileImportCutShortOrCancelledWritesNothing()
    {
        const QString path = m_dir.filePath(u"cut-%1.csv"_s.arg(m_counter));
        QByteArray csv = "title,rate\n";
        for (int i = 0; i < 3'000; ++i)
            csv += "案件 " + QByteArray::number(i) + ",60万円\n";
        QVERIFY(writeFile(path, csv));
        const QSqlDatabase db = m_database->connection();
        const ListingFileImport::Preview preview =
            ListingFileImport::preview(path, {}, std::nullopt, db);
        QCOMPARE(preview.file.acceptedCount, 3'000);

        const ListingImportOutcome cancelled =
            ListingFileImport::import(path, {}, std::nullopt, preview.file, DuplicatePolicy::Skip,
                                      db, [](int done, int) { return done < 1'500; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(repository().count(), 5);

        // Cut inside a quoted field: the reading ends on an error after most rows were queued.
        QVERIFY(writeFile(path, csv + "\"never closed,60万円\n"));
        const ListingImportOutcome cut = ListingFileImport::import(
            path, {}, std::nullopt, preview.file, DuplicatePolicy::Skip, db);
        QVERIFY2(cut.error.contains(u"never closed"_s), qPrintable(cut.error));
        QCOMPARE(cut.inserted, 0);
        QCOMPARE(repository().count(), 5);
        QVERIFY(ListingRepository(db).insert(makeListing(u"取り消し後の案件"_s, 600'000), nullptr) >
                0);
        QCOMPARE(titles(search(u"取り消し後"_s)), QStringList{u"取り消し後の案件"_s});
    }

    // Duplicates are found by a hash of the key, then confirmed on the real key: a merge goes
    // into the right listing even when the earlier copy is still queued, not yet written.
    void duplicateIndexConfirmsTheRealKey()
    {
        const QSqlDatabase db = m_database->connection();
        ListingDuplicateIndex keys;
        QString error;
        QVERIFY(keys.load(db, &error));
        const Listing stored = makeListing(u"決済基盤のAPI開発"_s, 800'000);
        const std::optional<qint64> id = keys.candidate(stored);
        QVERIFY(id);
        QVERIFY(ListingDuplicateIndex::sameAs(db, *id, stored, &error));
        // The key ignores width and case: ＡＰＩ is API.
        Listing wide = stored;
        wide.title = u"決済基盤のＡＰＩ開発"_s;
        QCOMPARE(keys.candidate(wide), id);
        Listing otherRate = stored;
        otherRate.monthlyRateMinYen = 810'000;
        QVERIFY(!keys.candidate(otherRate));
        QVERIFY(!ListingDuplicateIndex::sameAs(db, *id, otherRate, &error));

        ListingImportWriter writer(db);
        QVERIFY(writer.begin(DuplicatePolicy::Merge));
        Listing first = makeListing(u"新しい案件"_s, 700'000);
        Listing again = first;
        again.location = u"東京"_s;
        QVERIFY(writer.add({2, first, {}}));
        QVERIFY(writer.add({3, again, {}})); // merged into the queued first copy
        const ListingImportOutcome outcome = writer.commit();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 1);
        QCOMPARE(outcome.merged, 1);
        QCOMPARE(repository().byIds({outcome.firstInsertedId}).value(0).location, u"東京"_s);
        // The merge updated a row the import had just written: the text index holds it once
        // and agrees with the table (FTS5 checks every entry against the content).
        QSqlQuery check(db);
        QVERIFY2(
            check.exec(u"INSERT INTO listings_fts (listings_fts) VALUES ('integrity-check')"_s),
            qPrintable(check.lastError().text()));
        QCOMPARE(titles(search(u"新しい案件"_s)), QStringList{u"新しい案件"_s});
    }

    void importIsAllOrNothing()
    {
        // The second listing names a kind of work that does not exist: the foreign key fails
        // and the first, already inserted in the same transaction, is rolled back with it.
        Listing good = makeListing(u"正常な案件"_s, 700'000);
        Listing bad = makeListing(u"不正な業種の案件"_s, 700'000);
        bad.workKind = u"no-such-kind"_s;
        const ListingImportOutcome outcome =
            ListingImportWriter(m_database->connection())
                .write(imported({good, bad}), DuplicatePolicy::Skip);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY2(outcome.error.startsWith(u"line 3: "_s), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 0);
        QCOMPARE(repository().count(), 5);
    }

    void cancellingRollsBack()
    {
        QList<Listing> many;
        for (int i = 0; i < 1'000; ++i)
            many.append(makeListing(u"案件 %1"_s.arg(i), 600'000 + i));
        int calls = 0;
        QSet<int> totals;
        const ListingImportOutcome outcome =
            ListingImportWriter(m_database->connection())
                .write(imported(many), DuplicatePolicy::Skip,
                       [&calls, &totals](int done, int total) {
                           ++calls;
                           totals.insert(total);
                           return done < 500; // the user presses Cancel half-way
                       });
        QCOMPARE(totals, QSet<int>{1'000});
        QVERIFY(outcome.cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(repository().count(), 5);
        QVERIFY(titles(search(u"案件"_s)).isEmpty());
        // The index trigger the import set aside is back: a listing added now is found.
        QVERIFY(ListingRepository(m_database->connection())
                    .insert(makeListing(u"取り消し後の案件"_s, 600'000), nullptr) > 0);
        QCOMPARE(titles(search(u"取り消し後"_s)), QStringList{u"取り消し後の案件"_s});
    }

    void duplicatesAreSkippedOrMergedWithoutOverwriting()
    {
        ListingImportWriter writer(m_database->connection());
        Listing again = makeListing(u"  決済基盤のAPI開発 "_s, 800'000, u"別の作業内容"_s);
        again.location = u"東京都港区"_s;
        again.requirements = {{u"java"_s, u"Java 3年以上"_s, 3}};
        Listing fresh = makeListing(u"新しい案件"_s, 900'000);
        QCOMPARE(writer.duplicates(imported({again, fresh, fresh})), (QList<qsizetype>{0, 2}));

        ListingImportOutcome outcome =
            writer.write(imported({again, fresh, fresh}), DuplicatePolicy::Skip);
        QCOMPARE(outcome.inserted, 1);
        QCOMPARE(outcome.skippedDuplicates, 2);
        QCOMPARE(repository().count(), 6);
        const qint64 id = repository().search(filterFor(u"決済基盤"_s)).first();
        QCOMPARE(repository().byIds({id}).first().location, QString());

        outcome = writer.write(imported({again}), DuplicatePolicy::Merge);
        QCOMPARE(outcome.merged, 1);
        const Listing merged = repository().byIds({id}).first();
        QCOMPARE(merged.location, u"東京都港区"_s); // was empty: filled
        QCOMPARE(merged.workContent, u"決済基盤のAPI設計と既存システムの保守"_s); // kept
        // It had no requirement rows: the imported ones are added, once.
        QCOMPARE(merged.requirements, again.requirements);
        QCOMPARE(writer.write(imported({again}), DuplicatePolicy::Merge).merged, 1);
        QCOMPARE(repository().byIds({id}).first().requirements, again.requirements);
        QCOMPARE(repository().count(), 6);
    }

    void aListingWithThousandsOfRequirementsIsStoredWhole()
    {
        Listing many = makeListing(u"要件の多い案件"_s, 700'000);
        for (int i = 0; i < 2'500; ++i)
            many.requirements.append({i % 2 ? u"java"_s : QString(), u"要件 %1"_s.arg(i), 1});
        const ListingImportOutcome outcome = ListingImportWriter(m_database->connection())
                                                 .write(imported({many}), DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const Listing stored = repository().byIds({outcome.firstInsertedId}).first();
        QCOMPARE(stored.requirements.size(), 2'500);
        QCOMPARE(stored.requirements.last().text, u"要件 2499"_s);
        QCOMPARE(stored.requirements, many.requirements);
    }

    void mergingADuplicateWithinTheSameFileKeepsItsRequirementsOnce()
    {
        Listing first = makeListing(u"同じ案件"_s, 720'000, u"作業内容"_s);
        first.requirements = {{u"java"_s, u"Java 3年以上"_s, 3}, {u"aws"_s, u"AWS"_s, 0}};
        Listing again = first;
        again.location = u"大阪"_s;
        const ListingImportOutcome outcome =
            ListingImportWriter(m_database->connection())
                .write(imported({first, again}), DuplicatePolicy::Merge);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 1);
        QCOMPARE(outcome.merged, 1);
        const Listing stored = repository().byIds({outcome.firstInsertedId}).first();
        QCOMPARE(stored.requirements, first.requirements);
        QCOMPARE(stored.location, u"大阪"_s);
    }

    void importedSavedStatusComesBackWithNewListings()
    {
        QList<ImportedListing> listings = imported({makeListing(u"保存済みだった案件"_s, 750'000)});
        listings.first().extra = {true, u"interviewing"_s, u"二次面談待ち"_s, {}, {}, {}};
        const ListingImportOutcome outcome =
            ListingImportWriter(m_database->connection()).write(listings, DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const auto saved =
            SavedListingRepository(m_database->connection()).find(outcome.firstInsertedId);
        QVERIFY(saved);
        QCOMPARE(saved->status, ApplicationStatus::Interviewing);
        QCOMPARE(saved->note, u"二次面談待ち"_s);
    }

private:
    ListingRepository repository() const { return ListingRepository(m_database->connection()); }
    static ListingFilter filterFor(const QString &text)
    {
        ListingFilter filter;
        filter.text = text;
        return filter;
    }
    QList<qint64> search(const QString &text) const
    {
        QString error;
        const QList<qint64> ids = repository().search(filterFor(text), &error);
        // A failed search fails the test (an empty answer would pass for "no match").
        if (!error.isEmpty())
            QTest::qFail(qPrintable(u"search \"%1\" failed: %2"_s.arg(text, error)), __FILE__,
                         __LINE__);
        return ids;
    }
    QStringList titles(const QList<qint64> &ids) const
    {
        QStringList result;
        for (const Listing &listing : repository().byIds(ids))
            result.append(listing.title);
        return result;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
};

QTEST_MAIN(TestListingStore)
#include "tst_listingstore.moc"
