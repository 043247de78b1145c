// AnswerBuffers hands out the block of an earlier answer once no one else holds it, never one
// still held, and keeps only a few.
#include "core/search/AnswerBuffers.h"

#include <QTest>

class TestAnswerBuffers : public QObject
{
    Q_OBJECT

private slots:
    void aNewBufferIsEmptyWithTheRoomAskedFor()
    {
        AnswerBuffers buffers;
        const QList<qint64> buffer = buffers.take(1000);
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.capacity() >= 1000);
        QCOMPARE(buffers.keptCount(), 0);
    }

    void aBlockLetGoIsReused()
    {
        AnswerBuffers buffers;
        QList<qint64> answer = buffers.take(1000);
        answer << 1 << 2 << 3;
        const qint64 *block = answer.constData();
        QList<qint64> handedOn = buffers.keep(std::move(answer));
        QCOMPARE(handedOn.constData(), block); // shared, not copied
        QCOMPARE(buffers.keptCount(), 1);
        QCOMPARE(buffers.keptBytes(), 3 * sizeof(qint64));

        // Still held by its receiver: a new block, and the held answer is untouched.
        QList<qint64> second = buffers.take(1000);
        QVERIFY(second.constData() != block);
        second << 9;
        QCOMPARE(handedOn, (QList<qint64>{1, 2, 3}));
        buffers.keep(std::move(second));

        // Let go: the next take() writes into the same block, emptied.
        handedOn = QList<qint64>();
        const QList<qint64> reused = buffers.take(1000);
        QVERIFY(reused.isEmpty());
        QCOMPARE(reused.constData(), block);
        QCOMPARE(buffers.keptCount(), 1); // the other one is still kept
    }

    void keepsAFewAndTheLargest()
    {
        AnswerBuffers buffers;
        QList<QList<qint64>> held; // nothing kept is free while its share is held here
        for (int i = 1; i <= AnswerBuffers::maxKept + 2; ++i) {
            QList<qint64> answer = buffers.take(i * 1000);
            answer.append(i);
            held.append(buffers.keep(std::move(answer)));
        }
        QCOMPARE(buffers.keptCount(), AnswerBuffers::maxKept);
        QVERIFY(buffers.take(10).capacity() < 1000); // none free: a new, small block
        held.clear();
        // The largest are kept: a take() for the most room needs no new block.
        const QList<qint64> largest = buffers.take((AnswerBuffers::maxKept + 2) * 1000);
        QCOMPARE(largest.size(), 0);
        QCOMPARE(buffers.keptCount(), AnswerBuffers::maxKept - 1);
        QVERIFY(largest.capacity() >= (AnswerBuffers::maxKept + 2) * 1000);
    }

    void anEmptyAnswerIsNotKept()
    {
        AnswerBuffers buffers;
        buffers.keep(QList<qint64>());
        QCOMPARE(buffers.keptCount(), 0);
    }

    void releaseLetsEverythingGo()
    {
        AnswerBuffers buffers;
        QList<qint64> answer = buffers.take(10);
        answer << 5;
        const QList<qint64> held = buffers.keep(std::move(answer));
        buffers.release();
        QCOMPARE(buffers.keptCount(), 0);
        QCOMPARE(buffers.keptBytes(), std::size_t(0));
        QCOMPARE(held, QList<qint64>{5}); // a receiver's share outlives the release
    }
};

QTEST_GUILESS_MAIN(TestAnswerBuffers)
#include "tst_answerbuffers.moc"
