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

} // namespace

uint32_t ShortWordIndex::newBlock()
{
    if (m_blocksUsed == m_slabs.size() * blocksPerSlab)
        m_slabs.push_back(std::make_unique_for_overwrite<Block[]>(blocksPerSlab));
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

void ShortWordIndex::add(qint64 id, std::initializer_list<QStringView> fields)
{
    Q_ASSERT(m_ids.empty() || id > m_ids.back());
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
    for (uint64_t key : m_listingKeys) {
        const auto [it, isNew] = m_builderOf.try_emplace(key, uint32_t(m_builders.size()));
        if (isNew) {
            Builder fresh;
            fresh.firstBlock = fresh.lastBlock = newBlock();
            m_builders.push_back(fresh);
        }
        Builder &builder = m_builders[it->second];
        append(builder, builder.count == 0 ? number : number - builder.last);
        builder.last = number;
        ++builder.count;
    }
}

void ShortWordIndex::finish()
{
    const size_t listings = m_ids.size();
    const size_t bitmapBytes = (listings + 63) / 64 * 8;
    std::vector<std::pair<uint64_t, uint32_t>> keys(m_builderOf.begin(), m_builderOf.end());
    m_builderOf = {};
    std::sort(keys.begin(), keys.end());

    size_t arenaBytes = 0;
    for (const auto &[key, builder] : keys)
        arenaBytes += std::min<size_t>(bitmapBytes, m_builders[builder].bytes);
    m_arena.clear();
    m_arena.reserve(arenaBytes);
    m_postings.clear();
    m_postings.reserve(keys.size());
    std::vector<uint32_t> numbers;
    for (const auto &[key, builderIndex] : keys) {
        const Builder &builder = m_builders[builderIndex];
        const std::vector<uint8_t> gaps = gapsOf(builder);
        Postings postings{key, m_arena.size(), 0, builder.count, false};
        if (gaps.size() <= bitmapBytes) {
            m_arena.insert(m_arena.end(), gaps.begin(), gaps.end());
            postings.bytes = uint32_t(gaps.size());
        } else {
            // Dense: one bit a listing.
            numbers.clear();
            decode(gaps.data(), {key, 0, uint32_t(gaps.size()), builder.count, false}, numbers);
            const size_t start = m_arena.size();
            m_arena.resize(start + bitmapBytes, 0);
            for (uint32_t n : numbers)
                m_arena[start + n / 8] |= uint8_t(1u << (n % 8));
            postings.bytes = uint32_t(bitmapBytes);
            postings.bitmap = true;
        }
        m_postings.push_back(postings);
    }
    m_builders = {};
    m_slabs.clear();
    m_slabs.shrink_to_fit();
    m_blocksUsed = 0;
    m_listingKeys = {};
    FreedMemory::returnToSystem(); // the build's blocks and the texts read for it
}

void ShortWordIndex::decode(const uint8_t *bytes, const Postings &postings,
                            std::vector<uint32_t> &numbers)
{
    numbers.reserve(numbers.size() + postings.count);
    if (postings.bitmap) {
        for (uint32_t byte = 0; byte < postings.bytes; byte += 8) {
            uint64_t word = 0;
            for (int b = 7; b >= 0; --b)
                word = (word << 8) | bytes[byte + uint32_t(b)];
            while (word) {
                numbers.push_back(byte * 8 + uint32_t(std::countr_zero(word)));
                word &= word - 1;
            }
        }
        return;
    }
    uint32_t number = 0;
    const uint8_t *end = bytes + postings.bytes;
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
        numbers.push_back(number);
    }
}

std::vector<qint64> ShortWordIndex::find(QStringView word) const
{
    std::vector<uint32_t> codePoints;
    forEachCodePoint(word, [&codePoints](uint32_t c) { codePoints.push_back(c); });
    if (codePoints.empty() || codePoints.size() > 2)
        return {};
    const uint64_t key =
        codePoints.size() == 1 ? codePoints.front() : pairKey(codePoints[0], codePoints[1]);
    const auto it = std::lower_bound(m_postings.begin(), m_postings.end(), key);
    if (it == m_postings.end() || it->key != key)
        return {};
    std::vector<uint32_t> numbers;
    decode(m_arena.data() + it->offset, *it, numbers);
    std::vector<qint64> found;
    found.reserve(numbers.size());
    for (uint32_t n : numbers)
        found.push_back(m_ids[n]);
    return found;
}

size_t ShortWordIndex::memoryBytes() const
{
    return m_ids.capacity() * sizeof(qint64) + m_postings.capacity() * sizeof(Postings) +
           m_arena.capacity();
}
