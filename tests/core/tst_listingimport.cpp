#include "core/ImportTextDecoder.h"
#include "core/ImportTextReader.h"
#include "core/ListingCsvExporter.h"
#include "core/ListingCsvImporter.h"
#include "core/ListingDuplicateKey.h"
#include "core/ListingField.h"
#include "core/ListingFileReader.h"
#include "core/ListingJson.h"
#include "core/PastedListingParser.h"
#include "core/RateParser.h"
#include "core/RequirementParser.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &name)
{
    QFile file(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/import/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A few catalogue skills are enough to check that requirements are resolved; Terraform is
// left out on purpose so that an unknown skill can be seen to stay unknown.
SkillCatalogue catalogue()
{
    return SkillCatalogue({
        {u"java"_s, SkillCategory::Languages, u"Java"_s, u"Java"_s, {}, {}, 0},
        {u"python"_s, SkillCategory::Languages, u"Python"_s, u"Python"_s, {u"Python3"_s}, {}, 0},
        {u"go"_s, SkillCategory::Languages, u"Go"_s, u"Go"_s, {u"Go言語"_s, u"Golang"_s}, {}, 0},
        {u"aws"_s, SkillCategory::Cloud, u"AWS"_s, u"AWS"_s, {u"Amazon Web Services"_s}, {}, 0},
    });
}

QList<ListingRequirement> requirement(const QString &id, const QString &text, double years)
{
    return {{id, text, years}};
}

constexpr qint64 none = -1; // "no bound" in the data-driven rate table

std::optional<qint64> bound(qint64 value)
{
    return value == none ? std::nullopt : std::optional<qint64>(value);
}

} // namespace

class TestListingImport : public QObject
{
    Q_OBJECT

private slots:
    // ---- RateParser -------------------------------------------------------------------

    void rateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minYen");
        QTest::addColumn<qint64>("maxYen");
        QTest::addColumn<bool>("hourly");
        QTest::addColumn<bool>("negotiable");

        QTest::newRow("yen per month")
            << u"600,000円/月"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("bare yen") << u"600000"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("bare below 1000 is man")
            << u"60"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("man") << u"60万円"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("man per month") << u"60万円/月"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("month prefix") << u"月60万円"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("decimal man") << u"62.5万円"_s << 625000LL << 625000LL << false << false;
        QTest::newRow("wave dash upper") << u"〜80万円"_s << none << 800000LL << false << false;
        QTest::newRow("tilde upper") << u"~80万円"_s << none << 800000LL << false << false;
        QTest::newRow("full-width tilde upper")
            << u"～80万円"_s << none << 800000LL << false << false;
        QTest::newRow("made upper") << u"80万円まで"_s << none << 800000LL << false << false;
        QTest::newRow("open lower") << u"60万円〜"_s << 600000LL << none << false << false;
        QTest::newRow("range man both")
            << u"70万～90万円"_s << 700000LL << 900000LL << false << false;
        QTest::newRow("range unit once")
            << u"70〜90万円"_s << 700000LL << 900000LL << false << false;
        QTest::newRow("range per month")
            << u"70万円〜90万円/月"_s << 700000LL << 900000LL << false << false;
        QTest::newRow("full-width digits")
            << u"５５万円"_s << 550000LL << 550000LL << false << false;
        QTest::newRow("full-width yen sign")
            << u"￥６００，０００／月"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("jikyu") << u"時給3,000円"_s << 3000LL << 3000LL << true << false;
        QTest::newRow("per ji") << u"3,000円/時"_s << 3000LL << 3000LL << true << false;
        QTest::newRow("per h") << u"3000円/h"_s << 3000LL << 3000LL << true << false;
        QTest::newRow("yen sign per month")
            << u"¥600,000/month"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("k") << u"600k"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("JPY per month")
            << u"600,000 JPY/month"_s << 600000LL << 600000LL << false << false;
        QTest::newRow("trailing remark")
            << u"55〜65万円（スキル見合い）"_s << 550000LL << 650000LL << false << false;
        QTest::newRow("応相談") << u"応相談"_s << none << none << false << true;
        QTest::newRow("要相談") << u"要相談"_s << none << none << false << true;
        QTest::newRow("negotiable") << u"Negotiable"_s << none << none << false << true;
        QTest::newRow("ASK") << u"ASK"_s << none << none << false << true;
        QTest::newRow("empty") << QString() << none << none << false << true;
    }

    void rateForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minYen);
        QFETCH(qint64, maxYen);
        QFETCH(bool, hourly);
        QFETCH(bool, negotiable);
        const ParsedRate rate = RateParser::parse(text);
        QVERIFY2(rate.error.isEmpty(), qPrintable(rate.error));
        QCOMPARE(rate.minYen, bound(minYen));
        QCOMPARE(rate.maxYen, bound(maxYen));
        QCOMPARE(rate.period, hourly ? RatePeriod::Hour : RatePeriod::Month);
        QCOMPARE(rate.negotiable, negotiable);
    }

    void rateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative") << u"-60万円"_s << u"the rate is negative"_s;
        QTest::newRow("zero") << u"0円"_s << u"the rate is zero"_s;
        QTest::newRow("oku") << u"5億円"_s
                             << u"500,000,000 yen a month is not a plausible rate (the most is "
                                "10,000,000 yen)"_s;
        QTest::newRow("monthly too high")
            << u"2000万円/月"_s
            << u"20,000,000 yen a month is not a plausible rate (the most is 10,000,000 yen)"_s;
        QTest::newRow("monthly too low")
            << u"3万円"_s
            << u"30,000 yen a month is too low for a monthly rate (the least is 50,000 yen; "
               "write 時給 for an hourly rate)"_s;
        QTest::newRow("hourly too high")
            << u"時給60,000円"_s
            << u"60,000 yen an hour is not a plausible rate (the most is 50,000 yen)"_s;
        QTest::newRow("hourly too low")
            << u"時給300円"_s
            << u"300 yen an hour is too low for an hourly rate (the least is 500 yen)"_s;
        QTest::newRow("min above max")
            << u"90万円〜70万円"_s
            << u"the lower bound (900,000 yen) is above the upper bound (700,000 yen)"_s;
        QTest::newRow("no amount") << u"高単価"_s << u"no amount found"_s;
        QTest::newRow("dollars") << u"$5,000/month"_s << u"only amounts in yen can be read"_s;
        QTest::newRow("three amounts")
            << u"60万円 70万円 80万円"_s
            << u"found more than two amounts; expected one figure or a range"_s;
        QTest::newRow("two without range")
            << u"60万円 70万円"_s << u"found two amounts with no range mark (〜) between them"_s;
    }

    void rateErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const ParsedRate rate = RateParser::parse(text);
        QCOMPARE(rate.error, reason);
    }

    void rateAppliesToHourlyOrMonthlyFields()
    {
        Listing listing;
        listing.monthlyRateMinYen = 1; // stale figures must go
        RateParser::applyTo(RateParser::parse(u"時給3,000円〜4,000円"_s), listing);
        QCOMPARE(listing.hourlyRateMinYen, std::optional<qint64>(3000));
        QCOMPARE(listing.hourlyRateMaxYen, std::optional<qint64>(4000));
        QVERIFY(!listing.monthlyRateMinYen);
        QVERIFY(!listing.monthlyRateMaxYen);
        RateParser::applyTo(RateParser::parse(u"60万円〜"_s), listing);
        QCOMPARE(listing.monthlyRateMinYen, std::optional<qint64>(600000));
        QVERIFY(!listing.monthlyRateMaxYen);
        QVERIFY(!listing.hourlyRateMinYen);
    }

    // ---- ImportTextDecoder -------------------------------------------------------------

    void decoderDetectsEncodings()
    {
        QCOMPARE(ImportTextDecoder::decode(readFile(u"utf8-nobom.csv"_s)).encoding, u"UTF-8"_s);
        const DecodedText bom = ImportTextDecoder::decode(readFile(u"utf8-bom.csv"_s));
        QCOMPARE(bom.encoding, u"UTF-8 with BOM"_s);
        QVERIFY(bom.text.startsWith(u"案件名,"_s)); // the BOM is not part of the text
        const DecodedText cp932 = ImportTextDecoder::decode(readFile(u"cp932.csv"_s));
        QCOMPARE(cp932.encoding, u"Shift_JIS (CP932)"_s);
        QVERIFY(cp932.text.contains(u"７０～９０万円"_s));

        QByteArray utf16le("\xFF\xFE");
        const QString text = u"概要,報酬\n"_s;
        utf16le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const DecodedText le = ImportTextDecoder::decode(utf16le);
        QCOMPARE(le.encoding, u"UTF-16LE with BOM"_s);
        QCOMPARE(le.text, text);

        QByteArray utf16be("\xFE\xFF");
        for (QChar c : text) {
            utf16be.append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() & 0xFF));
        }
        const DecodedText be = ImportTextDecoder::decode(utf16be);
        QCOMPARE(be.encoding, u"UTF-16BE with BOM"_s);
        QCOMPARE(be.text, text);
    }

    void decoderRefusesWhatIsNotText()
    {
        QCOMPARE(ImportTextDecoder::decode(QByteArray()).error, u"the file is empty"_s);
        QCOMPARE(ImportTextDecoder::decode(readFile(u"nul-bytes.bin"_s)).error,
                 u"this is a binary file, not text"_s);
        const DecodedText latin1 = ImportTextDecoder::decode(readFile(u"mojibake-latin1.csv"_s));
        QCOMPARE(latin1.error, u"the file is neither UTF-8 nor Shift_JIS (CP932) text"_s);
        QVERIFY(latin1.text.isEmpty());
        // A truncated UTF-8 sequence after a BOM is not silently repaired.
        QVERIFY(!ImportTextDecoder::decode(QByteArray("\xEF\xBB\xBF\x61\xE3\x81")).error.isEmpty());
    }

    // ---- ListingField ------------------------------------------------------------------

    void headersMapToFields_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field"); // -1: no field
        QTest::newRow("概要") << u"概要"_s << int(ListingField::Title);
        QTest::newRow("案件名 padded") << u" 案件名 "_s << int(ListingField::Title);
        QTest::newRow("Title") << u"Title"_s << int(ListingField::Title);
        QTest::newRow("単価") << u"単価"_s << int(ListingField::Rate);
        QTest::newRow("SALARY") << u"SALARY"_s << int(ListingField::Rate);
        QTest::newRow("Contract Type") << u"Contract Type"_s << int(ListingField::Contract);
        QTest::newRow("職種") << u"職種"_s << int(ListingField::Positions);
        QTest::newRow("契約期間") << u"契約期間"_s << int(ListingField::Duration);
        QTest::newRow("Work content") << u"Work content"_s << int(ListingField::Work);
        QTest::newRow("求める スキル") << u"求める スキル"_s << int(ListingField::Skills);
        QTest::newRow("requirements") << u"requirements"_s << int(ListingField::Skills);
        QTest::newRow("勤務地") << u"勤務地"_s << int(ListingField::Location);
        QTest::newRow("在宅") << u"在宅"_s << int(ListingField::Remote);
        QTest::newRow("full-width URL") << u"ＵＲＬ"_s << int(ListingField::Url);
        QTest::newRow("メモ") << u"メモ"_s << int(ListingField::Notes);
        QTest::newRow("情報元") << u"情報元"_s << int(ListingField::Source);
        QTest::newRow("kind of work") << u"Kind of work"_s << int(ListingField::WorkKind);
        QTest::newRow("exported workKind") << u"workKind"_s << int(ListingField::WorkKind);
        QTest::newRow("unknown") << u"金額"_s << -1;
    }

    void headersMapToFields()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const std::optional<ListingField> mapped = ListingFields::fromHeader(header);
        QCOMPARE(mapped ? int(*mapped) : -1, field);
    }

    void fieldKeysAreStableAndUnique()
    {
        QStringList keys;
        for (ListingField field : ListingFields::all()) {
            keys.append(ListingFields::key(field));
            QVERIFY(!ListingFields::displayName(field).isEmpty());
            QCOMPARE(ListingFields::fromHeader(ListingFields::key(field)), field);
        }
        QCOMPARE(keys,
                 QStringList({u"title"_s, u"rate"_s, u"contract"_s, u"positions"_s, u"duration"_s,
                              u"work"_s, u"skills"_s, u"location"_s, u"remote"_s, u"url"_s,
                              u"notes"_s, u"source"_s, u"workKind"_s}));
    }

    // ---- ListingCsvImporter ------------------------------------------------------------

    void csvQuotedFieldsAndPhysicalLines()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"rfc4180.csv"_s));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.encoding, u"UTF-8"_s);
        QCOMPARE(preview.rejected.size(), 0);
        QCOMPARE(preview.accepted.size(), 2);
        const Listing &first = preview.accepted.at(0).listing;
        QCOMPARE(preview.accepted.at(0).line, 2);
        QCOMPARE(first.title, u"会計システム, 刷新"_s);
        QCOMPARE(first.rateText, u"600000円/月"_s);
        QCOMPARE(first.monthlyRateMinYen, std::optional<qint64>(600000));
        QCOMPARE(first.monthlyRateMaxYen, std::optional<qint64>(600000));
        QCOMPARE(first.notes, u"複数行の\r\n\"備考\"です"_s);
        QCOMPARE(first.requirements, requirement(u"java"_s, u"Javaでの開発経験(3年以上)"_s, 3));
        // The second record follows a field spanning lines 2–3, so it starts on line 4.
        QCOMPARE(preview.accepted.at(1).line, 4);
        const Listing &second = preview.accepted.at(1).listing;
        QCOMPARE(second.title, u"次の案件"_s);
        QCOMPARE(second.monthlyRateMinYen, std::optional<qint64>(700000));
        QCOMPARE(second.monthlyRateMaxYen, std::optional<qint64>(900000));
        QCOMPARE(second.requirements.size(), 2);
        QCOMPARE(second.requirements.at(0).skillId, u"aws"_s);
        QCOMPARE(second.requirements.at(1).skillId, u"go"_s);
    }

    void csvUtf8WithAndWithoutBom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("no BOM") << u"utf8-nobom.csv"_s << u"UTF-8"_s;
        QTest::newRow("BOM") << u"utf8-bom.csv"_s << u"UTF-8 with BOM"_s;
    }

    void csvUtf8WithAndWithoutBom()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const ListingImportPreview preview = ListingCsvImporter(catalogue()).read(readFile(file));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.encoding, encoding);
        QCOMPARE(preview.headers.first(), u"案件名"_s);
        QCOMPARE(preview.headers.size(), 13);
        for (const auto &field : preview.columnFields)
            QVERIFY(field.has_value());
        QCOMPARE(preview.accepted.size(), 2);

        const Listing &listing = preview.accepted.at(0).listing;
        QCOMPARE(listing.title, u"大手EC事業者向けバックエンド開発"_s);
        QCOMPARE(listing.rateText, u"〜80万円"_s);
        QVERIFY(!listing.monthlyRateMinYen);
        QCOMPARE(listing.monthlyRateMaxYen, std::optional<qint64>(800000));
        QCOMPARE(listing.contract, u"業務委託"_s);
        QCOMPARE(listing.positions, u"バックエンドエンジニア"_s);
        QCOMPARE(listing.duration, u"長期"_s);
        QCOMPARE(listing.workContent, u"ECサイトの新機能開発、API設計"_s);
        QCOMPARE(listing.skillsText, u"Javaでの開発経験(3年以上)、AWSの利用経験"_s);
        QCOMPARE(listing.location, u"東京都渋谷区"_s);
        QCOMPARE(listing.remote, u"一部リモート"_s);
        QCOMPARE(listing.url, u"https://example.com/jobs/1"_s);
        QCOMPARE(listing.notes, QString());
        QCOMPARE(listing.source, u"求人サイトA"_s);
        QCOMPARE(listing.workKind, u"development"_s);
        QCOMPARE(listing.requirements,
                 QList<ListingRequirement>({{u"java"_s, u"Javaでの開発経験(3年以上)"_s, 3},
                                            {u"aws"_s, u"AWSの利用経験"_s, 0}}));

        const Listing &hourly = preview.accepted.at(1).listing;
        QCOMPARE(preview.accepted.at(1).line, 3);
        QCOMPARE(hourly.rateText, u"時給3,000円"_s);
        QCOMPARE(hourly.hourlyRateMinYen, std::optional<qint64>(3000));
        QCOMPARE(hourly.hourlyRateMaxYen, std::optional<qint64>(3000));
        QVERIFY(!hourly.monthlyRateMinYen);
        QVERIFY(!hourly.monthlyRateMaxYen);
        QCOMPARE(hourly.requirements, requirement(u"go"_s, u"Go(2年以上)"_s, 2));
    }

    void csvShiftJis()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"cp932.csv"_s));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.encoding, u"Shift_JIS (CP932)"_s);
        QCOMPARE(preview.accepted.size(), 2);
        const Listing &first = preview.accepted.at(0).listing;
        QCOMPARE(first.title, u"基幹システム刷新"_s);
        QCOMPARE(first.rateText, u"７０～９０万円"_s);
        QCOMPARE(first.monthlyRateMinYen, std::optional<qint64>(700000));
        QCOMPARE(first.monthlyRateMaxYen, std::optional<qint64>(900000));
        QCOMPARE(first.notes, u"①週５日常駐"_s); // an NEC special character of CP932
        QCOMPARE(first.requirements, requirement(u"java"_s, u"Java（３年以上）"_s, 3));
        const Listing &second = preview.accepted.at(1).listing;
        QCOMPARE(second.rateText, u"応相談"_s);
        QVERIFY(!second.monthlyRateMinYen && !second.monthlyRateMaxYen);
        QCOMPARE(second.notes, u"髙橋さん紹介"_s); // an IBM extension character of CP932
    }

    void csvEnglishHeaders()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"english-headers.csv"_s));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.columnFields.size(), 13);
        QCOMPARE(preview.columnFields.at(5), ListingField::Work);
        QCOMPARE(preview.columnFields.at(12), ListingField::WorkKind);
        QCOMPARE(preview.accepted.size(), 2);
        const Listing &first = preview.accepted.at(0).listing;
        QCOMPARE(first.title, u"Payments API"_s);
        QCOMPARE(first.monthlyRateMinYen, std::optional<qint64>(600000));
        QCOMPARE(first.contract, u"Contract"_s);
        QCOMPARE(first.workContent, u"Build the payment API"_s);
        QCOMPARE(first.remote, u"Full remote"_s);
        QCOMPARE(first.source, u"Agency B"_s);
        QCOMPARE(first.requirements, QList<ListingRequirement>({{u"go"_s, u"Go (3+ years)"_s, 3},
                                                                {u"aws"_s, u"AWS"_s, 0}}));
        const Listing &second = preview.accepted.at(1).listing;
        QCOMPARE(second.hourlyRateMinYen, std::optional<qint64>(3000));
        QVERIFY(!second.monthlyRateMinYen);
    }

    void csvRaggedRows()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"ragged.csv"_s));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QStringList titles;
        for (const ImportedListing &imported : preview.accepted)
            titles.append(imported.listing.title);
        QCOMPARE(titles, QStringList({u"short row"_s, u"trailing commas"_s, u"fine"_s}));
        QCOMPARE(preview.accepted.at(0).listing.notes, QString());
        QCOMPARE(preview.accepted.at(1).listing.notes, u"ok"_s);
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.at(0).line, 4);
        QCOMPARE(preview.rejected.at(0).field, QString());
        QCOMPARE(preview.rejected.at(0).reason, u"the row has 4 fields but the header has 3"_s);
    }

    void csvUnterminatedQuoteIsAFileError()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"unterminated-quote.csv"_s));
        QCOMPARE(preview.fileError, u"a quoted field is never closed (it opens on line 3)"_s);
        QCOMPARE(preview.fileErrorLine, 3);
        QVERIFY(preview.accepted.isEmpty());
    }

    void csvFileErrors()
    {
        const ListingCsvImporter importer(catalogue());
        QCOMPARE(importer.read(readFile(u"nul-bytes.bin"_s)).fileError,
                 u"this is a binary file, not text"_s);
        QCOMPARE(importer.read(readFile(u"mojibake-latin1.csv"_s)).fileError,
                 u"the file is neither UTF-8 nor Shift_JIS (CP932) text"_s);
        QCOMPARE(importer.read(readFile(u"empty-rows.csv"_s)).fileError,
                 u"the file has no header row: every line is blank"_s);
        QCOMPARE(importer.read(QByteArray()).fileError, u"the file is empty"_s);
        const ListingImportPreview headerOnly = importer.read("\n\ntitle,rate\r\n,,\r\n");
        QCOMPARE(headerOnly.fileError, u"the file has a header but no listings"_s);
        QCOMPARE(headerOnly.fileErrorLine, 3);
    }

    void csvBadRatesAreRejectedWithLineAndField()
    {
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(readFile(u"bad-rates.csv"_s));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).line, 8);
        QCOMPARE(preview.accepted.at(0).listing.title, u"good"_s);

        const QList<std::pair<int, QString>> expected{
            {2, u"the rate is negative"_s},
            {3, u"the rate is zero"_s},
            {4, u"500,000,000 yen a month is not a plausible rate (the most is 10,000,000 yen)"_s},
            {5, u"20,000,000 yen a month is not a plausible rate (the most is 10,000,000 yen)"_s},
            {6, u"the lower bound (900,000 yen) is above the upper bound (700,000 yen)"_s},
            {7, u"no amount found"_s},
        };
        QCOMPARE(preview.rejected.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(preview.rejected.at(i).line, expected.at(i).first);
            QCOMPARE(preview.rejected.at(i).field, u"rate"_s);
            QCOMPARE(preview.rejected.at(i).reason, expected.at(i).second);
        }
        QCOMPARE(preview.rejected.last().line, 9);
        QCOMPARE(preview.rejected.last().field, u"title"_s);
        QCOMPARE(preview.rejected.last().reason, u"title is empty"_s);
    }

    void csvUnknownHeadersNeedAMapping()
    {
        const QByteArray bytes = readFile(u"unknown-headers.csv"_s);
        const ListingCsvImporter importer(catalogue());
        const ListingImportPreview automatic = importer.read(bytes);
        QCOMPARE(
            automatic.fileError,
            u"no column is mapped to the title; the header has \"案件\", \"金額\", \"メモ書き\". "
            "Map one column to the title (for example 概要 or 案件名)."_s);
        QCOMPARE(automatic.fileErrorLine, 1);
        QCOMPARE(automatic.headers, QStringList({u"案件"_s, u"金額"_s, u"メモ書き"_s}));
        QCOMPARE(automatic.columnFields, QList<std::optional<ListingField>>(3, std::nullopt));

        const ListingImportPreview mapped =
            importer.read(bytes, {ListingField::Title, ListingField::Rate, ListingField::Notes});
        QVERIFY2(mapped.fileError.isEmpty(), qPrintable(mapped.fileError));
        QCOMPARE(mapped.accepted.size(), 1);
        QCOMPARE(mapped.accepted.at(0).listing.title, u"在庫管理システム開発"_s);
        QCOMPARE(mapped.accepted.at(0).listing.monthlyRateMinYen, std::optional<qint64>(650000));
        QCOMPARE(mapped.accepted.at(0).listing.notes, u"面談1回"_s);

        // Ignoring the rate column leaves the listing negotiable rather than failing.
        const ListingImportPreview noRate =
            importer.read(bytes, {ListingField::Title, std::nullopt, std::nullopt});
        QCOMPARE(noRate.accepted.size(), 1);
        QVERIFY(!noRate.accepted.at(0).listing.monthlyRateMinYen);
        QCOMPARE(noRate.accepted.at(0).listing.notes, QString());
    }

    void csvFieldOverTheLimitIsRejected()
    {
        const qsizetype size = 5 * 1024 * 1024;
        QByteArray bytes = "title,rate,work\nbig,60万円,";
        bytes.append(size, 'x');
        bytes.append("\nsmall,60万円,ok\n");
        const ListingImportPreview preview = ListingCsvImporter(catalogue()).read(bytes);
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.at(0).line, 2);
        QCOMPARE(preview.rejected.at(0).field, u"work"_s);
        QCOMPARE(preview.rejected.at(0).reason,
                 u"the field is 5,242,880 characters long; the limit is 100,000"_s);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).line, 3);
        QCOMPARE(preview.accepted.at(0).listing.workContent, u"ok"_s);
    }

    void csvStripsNulAndTrims()
    {
        // NUL can only reach a cell through UTF-16, where it is a valid character.
        const QString text = u"title,rate\n  A\u0000B  , 60万円 \n"_s;
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ListingImportPreview preview = ListingCsvImporter(catalogue()).read(bytes);
        QCOMPARE(preview.encoding, u"UTF-16LE with BOM"_s);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).listing.title, u"AB"_s);
        QCOMPARE(preview.accepted.at(0).listing.rateText, u"60万円"_s);
    }

    // ---- PastedListingParser -----------------------------------------------------------

    void pastedTabTable()
    {
        const ListingImportPreview preview = PastedListingParser::parse(
            QString::fromUtf8(readFile(u"pasted-table.txt"_s)), catalogue());
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.rejected.size(), 0);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).line, 1);
        const Listing &listing = preview.accepted.at(0).listing;
        QCOMPARE(listing.title, u"大手EC事業者向けバックエンド開発"_s);
        QCOMPARE(listing.rateText, u"〜80万円"_s);
        QVERIFY(!listing.monthlyRateMinYen);
        QCOMPARE(listing.monthlyRateMaxYen, std::optional<qint64>(800000));
        QCOMPARE(listing.contract, u"業務委託"_s);
        QCOMPARE(listing.positions, u"バックエンドエンジニア"_s);
        QCOMPARE(listing.duration, u"長期"_s);
        QCOMPARE(listing.workContent, u"ECサイトの新機能開発、API設計"_s);
        QCOMPARE(listing.skillsText, u"Javaでの開発経験(3年以上)、AWSの利用経験"_s);
        QCOMPARE(listing.notes, QString()); // the 項目/内容 header row is not a field
        QCOMPARE(listing.requirements,
                 QList<ListingRequirement>({{u"java"_s, u"Javaでの開発経験(3年以上)"_s, 3},
                                            {u"aws"_s, u"AWSの利用経験"_s, 0}}));
    }

    void pastedPipeTable()
    {
        const ListingImportPreview preview = PastedListingParser::parse(
            u"| 項目 | 内容 |\n|---|---|\n| 案件名 | 在庫API開発 |\n| 単価 | 60万円〜 |\n"
            "| 作業内容 | 在庫APIの実装 |\n|  | テスト |\n| 面談 | 2回 |\n"_s,
            catalogue());
        QCOMPARE(preview.accepted.size(), 1);
        const Listing &listing = preview.accepted.at(0).listing;
        QCOMPARE(listing.title, u"在庫API開発"_s);
        QCOMPARE(listing.monthlyRateMinYen, std::optional<qint64>(600000));
        QVERIFY(!listing.monthlyRateMaxYen);
        QCOMPARE(listing.workContent, u"在庫APIの実装\nテスト"_s);
        QCOMPARE(listing.notes, u"面談: 2回"_s);
    }

    void pastedKeyValueLines()
    {
        const ListingImportPreview preview = PastedListingParser::parse(
            QString::fromUtf8(readFile(u"pasted-keyvalue.txt"_s)), catalogue());
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.accepted.size(), 1);
        const Listing &listing = preview.accepted.at(0).listing;
        QCOMPARE(listing.title, u"決済基盤のリプレイス"_s);
        QCOMPARE(listing.monthlyRateMinYen, std::optional<qint64>(700000));
        QCOMPARE(listing.monthlyRateMaxYen, std::optional<qint64>(900000));
        QCOMPARE(listing.workContent, u"決済APIの設計と実装\nレガシーシステムからの移行"_s);
        QCOMPARE(listing.url, u"https://example.com/jobs/42"_s);
        QCOMPARE(listing.notes, u"面談回数: 1回"_s);
        QCOMPARE(listing.requirements, QList<ListingRequirement>({{u"go"_s, u"Go(3年以上)"_s, 3},
                                                                  {u"aws"_s, u"AWS"_s, 0}}));
    }

    void pastedProblems()
    {
        const ListingImportPreview noTitle =
            PastedListingParser::parse(u"報酬: 60万円\n期間: 長期\n"_s, catalogue());
        QVERIFY(noTitle.accepted.isEmpty());
        QCOMPARE(noTitle.rejected.size(), 1);
        QCOMPARE(noTitle.rejected.at(0).reason,
                 u"no title found: paste a table with a 概要 or 案件名 row"_s);

        const ListingImportPreview badRate =
            PastedListingParser::parse(u"概要: 案件A\n報酬: -60万円\n"_s, catalogue());
        QVERIFY(badRate.accepted.isEmpty());
        QCOMPARE(badRate.rejected.size(), 1);
        QCOMPARE(badRate.rejected.at(0).line, 2);
        QCOMPARE(badRate.rejected.at(0).field, u"報酬"_s);
        QCOMPARE(badRate.rejected.at(0).reason, u"the rate is negative"_s);

        QCOMPARE(PastedListingParser::parse(u"  \n\n"_s, catalogue()).fileError,
                 u"nothing was pasted"_s);
        QCOMPARE(PastedListingParser::parse(u"ただの文章です\n"_s, catalogue()).fileError,
                 u"no listing found: paste a table of 項目 and 内容, or lines of \"key: value\""_s);
    }

    // ---- ListingJson -------------------------------------------------------------------

    void jsonImport()
    {
        const ListingImportPreview preview =
            ListingJson::fromJson(readFile(u"listings.json"_s), catalogue());
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.accepted.size(), 2);

        const ImportedListing &first = preview.accepted.at(0);
        QCOMPARE(first.line, 1);
        QCOMPARE(first.listing.title, u"会計システム刷新"_s);
        QCOMPARE(first.listing.rateText, u"600,000円/月"_s);
        QCOMPARE(first.listing.monthlyRateMinYen, std::optional<qint64>(600000));
        QCOMPARE(first.listing.monthlyRateMaxYen, std::optional<qint64>(600000));
        QCOMPARE(first.listing.contract, u"業務委託"_s);
        QCOMPARE(first.listing.requirements,
                 requirement(u"java"_s, u"Javaでの開発経験(3年以上)"_s, 3));
        QCOMPARE(first.extra.saved, true);
        QCOMPARE(first.extra.status, u"applied"_s);

        const ImportedListing &second = preview.accepted.at(1);
        QCOMPARE(second.line, 2);
        QCOMPARE(second.listing.hourlyRateMinYen, std::optional<qint64>(3000));
        QCOMPARE(second.listing.hourlyRateMaxYen, std::optional<qint64>(4000));
        QVERIFY(!second.listing.monthlyRateMinYen);
        QCOMPARE(second.listing.requirements,
                 QList<ListingRequirement>(
                     {{u"python"_s, u"python"_s, 2}, {QString(), u"Terraform"_s, 0}}));
        QCOMPARE(second.extra.saved, false);

        QCOMPARE(preview.rejected.size(), 3);
        QCOMPARE(preview.rejected.at(0).line, 3);
        QCOMPARE(preview.rejected.at(0).field, u"rateMinYen"_s);
        QCOMPARE(preview.rejected.at(0).reason, u"rateMinYen must be a number"_s);
        QCOMPARE(preview.rejected.at(1).line, 4);
        QCOMPARE(preview.rejected.at(1).field, u"title"_s);
        QCOMPARE(preview.rejected.at(1).reason, u"title is missing"_s);
        QCOMPARE(preview.rejected.at(2).line, 5);
        QCOMPARE(preview.rejected.at(2).field, u"rateMinYen"_s);
        QCOMPARE(preview.rejected.at(2).reason,
                 u"900,000 yen an hour is not a plausible rate (the most is 50,000 yen)"_s);
    }

    void jsonFileErrors()
    {
        const ListingImportPreview malformed =
            ListingJson::fromJson(readFile(u"malformed.json"_s), catalogue());
        QCOMPARE(malformed.fileErrorLine, 5);
        QVERIFY(malformed.fileError.startsWith(u"the file is not valid JSON: "_s));
        QVERIFY(malformed.fileError.endsWith(u"(line 5)"_s));
        QVERIFY(malformed.accepted.isEmpty());

        QCOMPARE(
            ListingJson::fromJson(R"({"format": "something-else", "listings": []})", catalogue())
                .fileError,
            u"this is not a CareerPlanner listings file (\"format\" is not "
            "\"careerplanner-listings\")"_s);
        QCOMPARE(ListingJson::fromJson(
                     R"({"format": "careerplanner-listings", "version": 2, "listings": []})",
                     catalogue())
                     .fileError,
                 u"this file was written by a newer version of CareerPlanner (listings format 2; "
                 "this version reads 1)"_s);
        QCOMPARE(ListingJson::fromJson(readFile(u"nul-bytes.bin"_s), catalogue()).fileError,
                 u"this is a binary file, not text"_s);
        QCOMPARE(ListingJson::fromJson(QByteArray(), catalogue()).fileError,
                 u"the file is empty"_s);
        QCOMPARE(ListingJson::fromJson("[]", catalogue()).fileError, u"the file has no listings"_s);
        QCOMPARE(ListingJson::fromJson(R"({"listings": {}})", catalogue()).fileError,
                 u"\"listings\" is missing or is not a list"_s);
    }

    void jsonBareArray()
    {
        const ListingImportPreview preview = ListingJson::fromJson(
            R"([{"title": "A", "rateMinYen": 600000, "ratePeriod": "month"},
                {"title": "B", "ratePeriod": "week"}])",
            catalogue());
        QCOMPARE(preview.encoding, u"UTF-8"_s);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).listing.monthlyRateMinYen, std::optional<qint64>(600000));
        QVERIFY(!preview.accepted.at(0).listing.monthlyRateMaxYen);
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.at(0).line, 2);
        QCOMPARE(preview.rejected.at(0).field, u"ratePeriod"_s);
    }

    // A listing's stable id is kept as written (in one form: lower case, no braces); one that
    // is not a UUID rejects its listing, naming the key. Written back, it comes out the same.
    void jsonKeepsTheStableId()
    {
        const ListingImportPreview preview = ListingJson::fromJson(
            R"([{"title": "A", "uuid": "{3F2B8C1E-0D4A-4C6B-9A7E-5B1D2C3E4F50}"},
                {"title": "B", "uuid": "not-a-uuid"},
                {"title": "C", "uuid": 12}])",
            catalogue());
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).listing.uuid, u"3f2b8c1e-0d4a-4c6b-9a7e-5b1d2c3e4f50"_s);
        QCOMPARE(preview.rejected.size(), 2);
        for (const ImportRejection &rejection : preview.rejected) {
            QCOMPARE(rejection.field, u"uuid"_s);
            QVERIFY2(rejection.reason.contains(u"must be a UUID"_s), qPrintable(rejection.reason));
        }
        const QByteArray written = ListingJson::toJson({preview.accepted.at(0).listing}, {});
        QVERIFY(written.contains("\"uuid\": \"3f2b8c1e-0d4a-4c6b-9a7e-5b1d2c3e4f50\""));
        QCOMPARE(ListingJson::fromJson(written, catalogue()).accepted.at(0).listing.uuid,
                 preview.accepted.at(0).listing.uuid);
    }

    void jsonInUtf16()
    {
        const QString text = u"[{\"title\": \"在庫API\", \"rateMaxYen\": 800000}]"_s;
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ListingImportPreview preview = ListingJson::fromJson(bytes, catalogue());
        QCOMPARE(preview.encoding, u"UTF-16LE with BOM"_s);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.at(0).listing.title, u"在庫API"_s);
        QCOMPARE(preview.accepted.at(0).listing.monthlyRateMaxYen, std::optional<qint64>(800000));
    }

    void jsonRoundTrip()
    {
        const QList<Listing> listings = sampleListings();
        QHash<qint64, ListingJsonExtra> extras;
        extras.insert(1, {true, u"interviewing"_s, u"二次面談待ち"_s, {}, {}, {}});
        const QByteArray json = ListingJson::toJson(listings, extras);
        const ListingImportPreview preview = ListingJson::fromJson(json, catalogue());
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.rejected.size(), 0);
        QCOMPARE(preview.accepted.size(), listings.size());
        for (qsizetype i = 0; i < listings.size(); ++i) {
            Listing expected = listings.at(i);
            expected.id = 0;
            QCOMPARE(preview.accepted.at(i).listing, expected);
        }
        QCOMPARE(preview.accepted.at(0).extra,
                 ListingJsonExtra({true, u"interviewing"_s, u"二次面談待ち"_s, {}, {}, {}}));
        QCOMPARE(preview.accepted.at(1).extra, ListingJsonExtra());
    }

    // ---- ListingCsvExporter ------------------------------------------------------------

    void csvExportFormat()
    {
        const QByteArray csv = ListingCsvExporter::toCsv(sampleListings());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "title,rate,contract,positions,duration,work,skills,location,"
                               "remote,url,notes,source\r\n"));
        const QString text = QString::fromUtf8(csv);
        // Formula-like cells are neutralised; the one with a comma is also quoted.
        QVERIFY(text.contains(u"\r\n'=SUM(A1:A9) 案件,"_s));
        QVERIFY(text.contains(u"\"'+81, 連絡先\""_s));
        // Every record ends with CRLF; the only bare LF is inside the quoted work text.
        QCOMPARE(text.count(u"\r\n"_s), sampleListings().size() + 1);
        QCOMPARE(ListingCsvExporter::rateCell(sampleListings().at(1)), u"時給3000円〜4000円"_s);
        QCOMPARE(ListingCsvExporter::rateCell(sampleListings().at(2)), u"〜80万円"_s);
        QCOMPARE(ListingCsvExporter::rateCell(sampleListings().at(3)), u"応相談"_s);
        QCOMPARE(ListingCsvExporter::rateCell(sampleListings().at(4)), u"612345円〜"_s);
        // A wording that no longer matches the figures is replaced by them.
        Listing stale = sampleListings().at(0);
        stale.rateText = u"60万円"_s;
        QCOMPARE(ListingCsvExporter::rateCell(stale), u"55万円〜65万円"_s);
    }

    void csvExportRoundTrip()
    {
        const QList<Listing> listings = sampleListings();
        const ListingImportPreview preview =
            ListingCsvImporter(catalogue()).read(ListingCsvExporter::toCsv(listings));
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.encoding, u"UTF-8 with BOM"_s);
        QCOMPARE(preview.rejected.size(), 0);
        QCOMPARE(preview.accepted.size(), listings.size());
        for (qsizetype i = 0; i < listings.size(); ++i) {
            Listing expected = listings.at(i);
            expected.id = 0;
            expected.workKind.clear(); // not a CSV column
            expected.rateText = ListingCsvExporter::rateCell(listings.at(i));
            expected.skillsText = ListingCsvExporter::skillsCell(listings.at(i));
            expected.requirements = RequirementParser(catalogue()).parse(expected.skillsText);
            QCOMPARE(preview.accepted.at(i).listing, expected);
        }
    }

    // Skills that came as a list, with no wording (a JSON file from another program), are
    // written as wording the import reads back, not lost.
    void csvExportKeepsSkillsThatCameAsAList()
    {
        const QByteArray json = R"({"format": "careerplanner-listings", "version": 1,
            "listings": [{"title": "データ基盤", "rateMinYen": 700000, "rateMaxYen": 700000,
                          "skills": [{"name": "Java", "minYears": 3}, {"name": "Terraform"}]}]})";
        const ListingImportPreview fromJson = ListingJson::fromJson(json, catalogue());
        QVERIFY2(fromJson.fileError.isEmpty(), qPrintable(fromJson.fileError));
        QCOMPARE(fromJson.accepted.size(), 1);
        const Listing listing = fromJson.accepted.first().listing;
        QVERIFY(listing.skillsText.isEmpty());
        QCOMPARE(listing.requirements.size(), 2);
        const ListingImportPreview back =
            ListingCsvImporter(catalogue()).read(ListingCsvExporter::toCsv({listing}));
        QCOMPARE(back.accepted.size(), 1);
        const Listing read = back.accepted.first().listing;
        QCOMPARE(read.skillsText, u"Java(3年以上)、Terraform"_s);
        QCOMPARE(read.requirements.size(), 2);
        QCOMPARE(read.requirements.at(0).skillId, listing.requirements.at(0).skillId);
        QCOMPARE(read.requirements.at(0).minimumYears, 3.0);
        QCOMPARE(read.requirements.at(1).text, u"Terraform"_s);
    }

    // Text that starts with an apostrophe and a formula character comes back as it was: the
    // writer adds the apostrophe the reader takes off (the fuzzers' round trip found it).
    void csvExportKeepsALeadingApostrophe()
    {
        Listing listing;
        listing.title = u"'=1 と書く案件"_s;
        listing.notes = u"'+81 の電話"_s;
        listing.monthlyRateMinYen = listing.monthlyRateMaxYen = 600'000;
        const ListingImportPreview back =
            ListingCsvImporter(catalogue()).read(ListingCsvExporter::toCsv({listing}));
        QCOMPARE(back.accepted.size(), 1);
        QCOMPARE(back.accepted.first().listing.title, listing.title);
        QCOMPARE(back.accepted.first().listing.notes, listing.notes);
    }

    // ---- ListingDuplicateKey -----------------------------------------------------------

    void duplicateKeys()
    {
        Listing a;
        a.title = u"大手EC  バックエンド開発 (Java)"_s;
        a.monthlyRateMaxYen = 800000;
        a.source = u"求人サイトA"_s;
        Listing b = a;
        b.id = 42;
        b.title = u" 大手ＥＣ バックエンド開発 （ＪＡＶＡ）"_s;
        b.notes = u"different notes do not matter"_s;
        QCOMPARE(ListingDuplicateKey::of(a), ListingDuplicateKey::of(b));

        Listing otherRate = a;
        otherRate.monthlyRateMaxYen = 850000;
        QVERIFY(ListingDuplicateKey::of(a) != ListingDuplicateKey::of(otherRate));
        Listing openLower = a;
        openLower.monthlyRateMaxYen.reset();
        openLower.monthlyRateMinYen = 800000;
        QVERIFY(ListingDuplicateKey::of(a) != ListingDuplicateKey::of(openLower));
        Listing hourly = a;
        hourly.monthlyRateMaxYen.reset();
        hourly.hourlyRateMaxYen = 800000;
        QVERIFY(ListingDuplicateKey::of(a) != ListingDuplicateKey::of(hourly));
        Listing otherSource = a;
        otherSource.source = u"求人サイトB"_s;
        QVERIFY(ListingDuplicateKey::of(a) != ListingDuplicateKey::of(otherSource));
        // The derived monthly figure of an hourly listing does not change its key.
        Listing derived = hourly;
        derived.monthlyRateMaxYen = 128'000'000;
        QCOMPARE(ListingDuplicateKey::of(derived), ListingDuplicateKey::of(hourly));
    }

    // ---- Reading as a stream -----------------------------------------------------------

    // Pieces end on whole characters whatever their size: the pieces put together are the
    // text decoded whole, in every encoding a file may come in.
    void textPiecesAreWholeCharacters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("endsOnLineBreaks");
        const QString text = u"概要,報酬\n決済基盤 😀 刷新,70万円\r\n🎉\nGo,1\n"_s;
        QTest::newRow("UTF-8") << text.toUtf8() << true;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << true;
        QTest::newRow("Shift_JIS") << readFile(u"cp932.csv"_s) << true;
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("UTF-16LE") << le << false;
        QTest::newRow("UTF-16BE") << be << false;
    }

    void textPiecesAreWholeCharacters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, endsOnLineBreaks);
        const DecodedText whole = ImportTextDecoder::decode(bytes);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const TextEncoding encoding = ImportTextDecoder::detect(buffer);
        QCOMPARE(encoding.name, whole.encoding);
        quint64 firstFingerprint = 0;
        for (qsizetype pieceBytes : {4, 5, 7, 64}) {
            buffer.seek(0);
            ImportTextReader reader(buffer, encoding, pieceBytes);
            QStringList pieces;
            while (const auto piece = reader.next())
                pieces.append(*piece);
            QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
            if (pieceBytes * 2 < bytes.size())
                QVERIFY(pieces.size() > 1);
            QCOMPARE(pieces.join(QString()), whole.text);
            if (endsOnLineBreaks) {
                for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
                    QVERIFY(pieces.at(i).endsWith(u'\n'));
            }
            QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
            if (firstFingerprint == 0)
                firstFingerprint = reader.fingerprint();
            QCOMPARE(reader.fingerprint(), firstFingerprint); // the same bytes, however read
        }
        QByteArray changed = bytes;
        changed[changed.size() - 2] = changed.at(changed.size() - 2) == 'x' ? 'y' : 'x';
        QBuffer other(&changed);
        QVERIFY(other.open(QIODevice::ReadOnly));
        ImportTextReader reader(other, encoding);
        while (reader.next()) {
        }
        QVERIFY(reader.fingerprint() != firstFingerprint);
    }

    void textReaderStopsAtAnInvalidSequence()
    {
        // The file was valid UTF-8 when it was checked and is not now: the reader says where.
        QByteArray bytes = "a,b\n1,2\n" + QByteArray("\xE3\x81") + "\n3,4\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        TextEncoding utf8;
        utf8.name = u"UTF-8"_s;
        utf8.builtIn = QStringConverter::Utf8;
        ImportTextReader reader(buffer, utf8, 4);
        QStringList pieces;
        while (const auto piece = reader.next())
            pieces.append(*piece);
        QCOMPARE(pieces.join(QString()), u"a,b\n1,2\n"_s);
        QCOMPARE(reader.error(), u"the file is not valid UTF-8 text after byte 8"_s);
    }

    // A CSV file streamed to a sink gives the rows, lines and reasons the whole reading
    // gives, and counts every one; a collector with a limit keeps only the first.
    void csvStreamCountsEveryRow()
    {
        QByteArray csv = "概要,単価,スキル\n";
        for (int i = 1; i <= 2500; ++i) {
            const QByteArray rate = i % 500 == 0 ? "0円" : QByteArray::number(50 + i % 40) + "万円";
            csv += "案件" + QByteArray::number(i) + "," + rate + ",Java\n";
        }
        const ListingImportPreview whole = ListingFileReader::parse(csv, catalogue());
        QCOMPARE(whole.accepted.size(), 2495);
        QCOMPARE(whole.rejected.size(), 5);
        QCOMPARE(whole.acceptedCount, 2495);
        QCOMPARE(whole.rejectedCount, 5);
        QCOMPARE(whole.rejected.first().line, 501);

        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ListingPreviewCollector firstRows(100);
        const ListingImportPreview streamed = firstRows.finish(
            ListingFileReader::stream(buffer, catalogue(), std::nullopt, firstRows.sink()));
        QCOMPARE(streamed.acceptedCount, 2495);
        QCOMPARE(streamed.rejectedCount, 5);
        QCOMPARE(streamed.accepted.size(), 100);
        QCOMPARE(streamed.accepted.at(99).line, whole.accepted.at(99).line);
        QCOMPARE(streamed.accepted.at(99).listing, whole.accepted.at(99).listing);
        QCOMPARE(streamed.rejected.size(), 5);
        QCOMPARE(streamed.encoding, u"UTF-8"_s);
        QCOMPARE(streamed.bytesRead, qint64(csv.size()));

        // In small pieces (a piece may end inside a quoted field) the rows are the same.
        buffer.seek(0);
        const TextEncoding encoding = ImportTextDecoder::detect(buffer);
        buffer.seek(0);
        ImportTextReader text(buffer, encoding, 5);
        ListingPreviewCollector all;
        const ListingImportPreview small =
            all.finish(ListingCsvImporter(catalogue()).read(text, std::nullopt, all.sink()));
        QCOMPARE(small.accepted.size(), whole.accepted.size());
        QCOMPARE(small.accepted.last().listing, whole.accepted.last().listing);

        // A sink that stops the reading: the rest of the file is not read.
        buffer.seek(0);
        int seen = 0;
        ListingImportSink stopAtTen;
        stopAtTen.accepted = [&seen](ImportedListing &&) { return ++seen < 10; };
        const ListingImportPreview stopped =
            ListingFileReader::stream(buffer, catalogue(), std::nullopt, stopAtTen);
        QVERIFY(stopped.stopped);
        QVERIFY(stopped.fileError.isEmpty());
        QCOMPARE(seen, 10);
    }

    void jsonStreamMatchesTheWholeDocument()
    {
        QList<Listing> listings;
        for (int i = 0; i < 300; ++i) {
            Listing listing;
            listing.title = u"案件 \"%1\" {x} [y]"_s.arg(i); // brackets and quotes inside texts
            listing.monthlyRateMinYen = 600'000 + i * 1000;
            listing.skillsText = u"Java 3年以上"_s;
            listing.notes = u"改行\nあり\\"_s;
            listings.append(listing);
        }
        const QByteArray json = ListingJson::toJson(listings);
        for (qsizetype pieceBytes : {3, 17, 4096}) {
            QByteArray bytes = json;
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            const TextEncoding encoding = ImportTextDecoder::detect(buffer);
            buffer.seek(0);
            ImportTextReader text(buffer, encoding, pieceBytes);
            ListingPreviewCollector all;
            const ListingImportPreview preview =
                all.finish(ListingJson::read(text, catalogue(), all.sink()));
            QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
            QCOMPARE(preview.accepted.size(), 300);
            QCOMPARE(preview.accepted.at(123).listing.title, listings.at(123).title);
            QCOMPARE(preview.accepted.at(123).listing.notes, listings.at(123).notes);
            QCOMPARE(preview.accepted.at(299).line, 300);
        }
    }

    void jsonStreamRefusesWholeFilesItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("newer version after the listings")
            << QByteArray(R"({"listings": [{"title": "a"}], "version": 9})")
            << u"this file was written by a newer version of CareerPlanner (listings format 9; "
               "this version reads 1)"_s;
        QTest::newRow("another format after the listings")
            << QByteArray(R"({"listings": [{"title": "a"}], "format": "x"})")
            << u"this is not a CareerPlanner listings file (\"format\" is not "
               "\"careerplanner-listings\")"_s;
        QTest::newRow("cut short inside a listing")
            << QByteArray("{\"listings\": [{\"title\": \"a\"},\n{\"title\": \"b")
            << u"the file is not valid JSON: the file ends inside a value that opens on line 2 "
               "(line 2)"_s;
        QTest::newRow("cut short between listings")
            << QByteArray("[{\"title\": \"a\"},\n{\"title\": \"b\"}\n")
            << u"the file is not valid JSON: the file ends inside the list (line 3)"_s;
        QTest::newRow("comma missing between listings")
            << QByteArray("[{\"title\": \"a\"}\n{\"title\": \"b\"}]")
            << u"the file is not valid JSON: a comma is missing (line 2)"_s;
        QTest::newRow("text after the document")
            << QByteArray("[{\"title\": \"a\"}]\nx")
            << u"the file is not valid JSON: text follows the end of the document (line 2)"_s;
        QTest::newRow("listings is an object") << QByteArray(R"({"listings": {"title": "a"}})")
                                               << u"\"listings\" is missing or is not a list"_s;
        QTest::newRow("a key without quotes")
            << QByteArray("{\n listings: []}")
            << u"the file is not valid JSON: a member's name in quotes is expected (line 2)"_s;
    }

    void jsonStreamRefusesWholeFilesItCannotTrust()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ListingImportPreview preview = ListingJson::fromJson(json, catalogue());
        QCOMPARE(preview.fileError, error);
        QVERIFY(preview.accepted.isEmpty()); // nothing of a refused file is offered
        QCOMPARE(preview.acceptedCount, 0);
    }

    // A JSON file in UTF-16 is found to be JSON by its text, not by its first byte.
    void fileReaderTellsJsonByItsText()
    {
        const QString text = u"  [{\"title\": \"決済基盤\", \"rateMinYen\": 700000}]"_s;
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ListingImportPreview preview = ListingFileReader::parse(utf16, catalogue());
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.first().listing.title, u"決済基盤"_s);
        QCOMPARE(preview.encoding, u"UTF-16LE with BOM"_s);
    }

