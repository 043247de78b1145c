#include "core/CsvReader.h"
#include "core/CsvRecordReader.h"
#include "core/CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    // A file is read a piece at a time and a piece may end anywhere; cut at every position,
    // in two and in pieces of every length, the records and errors are those of the whole.
    void recordsDoNotDependOnWhereTheTextIsCut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes, CRLF, newlines in quotes")
            << u"title,rate\r\n\"会計, 刷新\",\"60万\"\r\n\"複数\r\n\"\"引用\"\"\",7\r\n\r\nx,\"\"\n"_s;
        QTest::newRow("CR only, blank and comma-only lines") << u"a,b\r\r,\r1,\"2\"\r\"\""_s;
        QTest::newRow("doubled quote at the end") << u"a\n\"x\"\"\""_s;
        QTest::newRow("quote inside an unquoted field") << u"a,b\n1,x\"y\n"_s;
        QTest::newRow("text after a closing quote") << u"a\n\"x\"y,1\n"_s;
        QTest::newRow("never closed") << u"a,b\n1,\"open\r\nstill\n"_s;
    }

    void recordsDoNotDependOnWhereTheTextIsCut()
    {
        QFETCH(QString, text);
        const CsvParseResult whole = CsvReader::parse(text);
        auto readInPieces = [&text](const QList<qsizetype> &cuts) {
            CsvParseResult result;
            CsvRecordReader reader([&result](CsvRecord &&record) {
                result.records.append(std::move(record));
                return true;
            });
            qsizetype from = 0;
            bool ok = true;
            for (qsizetype cut : cuts) {
                ok = ok && reader.feed(QStringView(text).sliced(from, cut - from));
                from = cut;
            }
            ok = ok && reader.feed(QStringView(text).sliced(from)) && reader.finish();
            if (!ok) {
                result.error = reader.error();
                result.errorLine = reader.errorLine();
            }
            return result;
        };
        auto same = [&whole](const CsvParseResult &pieces, const QString &how) {
            QVERIFY2(pieces.error == whole.error && pieces.errorLine == whole.errorLine,
                     qPrintable(how + u": "_s + pieces.error));
            QCOMPARE(pieces.records.size(), whole.records.size());
            for (qsizetype i = 0; i < whole.records.size(); ++i) {
                QCOMPARE(pieces.records.at(i).line, whole.records.at(i).line);
                QCOMPARE(pieces.records.at(i).fields, whole.records.at(i).fields);
            }
        };
        for (qsizetype cut = 0; cut <= text.size(); ++cut)
            same(readInPieces({cut}), u"cut at %1"_s.arg(cut));
        for (qsizetype length = 1; length <= 4; ++length) {
            QList<qsizetype> cuts;
            for (qsizetype cut = length; cut < text.size(); cut += length)
                cuts.append(cut);
            same(readInPieces(cuts), u"pieces of %1"_s.arg(length));
        }
    }

    void aHandlerStopsTheReading()
    {
        int seen = 0;
        CsvRecordReader reader([&seen](CsvRecord &&) { return ++seen < 2; });
        QVERIFY(!reader.feed(u"a\nb\nc\nd\n"_s));
        QCOMPARE(seen, 2);
        QVERIFY(reader.error().isEmpty());
        QVERIFY(!reader.feed(u"e\n"_s)); // ignored once stopped
        QCOMPARE(seen, 2);
    }

    void readsPlainRecordsWithLineNumbers()
    {
        const auto result = CsvReader::parse(u"a,b,c\n1,2,3\n"_s);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).fields, QStringList({u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(result.records.at(1).line, 2);
    }

    void readsQuotesDoubledQuotesAndNewlinesInsideQuotes()
    {
        const auto result =
            CsvReader::parse(u"title,rate\r\n\"会計システム, 刷新\",\"600,000円/月\"\r\n"
                             "\"複数行\n\"\"引用\"\"あり\",70万円\r\n次の行,1\r\n"_s);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 4);
        QCOMPARE(result.records.at(1).fields.at(0), u"会計システム, 刷新"_s);
        QCOMPARE(result.records.at(1).fields.at(1), u"600,000円/月"_s);
        QCOMPARE(result.records.at(2).fields.at(0), u"複数行\n\"引用\"あり"_s);
        QCOMPARE(result.records.at(2).line, 3);
        // The record after a two-line field starts on physical line 5.
        QCOMPARE(result.records.at(3).line, 5);
    }

    void skipsBlankLinesAndKeepsEmptyFields()
    {
        const auto result = CsvReader::parse(u"a,b\n\n,x\n\n"_s);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).fields, QStringList({QString(), u"x"_s}));
        QCOMPARE(result.records.at(1).line, 3);
    }

    void lastRecordWithoutNewline()
    {
        const auto result = CsvReader::parse(u"a,b\n1,2"_s);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).fields.at(1), u"2"_s);
    }

    void reportsUnterminatedQuoteWithItsLine()
    {
        const auto result = CsvReader::parse(u"a,b\n1,2\n3,\"never closed\n4,5\n"_s);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorLine, 3);
        QVERIFY(result.error.contains(u"3"_s));
    }

    void reportsQuoteInsideUnquotedField()
    {
        const auto result = CsvReader::parse(u"a,b\n1,2\"x\n"_s);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorLine, 2);
    }

    void writerQuotesAndNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Java"_s << u"Java"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+81"_s << u"'+81"_s;
        QTest::newRow("formula -") << u"-1"_s << u"'-1"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        // A text that starts like a neutralised formula keeps its own apostrophe on import.
        QTest::newRow("apostrophe formula") << u"'=1"_s << u"''=1"_s;
        QTest::newRow("apostrophe text") << u"'tis"_s << u"'tis"_s;
    }

    void writerQuotesAndNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeCell(cell), expected);
    }

    void writtenRowsReadBack()
    {
        const QStringList cells{u"a,b"_s, u"x\"y"_s, u"line1\nline2"_s, u"plain"_s};
        const auto result = CsvReader::parse(CsvWriter::row(cells));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.first().fields, cells);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
