#pragma once

#include <QList>
#include <QStringView>
#include <QtGlobal>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

// Finds the listings whose text contains a word of one or two characters (Go, AI, 決, 保守),
// which the database's trigram index cannot match and which SQLite can only find by reading
// every row (about 90 ms for 100,000 listings). It holds, for every character and every pair of
// adjacent characters that occur in the listings' text, the listings they occur in: a pair's
// listings are exactly those that contain it as a word, so no text is kept or re-read.
//
// Each list is stored as the smaller of a bitmap over all listings and gaps between listing
// numbers in a variable-length code: a pair in half the listings costs one bit a listing,
// a rare one a byte or two a listing.
//
// Matching is as the database's search does it: by code point, with ASCII letters folded to
// lower case (SQLite's lower() folds nothing else). Characters are not joined across fields.
class ShortWordIndex
{
public:
    // The number of listings that will be added, when known: a list that grows past the size
    // of a bitmap becomes one at once, so building never holds the long form of a common
    // character's list (for a million listings, hundreds of megabytes).
    void reserve(qsizetype listings);
    // Adds one listing; ids must come in ascending order. Each text is one field.
    void add(qint64 id, std::initializer_list<QStringView> fields);
    // Compacts the lists; call once after the last add(). find() needs it.
    void finish();

    // True for a word this index answers: one or two code points.
    static bool answers(QStringView word);
    // The ids of the listings containing word, in ascending order. Empty for a word it does not
    // answer. A QList, to be handed on without a copy: a million ids copied cost 20 ms here.
    QList<qint64> find(QStringView word) const;
    // The same ids, appended to into: a list whose block is reused (AnswerBuffers).
    void findInto(QStringView word, QList<qint64> *into) const;
    // Every id, in ascending order; shared, not copied, by whoever keeps it.
    const QList<qint64> &ids() const { return m_ids; }
    qsizetype listingCount() const { return qsizetype(m_ids.size()); }
    // Bytes held by the finished index (for the benchmarks).
    size_t memoryBytes() const;

private:
    // While building, each list's gaps go into a chain of small blocks from large slabs, so a
    // list wastes at most one block, not the half of a vector that doubled, and the slabs go
    // back to the system as a whole when the index is finished.
    struct Block
    {
        static constexpr uint32_t capacity = 28;
        uint8_t bytes[capacity];
        uint32_t next;
    };
    struct Builder
    {
        uint32_t firstBlock = 0;
        uint32_t lastBlock = 0;
        uint32_t usedInLast = 0;
        uint32_t bytes = 0;
        uint32_t last = 0;
        uint32_t count = 0;
        int32_t bitmap = -1; // into m_bitmaps once the list is one
    };
    static constexpr uint32_t blocksPerSlab = 1u << 15; // 1 MiB slabs
    Block &block(uint32_t index) { return m_slabs[index / blocksPerSlab][index % blocksPerSlab]; }
    uint32_t newBlock();
    void append(Builder &builder, uint32_t value);
    std::vector<uint8_t> gapsOf(const Builder &builder);
    // Turns a builder's gaps into a bitmap of at least listings bits; its blocks are reused.
    void makeBitmap(Builder &builder, size_t listings);
    static void setBit(std::vector<uint64_t> &words, uint32_t number);
    struct Postings
    {
        uint64_t key;
        uint64_t offset; // into m_arena, or into m_bitmaps for a bitmap
        uint32_t bytes;
        uint32_t count;
        bool bitmap;
        bool operator<(uint64_t other) const { return key < other; }
    };

    QList<qint64> m_ids;
    std::unordered_map<uint64_t, uint32_t> m_builderOf; // key → index into m_builders
    std::vector<Builder> m_builders;
    std::vector<std::unique_ptr<Block[]>> m_slabs;
    uint32_t m_blocksUsed = 0;
    uint32_t m_freeBlocks = 0; // a chain of blocks given back, 0 when none (block 0 is never free)
    size_t m_expectedListings = 0;
    std::vector<std::vector<uint64_t>> m_bitmaps; // dense lists, one bit a listing
    std::vector<uint64_t> m_listingKeys;          // reused by add()
    std::vector<Postings> m_postings;             // sorted by key
    std::vector<uint8_t> m_arena;
};