private:
    static QList<Listing> sampleListings()
    {
        const RequirementParser parser(catalogue());
        QList<Listing> listings;

        Listing monthly;
        monthly.id = 1;
        monthly.title = u"=SUM(A1:A9) 案件"_s;
        monthly.monthlyRateMinYen = 550000;
        monthly.monthlyRateMaxYen = 650000;
        monthly.rateText = u"55〜65万円（スキル見合い）"_s;
        monthly.contract = u"業務委託"_s;
        monthly.positions = u"バックエンドエンジニア"_s;
        monthly.duration = u"長期"_s;
        monthly.workContent = u"API設計\n\"レビュー\"含む"_s;
        monthly.skillsText = u"Javaでの開発経験(3年以上)、AWSの利用経験"_s;
        monthly.requirements = parser.parse(monthly.skillsText);
        monthly.location = u"東京"_s;
        monthly.remote = u"一部リモート"_s;
        monthly.url = u"https://example.com/1"_s;
        monthly.notes = u"+81, 連絡先"_s;
        monthly.source = u"求人サイトA"_s;
        monthly.workKind = u"development"_s;
        listings.append(monthly);

        Listing hourly;
        hourly.id = 2;
        hourly.title = u"データ基盤"_s;
        hourly.hourlyRateMinYen = 3000;
        hourly.hourlyRateMaxYen = 4000;
        hourly.skillsText = u"Python"_s;
        hourly.requirements = parser.parse(hourly.skillsText);
        listings.append(hourly);

        Listing upTo;
        upTo.id = 3;
        upTo.title = u"上限のみ"_s;
        upTo.monthlyRateMaxYen = 800000;
        listings.append(upTo);

        Listing negotiable;
        negotiable.id = 4;
        negotiable.title = u"応相談の案件"_s;
        negotiable.rateText = u"応相談"_s;
        listings.append(negotiable);

        Listing odd;
        odd.id = 5;
        odd.title = u"端数のある下限"_s;
        odd.monthlyRateMinYen = 612345;
        // Requirements without a skillsText, as a hand-made listing may have them.
        odd.requirements = {{u"go"_s, u"Go"_s, 2}, {QString(), u"Terraform"_s, 1}};
        listings.append(odd);
        return listings;
    }
};

QTEST_GUILESS_MAIN(TestListingImport)
#include "tst_listingimport.moc"
