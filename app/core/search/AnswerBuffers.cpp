#include "AnswerBuffers.h"

#include <algorithm>

QList<qint64> AnswerBuffers::take(qsizetype capacity)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_kept.size(); ++i) {
        if (!m_kept.at(i).isDetached())
            continue; // still held by whoever the answer went to
        if (best < 0 || m_kept.at(i).capacity() > m_kept.at(best).capacity())
            best = i;
    }
    QList<qint64> buffer;
    if (best >= 0)
        buffer = m_kept.takeAt(best);
    buffer.clear(); // keeps the block: this is its only holder
    buffer.reserve(capacity);
    return buffer;
}

QList<qint64> AnswerBuffers::keep(QList<qint64> answer)
{
    if (answer.capacity() == 0)
        return answer; // no block of its own (empty, or static data)
    m_kept.append(answer);
    if (m_kept.size() > maxKept) {
        const auto smallest = std::min_element(m_kept.cbegin(), m_kept.cend(),
                                               [](const QList<qint64> &a, const QList<qint64> &b) {
                                                   return a.capacity() < b.capacity();
                                               });
        m_kept.removeAt(smallest - m_kept.cbegin());
    }
    return answer;
}

void AnswerBuffers::release()
{
    m_kept.clear();
    m_kept.squeeze();
}

std::size_t AnswerBuffers::keptBytes() const
{
    std::size_t bytes = 0;
    for (const QList<qint64> &kept : m_kept)
        bytes += std::size_t(kept.size()) * sizeof(qint64);
    return bytes;
}
