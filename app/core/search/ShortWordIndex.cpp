#include "ShortWordIndex.h"

#include "core/FreedMemory.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace {
constexpr uint64_t pairFlag = uint64_t(1) << 42;

// The code points of a text, ASCII letters folded to lower case; an unpaired surrogate counts
// as one code point of its own, as SQLite would see its replacement.
template <typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        uint32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        visit(c);
    }
}

uint64_t pairKey(uint32_t first, uint32_t second)
{
    return pairFlag | (uint64_t(first) << 21) | second;
}

// Calls keep with each listing number set in a bitmap, in ascending order.
template <typename Keep> void forEachInBitmap(const std::vector<uint64_t> &words, Keep &&keep)
{
    for (size_t w = 0; w < words.size(); ++w) {
        for (uint64_t word = words[w]; word != 0; word &= word - 1)
            keep(uint32_t(w * 64) + uint32_t(std::countr_zero(word)));
    }
}

// Calls keep with each listing number of a list of gaps (a variable-length code, the first
// value the first number), in ascending order.
template <typename Keep> void forEachInGaps(const uint8_t *bytes, uint32_t size, Keep &&keep)
{
    uint32_t number = 0;
    const uint8_t *end = bytes + size;
    bool first = true;
    while (bytes < end) {
        uint32_t value = 0;
        int shift = 0;
        uint8_t byte = 0;
        do {
            byte = *bytes++;
            value |= uint32_t(byte & 0x7f) << shift;
            shift += 7;
        } while ((byte & 0x80) && bytes < end);
        number = first ? value : number + value;
        first = false;
        keep(number);
    }
}
} // namespace

uint32_t ShortWordIndex::newBlock()
{
    if (m_freeBlocks != 0) {
        const uint32_t reused = m_freeBlocks;
        m_freeBlocks = block(reused).next;
        block(reused).next = 0;
        return reused;
    }
    if (m_blocksUsed == m_slabs.size() * blocksPerSlab)
        m_slabs.push_back(std::make_unique_for_overwrite<Block[]>(blocksPerSlab));
    if (m_blocksUsed == 0)
        m_blocksUsed = 1; // block 0 stays unused, so that 0 can mean "no block"
    block(m_blocksUsed).next = 0;
    return m_blocksUsed++;
}

void ShortWordIndex::append(Builder &builder, uint32_t value)
{
    uint8_t encoded[5];
    int size = 0;
    while (value >= 0x80) {
        encoded[size++] = uint8_t(value | 0x80);
        value >>= 7;
    }
    encoded[size++] = uint8_t(value);
    for (int i = 0; i < size; ++i) {
        if (builder.usedInLast == Block::capacity) {
            const uint32_t next = newBlock();
            block(builder.lastBlock).next = next;
            builder.lastBlock = next;
            builder.usedInLast = 0;
        }
        block(builder.lastBlock).bytes[builder.usedInLast++] = encoded[i];
    }
    builder.bytes += uint32_t(size);
}

void ShortWordIndex::setBit(std::vector<uint64_t> &words, uint32_t number)
{
    if (number / 64 >= words.size())
        words.resize(number / 64 + 1, 0);
    words[number / 64] |= uint64_t(1) << (number % 64);
}

void ShortWordIndex::makeBitmap(Builder &builder, size_t listings)
{
    const std::vector<uint8_t> gaps = gapsOf(builder);
    std::vector<uint64_t> words((listings + 63) / 64, 0);
    forEachInGaps(gaps.data(), uint32_t(gaps.size()),
                  [&words](uint32_t number) { setBit(words, number); });
    // The chain's blocks go to the free list, for the lists still growing.
    for (uint32_t index = builder.firstBlock;;) {
        const uint32_t next = block(index).next;
        const bool last = index == builder.lastBlock;
        block(index).next = m_freeBlocks;
        m_freeBlocks = index;
        if (last)
            break;
        index = next;
    }
    builder.bitmap = int32_t(m_bitmaps.size());
    builder.bytes = 0;
    m_bitmaps.push_back(std::move(words));
}

std::vector<uint8_t> ShortWordIndex::gapsOf(const Builder &builder)
{
    std::vector<uint8_t> gaps(builder.bytes);
    uint32_t copied = 0;
    for (uint32_t index = builder.firstBlock; copied < builder.bytes; index = block(index).next) {
        const uint32_t chunk = std::min(Block::capacity, builder.bytes - copied);
        std::memcpy(gaps.data() + copied, block(index).bytes, chunk);
        copied += chunk;
    }
    return gaps;
}

bool ShortWordIndex::answers(QStringView word)
{
    int count = 0;
    forEachCodePoint(word, [&count](uint32_t) { ++count; });
    return count == 1 || count == 2;
}

void ShortWordIndex::reserve(qsizetype listings)
{
    m_expectedListings = size_t(std::max<qsizetype>(0, listings));
    m_ids.reserve(m_expectedListings);
}

