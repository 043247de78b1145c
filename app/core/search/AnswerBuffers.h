#pragma once

#include <QList>
#include <QtGlobal>
#include <cstddef>

// Keeps the memory of a search's earlier answers for the next ones. A broad answer in a
// million listings is megabytes of ids, and memory written for the first time costs a page
// fault a page (11-23 µs a page on the benchmark machines: "Java" wrote 2.6 MB into fresh
// memory, about a third of its keystroke). An answer handed on is shared, not copied: once
// its receiver lets it go, this is its only holder and its block is written again.
//
// Used on one thread (the search's). Holds at most a few blocks; release() lets them all go,
// for when typing has stopped.
class AnswerBuffers
{
public:
    // An empty list with room for capacity ids: a block no one else holds any more (the
    // largest, so that it never has to grow), or a new one.
    QList<qint64> take(qsizetype capacity);
    // Keeps a share of answer for a later take() and returns it (shared, not copied).
    QList<qint64> keep(QList<qint64> answer);
    // Lets every kept block go.
    void release();

    // The blocks kept, and the bytes of those written to (for tests and the benchmarks).
    qsizetype keptCount() const { return m_kept.size(); }
    std::size_t keptBytes() const;

    // A block beyond this many lets the smallest go: an answer being filled, the one the
    // window is taking and a spare.
    static constexpr qsizetype maxKept = 3;

private:
    QList<QList<qint64>> m_kept;
};
