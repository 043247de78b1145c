#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
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