void ShortWordIndex::add(qint64 id, std::initializer_list<QStringView> fields)
{
    Q_ASSERT(m_ids.isEmpty() || id > m_ids.back());
    const auto number = uint32_t(m_ids.size());
    m_ids.push_back(id);
    m_listingKeys.clear();
    for (QStringView field : fields) {
        uint32_t previous = 0;
        bool hasPrevious = false;
        forEachCodePoint(field, [&](uint32_t c) {
            m_listingKeys.push_back(c);
            if (hasPrevious)
                m_listingKeys.push_back(pairKey(previous, c));
            previous = c;
            hasPrevious = true;
        });
    }
    std::sort(m_listingKeys.begin(), m_listingKeys.end());
    m_listingKeys.erase(std::unique(m_listingKeys.begin(), m_listingKeys.end()),
                        m_listingKeys.end());
    const size_t bitmapBytes = (m_expectedListings + 63) / 64 * 8;
    for (uint64_t key : m_listingKeys) {
        const auto [it, isNew] = m_builderOf.try_emplace(key, uint32_t(m_builders.size()));
        if (isNew) {
            Builder fresh;
            fresh.firstBlock = fresh.lastBlock = newBlock();
            m_builders.push_back(fresh);
        }
        Builder &builder = m_builders[it->second];
        if (builder.bitmap >= 0) {
            setBit(m_bitmaps[size_t(builder.bitmap)], number);
        } else {
            append(builder, builder.count == 0 ? number : number - builder.last);
            if (builder.bytes > bitmapBytes && bitmapBytes > 0)
                makeBitmap(builder, m_expectedListings);
        }
        builder.last = number;
        ++builder.count;
    }
}

void ShortWordIndex::finish()
{
    const size_t listings = m_ids.size();
    const size_t bitmapWords = (listings + 63) / 64;
    std::vector<std::pair<uint64_t, uint32_t>> keys(m_builderOf.begin(), m_builderOf.end());
    m_builderOf = {};
    std::sort(keys.begin(), keys.end());

    // Lists still in gaps that are longer than a bitmap become one now (when the number of
    // listings was not known in advance).
    for (const auto &[key, builderIndex] : keys) {
        Builder &builder = m_builders[builderIndex];
        if (builder.bitmap < 0 && builder.bytes > bitmapWords * 8)
            makeBitmap(builder, listings);
    }
    size_t arenaBytes = 0;
    for (const auto &[key, builderIndex] : keys)
        arenaBytes += m_builders[builderIndex].bitmap < 0 ? m_builders[builderIndex].bytes : 0;
    m_arena.clear();
    m_arena.reserve(arenaBytes);
    m_postings.clear();
    m_postings.reserve(keys.size());
    for (const auto &[key, builderIndex] : keys) {
        const Builder &builder = m_builders[builderIndex];
        if (builder.bitmap >= 0) {
            std::vector<uint64_t> &words = m_bitmaps[size_t(builder.bitmap)];
            words.resize(bitmapWords, 0);
            words.shrink_to_fit();
            m_postings.push_back(
                {key, uint64_t(builder.bitmap), uint32_t(bitmapWords * 8), builder.count, true});
            continue;
        }
        const std::vector<uint8_t> gaps = gapsOf(builder);
        m_postings.push_back({key, m_arena.size(), uint32_t(gaps.size()), builder.count, false});
        m_arena.insert(m_arena.end(), gaps.begin(), gaps.end());
    }
    m_builders = {};
    m_slabs.clear();
    m_slabs.shrink_to_fit();
    m_blocksUsed = 0;
    m_freeBlocks = 0;
    m_listingKeys = {};
    FreedMemory::returnToSystem(); // the build's blocks and the texts read for it
}

QList<qint64> ShortWordIndex::find(QStringView word) const
{
    QList<qint64> found;
    findInto(word, &found);
    return found;
}

void ShortWordIndex::findInto(QStringView word, QList<qint64> *into) const
{
    std::vector<uint32_t> codePoints;
    forEachCodePoint(word, [&codePoints](uint32_t c) { codePoints.push_back(c); });
    if (codePoints.empty() || codePoints.size() > 2)
        return;
    const uint64_t key =
        codePoints.size() == 1 ? codePoints.front() : pairKey(codePoints[0], codePoints[1]);
    const auto it = std::lower_bound(m_postings.begin(), m_postings.end(), key);
    if (it == m_postings.end() || it->key != key)
        return;
    // Straight into the answer, with no list of numbers between: each large block written for
    // the first time costs its pages' faults (a page 11 µs on the benchmark machine).
    into->reserve(into->size() + it->count);
    const auto keep = [into, this](uint32_t number) { into->append(m_ids[number]); };
    if (it->bitmap)
        forEachInBitmap(m_bitmaps[it->offset], keep);
    else
        forEachInGaps(m_arena.data() + it->offset, it->bytes, keep);
}

size_t ShortWordIndex::memoryBytes() const
{
    size_t bytes = m_ids.capacity() * sizeof(qint64) + m_postings.capacity() * sizeof(Postings) +
                   m_arena.capacity();
    for (const std::vector<uint64_t> &words : m_bitmaps)
        bytes += words.capacity() * sizeof(uint64_t);
    return bytes;
}
