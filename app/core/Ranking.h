#pragma once

#include "ListingFit.h"

#include <memory>
#include <vector>

// Every listing, best fit first, as one analysis ranked them. An analysis result is copied
// whole (the results panel keeps the last one, the roadmap and charts read others); for
// 100,000 listings the ranking is 2.4 MB, so copies share one list, which never changes.
class Ranking
{
public:
    Ranking() = default;
    Ranking(std::vector<RankedListing> ranked) // NOLINT: a ranked list is a ranking
        : m_ranked(std::make_shared<const std::vector<RankedListing>>(std::move(ranked)))
    {
    }

    std::size_t size() const { return m_ranked ? m_ranked->size() : 0; }
    bool empty() const { return size() == 0; }
    const RankedListing &operator[](std::size_t position) const { return (*m_ranked)[position]; }
    const RankedListing *begin() const { return m_ranked ? m_ranked->data() : nullptr; }
    const RankedListing *end() const
    {
        return m_ranked ? m_ranked->data() + m_ranked->size() : nullptr;
    }

private:
    std::shared_ptr<const std::vector<RankedListing>> m_ranked;
};
