#pragma once

#include "Listing.h"

#include <QHash>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <vector>

// Many listings held column by column: what the window keeps in memory for 100,000 listings
// (the model ranks them, the table lists them). A QList<Listing> costs 416 bytes a listing
// before its text, mostly empty strings and their headers; here a listing costs its id, its
// monthly rates (hourly ones only for the listings that state them), indexes into one pool of the
// strings that repeat (rate wordings, contract types, durations, kinds of work, skill ids,
// requirement wordings), its title and skills text in one arena, and 12 bytes a requirement: about
// a quarter.
//
// at() and iteration give each listing back as a Listing, equal to the one appended; the
// loops over every listing read the columns instead (id(), representativeMonthlyYen(),
// requirementSkillId(), …). Copies share the data until one of them is changed.
class ListingSet
{
public:
    ListingSet();
    ListingSet(const QList<Listing> &listings); // NOLINT: a list of listings is a set
    ListingSet(std::initializer_list<Listing> listings);
    ~ListingSet();
    ListingSet(const ListingSet &);
    ListingSet &operator=(const ListingSet &);
    ListingSet(ListingSet &&) noexcept;
    ListingSet &operator=(ListingSet &&) noexcept;

    void reserve(qsizetype listings);
    void append(const Listing &listing);
    // Adds a requirement to the listing at position. A listing's requirements must come
    // together: once another listing has been given one, this one gets no more (the database
    // gives them ordered by listing).
    void appendRequirement(qsizetype position, const ListingRequirement &requirement);
    // Frees the room kept for further appends.
    void squeeze();

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    Listing at(qsizetype position) const;
    Listing first() const { return at(0); }
    Listing last() const { return at(size() - 1); }
    QList<Listing> toList() const;

    qint64 id(qsizetype position) const;
    // Every id, by position: for loops over a million listings, which a call per id slows.
    std::span<const qint64> ids() const;
    // True when every listing was appended in ascending id order (as the database gives them).
    bool idsAscending() const;
    // The position of the listing with this id, -1 when none: a binary search when the ids
    // ascend, else a scan.
    qsizetype positionOfId(qint64 id) const;
    QString title(qsizetype position) const;
    std::optional<qint64> monthlyRateMinYen(qsizetype position) const;
    std::optional<qint64> monthlyRateMaxYen(qsizetype position) const;
    std::optional<qint64> representativeMonthlyYen(qsizetype position) const;
    const QString &contract(qsizetype position) const;
    const QString &duration(qsizetype position) const;
    const QString &workKind(qsizetype position) const;
    // The distinct non-empty contract types and durations, sorted: the filter choices.
    QStringList distinctContracts() const;
    QStringList distinctDurations() const;
    qsizetype requirementCount(qsizetype position) const;
    const QString &requirementSkillId(qsizetype position, qsizetype requirement) const;
    const QString &requirementText(qsizetype position, qsizetype requirement) const;
    double requirementYears(qsizetype position, qsizetype requirement) const;

    // Bytes held (for the benchmarks).
    size_t memoryBytes() const;

    // For the loops over every requirement of every listing (the fitter ranks a million):
    // the columns themselves. They stay valid while this set (or a copy sharing it) is not
    // changed.
    struct Requirement
    {
        uint32_t skillId; // pooled() index; 0: the wording names no skill
        uint32_t text;    // pooled() index
        float minimumYears;
    };
    struct RequirementColumns
    {
        const uint32_t *first = nullptr; // a listing's first requirement …
        const uint16_t *count = nullptr; // … and how many it has
        const Requirement *requirements = nullptr;
    };
    RequirementColumns requirementColumns() const;
    qsizetype pooledCount() const;
    const QString &pooled(uint32_t index) const;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Listing;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = Listing;

        const_iterator(const ListingSet *set, qsizetype position) : m_set(set), m_position(position)
        {
        }
        Listing operator*() const { return m_set->at(m_position); }
        const_iterator &operator++()
        {
            ++m_position;
            return *this;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        const ListingSet *m_set;
        qsizetype m_position;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    class Data;
    QSharedDataPointer<Data> d;
};
