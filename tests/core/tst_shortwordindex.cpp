// The index of one- and two-character words against the plain definition: a listing matches
// when one of its fields contains the word, ASCII letters compared without case.
#include "core/search/ShortWordIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Row
{
    qint64 id;
    QStringList fields;
};

// What SQLite's instr(lower(field), lower(word)) finds: ASCII folded only.
QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &c : lowered)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return lowered;
}

QList<qint64> bruteForce(const QList<Row> &rows, const QString &word)
{
    QList<qint64> found;
    for (const Row &row : rows) {
        for (const QString &field : row.fields) {
            if (asciiLower(field).contains(asciiLower(word))) {
                found.push_back(row.id);
                break;
            }
        }
    }
    return found;
}

// expected: what reserve() is told (0: nothing); a list then becomes a bitmap while it grows.
ShortWordIndex indexOf(const QList<Row> &rows, qsizetype expected = 0)
{
    ShortWordIndex index;
    if (expected > 0)
        index.reserve(expected);
    for (const Row &row : rows) {
        QList<QStringView> views;
        for (const QString &field : row.fields)
            views.append(field);
        Q_ASSERT(views.size() == 3);
        index.add(row.id, {views[0], views[1], views[2]});
    }
    index.finish();
    return index;
}
} // namespace

class TestShortWordIndex : public QObject
{
    Q_OBJECT

private slots:
    void answersOneAndTwoCodePoints()
    {
        QVERIFY(ShortWordIndex::answers(u"G"_s));
        QVERIFY(ShortWordIndex::answers(u"保守"_s));
        // One character outside the BMP is one code point, two UTF-16 units.
        QVERIFY(ShortWordIndex::answers(u"\U00020BB7野"_s));
        QVERIFY(!ShortWordIndex::answers(u"AWS"_s));
        QVERIFY(!ShortWordIndex::answers(QString()));
    }

    void findsWordsAsTheDatabaseDoes()
    {
        const QList<Row> rows{
            {3, {u"Goによる配送管理"_s, u"保守・運用"_s, u"GO(2年)"_s}},
            {7, {u"決済基盤のAPI開発"_s, u"既存システムの保守"_s, u"Java"_s}},
            {8, {u"ＧＯ全角"_s, u"\U00020BB7野家の案件"_s, QString()}},
            {1'000'000, {u"末尾A"_s, u"Bで始まる"_s, u"google"_s}},
        };
        const ShortWordIndex index = indexOf(rows);
        QCOMPARE(index.listingCount(), 4);
        QCOMPARE(index.find(u"go"_s), (QList<qint64>{3, 1'000'000}));
        QCOMPARE(index.find(u"GO"_s), (QList<qint64>{3, 1'000'000}));
        QCOMPARE(index.find(u"保守"_s), (QList<qint64>{3, 7}));
        QCOMPARE(index.find(u"保"_s), (QList<qint64>{3, 7}));
        // Only ASCII is folded, as SQLite's lower() does: full-width letters are themselves.
        QCOMPARE(index.find(u"ＧＯ"_s), (QList<qint64>{8}));
        QCOMPARE(index.find(u"ｇｏ"_s), QList<qint64>{});
        QCOMPARE(index.find(u"\U00020BB7野"_s), (QList<qint64>{8}));
        QCOMPARE(index.find(u"\U00020BB7"_s), (QList<qint64>{8}));
        // Fields are not joined: "A" ends one field and "B" starts the next.
        QCOMPARE(index.find(u"AB"_s), QList<qint64>{});
        QCOMPARE(index.find(u"ab"_s), QList<qint64>{});
        QCOMPARE(index.find(u"A"_s), (QList<qint64>{7, 1'000'000}));
        QCOMPARE(index.find(u"存在"_s), QList<qint64>{});
        // Three characters are the trigram index's: this one never answers them.
        QCOMPARE(index.find(u"保守・"_s), QList<qint64>{});
        QCOMPARE(index.ids(), (QList<qint64>{3, 7, 8, 1'000'000}));

        // findInto() appends to what the list holds, and adds nothing for a word it does not
        // answer or that no listing contains.
        QList<qint64> into{-1};
        index.findInto(u"go"_s, &into);
        QCOMPARE(into, (QList<qint64>{-1, 3, 1'000'000}));
        index.findInto(u"保守・"_s, &into);
        index.findInto(u"存在"_s, &into);
        QCOMPARE(into, (QList<qint64>{-1, 3, 1'000'000}));
    }

    // Thousands of listings, so that common characters are stored as bitmaps and rare ones as
    // gaps, with ids that jump (gaps of several bytes): every word of one or two characters
    // from the alphabet is compared with the plain definition.
    void matchesThePlainDefinitionOnARandomCorpus()
    {
        const QString alphabet = u"abcXYZ保守運用決済GoJ \U0001F600"_s;
        QList<QString> characters;
        for (qsizetype i = 0; i < alphabet.size(); ++i) {
            if (alphabet.at(i).isHighSurrogate()) {
                characters.append(alphabet.mid(i, 2));
                ++i;
            } else {
                characters.append(alphabet.mid(i, 1));
            }
        }
        QRandomGenerator random(20261130);
        QList<Row> rows;
        qint64 id = 0;
        for (int n = 0; n < 5'000; ++n) {
            id += 1 + (random.bounded(10) == 0 ? random.bounded(100'000) : 0);
            Row row{id, {}};
            for (int f = 0; f < 3; ++f) {
                QString text;
                // Rare characters in few listings, common ones in most.
                const int length = random.bounded(f == 1 ? 12 : 4);
                for (int c = 0; c < length; ++c)
                    text += characters.at(random.bounded(int(characters.size())) /
                                          (random.bounded(3) == 0 ? 1 : 2));
                row.fields.append(text);
            }
            rows.append(row);
        }
        // Told the number of listings, too few of them (the bitmaps grow), or nothing (the
        // lists become bitmaps at the end): the same answers.
        for (const qsizetype expected : {qsizetype(0), rows.size(), rows.size() / 2}) {
            const ShortWordIndex index = indexOf(rows, expected);
            int checked = 0;
            for (const QString &first : characters) {
                QCOMPARE(index.find(first), bruteForce(rows, first));
                for (const QString &second : characters) {
                    const QString word = first + second;
                    if (word.trimmed() != word)
                        continue; // the search splits at spaces; never asked
                    QCOMPARE(index.find(word), bruteForce(rows, word));
                    ++checked;
                }
            }
            QVERIFY(checked > 200);
            // Both forms were exercised: a common character is a bitmap (an eighth of a byte
            // a listing), far smaller than one byte a listing.
            QVERIFY(index.find(u"a"_s).size() > 2'000);
            QVERIFY2(index.memoryBytes() < size_t(rows.size()) * 40,
                     qPrintable(QString::number(index.memoryBytes())));
        }
    }

    void emptyIndexFindsNothing()
    {
        ShortWordIndex index;
        index.finish();
        QCOMPARE(index.find(u"a"_s), QList<qint64>{});
        QCOMPARE(index.listingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShortWordIndex)
#include "tst_shortwordindex.moc"
