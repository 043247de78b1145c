#include "ListingSet.h"

#include "ListingRate.h"

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 noRate = std::numeric_limits<qint64>::min();

qint64 stored(const std::optional<qint64> &rate)
{
    return rate.value_or(noRate);
}

std::optional<qint64> optionalRate(qint64 rate)
{
    return rate == noRate ? std::nullopt : std::optional<qint64>(rate);
}
} // namespace

// The free text only a full listing has (the details, exports): kept for the few listings
// that carry it; summaries read for the window have none.
struct ListingLongText
{
    QString workContent;
    QString location;
    QString remote;
    QString url;
    QString notes;
    QString source;
};

class ListingSet::Data : public QSharedData
{
public:
    enum Rate
    {
        MonthlyMin,
        MonthlyMax,
        RateCount
    };
    enum Pooled
    {
        RateText,
        Contract,
        Positions,
        Duration,
        WorkKind,
        PooledCount
    };
    uint32_t intern(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        const auto found = poolIndex.constFind(text);
        if (found != poolIndex.constEnd())
            return *found;
        const auto index = uint32_t(pool.size());
        pool.append(text);
        poolIndex.insert(text, index);
        return index;
    }
    void appendText(const QString &text)
    {
        arena.insert(arena.end(), text.utf16(), text.utf16() + text.size());
        textEnd.push_back(uint32_t(arena.size()));
    }
    QString textAt(size_t slot) const // slot 2i: title, 2i + 1: skills text
    {
        const uint32_t from = slot == 0 ? 0 : textEnd[slot - 1];
        const uint32_t to = textEnd[slot];
        return to == from ? QString()
                          : QString(reinterpret_cast<const QChar *>(arena.data() + from),
                                    qsizetype(to - from));
    }
    // The distinct non-empty strings of one pooled column, sorted.
    QStringList distinct(Pooled column) const
    {
        std::vector<bool> seen(size_t(pool.size()), false);
        QStringList texts;
        for (size_t p = size_t(column); p < pooled.size(); p += PooledCount) {
            const uint32_t index = pooled[p];
            if (index != 0 && !seen[index]) {
                seen[index] = true;
                texts.append(pool.at(index));
            }
        }
        texts.sort();
        return texts;
    }
    const Requirement &requirement(qsizetype position, qsizetype k) const
    {
        return requirements[firstRequirement[size_t(position)] + size_t(k)];
    }

    std::vector<qint64> ids;
    std::vector<qint64> rates;                               // RateCount a listing
    QHash<qsizetype, std::pair<qint64, qint64>> hourlyRates; // the few that state one
    bool idsAscending = true;
    std::vector<uint32_t> pooled;  // PooledCount a listing
    std::vector<uint32_t> textEnd; // two a listing: title, skills text
    std::vector<char16_t> arena;
    std::vector<uint8_t> isSample;
    std::vector<uint32_t> firstRequirement;
    std::vector<uint16_t> requirementCount;
    std::vector<Requirement> requirements;
    qsizetype lastWithRequirements = -1;
    QList<QString> pool{QString()};
    QHash<QString, uint32_t> poolIndex;
    QHash<qsizetype, ListingLongText> longText;
};

ListingSet::ListingSet() : d(new Data)
{
}
ListingSet::ListingSet(const QList<Listing> &listings) : d(new Data)
{
    reserve(listings.size());
    for (const Listing &listing : listings)
        append(listing);
}
ListingSet::ListingSet(std::initializer_list<Listing> listings) : d(new Data)
{
    reserve(qsizetype(listings.size()));
    for (const Listing &listing : listings)
        append(listing);
}
ListingSet::~ListingSet() = default;
ListingSet::ListingSet(const ListingSet &) = default;
ListingSet &ListingSet::operator=(const ListingSet &) = default;
ListingSet::ListingSet(ListingSet &&) noexcept = default;
ListingSet &ListingSet::operator=(ListingSet &&) noexcept = default;

void ListingSet::reserve(qsizetype listings)
{
    const auto n = size_t(listings);
    d->ids.reserve(n);
    d->rates.reserve(n * Data::RateCount);
    d->pooled.reserve(n * Data::PooledCount);
    d->textEnd.reserve(n * 2);
    d->isSample.reserve(n);
    d->firstRequirement.reserve(n);
    d->requirementCount.reserve(n);
}

void ListingSet::append(const Listing &listing)
{
    Data &data = *d;
    const auto position = qsizetype(data.ids.size());
    data.idsAscending = data.idsAscending && (data.ids.empty() || data.ids.back() < listing.id);
    data.ids.push_back(listing.id);
    data.rates.push_back(stored(listing.monthlyRateMinYen));
    data.rates.push_back(stored(listing.monthlyRateMaxYen));
    if (listing.hourlyRateMinYen || listing.hourlyRateMaxYen)
        data.hourlyRates.insert(
            position, {stored(listing.hourlyRateMinYen), stored(listing.hourlyRateMaxYen)});
    for (const QString *text : {&listing.rateText, &listing.contract, &listing.positions,
                                &listing.duration, &listing.workKind})
        data.pooled.push_back(data.intern(*text));
    data.appendText(listing.title);
    data.appendText(listing.skillsText);
    data.isSample.push_back(listing.isSample ? 1 : 0);
    data.firstRequirement.push_back(uint32_t(data.requirements.size()));
    data.requirementCount.push_back(0);
    for (const ListingRequirement &requirement : listing.requirements)
        appendRequirement(position, requirement);
    if (!listing.workContent.isEmpty() || !listing.location.isEmpty() ||
        !listing.remote.isEmpty() || !listing.url.isEmpty() || !listing.notes.isEmpty() ||
        !listing.source.isEmpty())
        data.longText.insert(position, {listing.workContent, listing.location, listing.remote,
                                        listing.url, listing.notes, listing.source});
}

void ListingSet::appendRequirement(qsizetype position, const ListingRequirement &requirement)
{
    Data &data = *d;
    const auto p = size_t(position);
    Q_ASSERT(p < data.ids.size());
    Q_ASSERT(data.requirementCount[p] == 0 || position == data.lastWithRequirements);
    if (data.requirementCount[p] == 0)
        data.firstRequirement[p] = uint32_t(data.requirements.size());
    if (data.requirementCount[p] == std::numeric_limits<uint16_t>::max())
        return; // no listing asks for 65,535 skills; more are not kept
    data.requirements.push_back({data.intern(requirement.skillId), data.intern(requirement.text),
                                 float(requirement.minimumYears)});
    ++data.requirementCount[p];
    data.lastWithRequirements = position;
}

void ListingSet::squeeze()
{
    Data &data = *d;
    data.ids.shrink_to_fit();
    data.rates.shrink_to_fit();
    data.pooled.shrink_to_fit();
    data.textEnd.shrink_to_fit();
    data.arena.shrink_to_fit();
    data.isSample.shrink_to_fit();
    data.firstRequirement.shrink_to_fit();
    data.requirementCount.shrink_to_fit();
    data.requirements.shrink_to_fit();
    data.pool.squeeze();
}

qsizetype ListingSet::size() const
{
    return qsizetype(d->ids.size());
}

Listing ListingSet::at(qsizetype position) const
{
    Q_ASSERT(position >= 0 && position < size());
    const Data &data = *d;
    const auto p = size_t(position);
    Listing listing;
    listing.id = data.ids[p];
    const qint64 *rates = data.rates.data() + p * Data::RateCount;
    listing.monthlyRateMinYen = optionalRate(rates[Data::MonthlyMin]);
    listing.monthlyRateMaxYen = optionalRate(rates[Data::MonthlyMax]);
    const auto hourly = data.hourlyRates.constFind(position);
    if (hourly != data.hourlyRates.constEnd()) {
        listing.hourlyRateMinYen = optionalRate(hourly->first);
        listing.hourlyRateMaxYen = optionalRate(hourly->second);
    }
    const uint32_t *pooled = data.pooled.data() + p * Data::PooledCount;
    listing.rateText = data.pool.at(pooled[Data::RateText]);
    listing.contract = data.pool.at(pooled[Data::Contract]);
    listing.positions = data.pool.at(pooled[Data::Positions]);
    listing.duration = data.pool.at(pooled[Data::Duration]);
    listing.workKind = data.pool.at(pooled[Data::WorkKind]);
    listing.title = data.textAt(2 * p);
    listing.skillsText = data.textAt(2 * p + 1);
    listing.isSample = data.isSample[p] != 0;
    const qsizetype count = data.requirementCount[p];
    listing.requirements.reserve(count);
    for (qsizetype k = 0; k < count; ++k) {
        const Requirement &r = data.requirement(position, k);
        listing.requirements.append(
            {data.pool.at(r.skillId), data.pool.at(r.text), double(r.minimumYears)});
    }
    const auto longText = data.longText.constFind(position);
    if (longText != data.longText.constEnd()) {
        listing.workContent = longText->workContent;
        listing.location = longText->location;
        listing.remote = longText->remote;
        listing.url = longText->url;
        listing.notes = longText->notes;
        listing.source = longText->source;
    }
    return listing;
}

QList<Listing> ListingSet::toList() const
{
    QList<Listing> listings;
    listings.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        listings.append(at(i));
    return listings;
}

qint64 ListingSet::id(qsizetype position) const
{
    return d->ids[size_t(position)];
}

std::span<const qint64> ListingSet::ids() const
{
    return d->ids;
}

bool ListingSet::idsAscending() const
{
    return d->idsAscending;
}

qsizetype ListingSet::positionOfId(qint64 id) const
{
    const std::vector<qint64> &ids = d->ids;
    if (d->idsAscending) {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? qsizetype(it - ids.begin()) : -1;
    }
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it != ids.end() ? qsizetype(it - ids.begin()) : -1;
}

QString ListingSet::title(qsizetype position) const
{
    return d->textAt(2 * size_t(position));
}

std::optional<qint64> ListingSet::monthlyRateMinYen(qsizetype position) const
{
    return optionalRate(d->rates[size_t(position) * Data::RateCount + Data::MonthlyMin]);
}

std::optional<qint64> ListingSet::monthlyRateMaxYen(qsizetype position) const
{
    return optionalRate(d->rates[size_t(position) * Data::RateCount + Data::MonthlyMax]);
}

std::optional<qint64> ListingSet::representativeMonthlyYen(qsizetype position) const
{
    return ListingRate::representativeMonthlyYen(monthlyRateMinYen(position),
                                                 monthlyRateMaxYen(position));
}

const QString &ListingSet::contract(qsizetype position) const
{
    return d->pool.at(d->pooled[size_t(position) * Data::PooledCount + Data::Contract]);
}

const QString &ListingSet::duration(qsizetype position) const
{
    return d->pool.at(d->pooled[size_t(position) * Data::PooledCount + Data::Duration]);
}

const QString &ListingSet::workKind(qsizetype position) const
{
    return d->pool.at(d->pooled[size_t(position) * Data::PooledCount + Data::WorkKind]);
}

QStringList ListingSet::distinctContracts() const
{
    return d->distinct(Data::Contract);
}

QStringList ListingSet::distinctDurations() const
{
    return d->distinct(Data::Duration);
}

qsizetype ListingSet::requirementCount(qsizetype position) const
{
    return d->requirementCount[size_t(position)];
}

const QString &ListingSet::requirementSkillId(qsizetype position, qsizetype requirement) const
{
    return d->pool.at(d->requirement(position, requirement).skillId);
}

const QString &ListingSet::requirementText(qsizetype position, qsizetype requirement) const
{
    return d->pool.at(d->requirement(position, requirement).text);
}

double ListingSet::requirementYears(qsizetype position, qsizetype requirement) const
{
    return d->requirement(position, requirement).minimumYears;
}

ListingSet::RequirementColumns ListingSet::requirementColumns() const
{
    const Data &data = *d;
    return {data.firstRequirement.data(), data.requirementCount.data(), data.requirements.data()};
}

qsizetype ListingSet::pooledCount() const
{
    return d->pool.size();
}

const QString &ListingSet::pooled(uint32_t index) const
{
    return d->pool.at(index);
}

size_t ListingSet::memoryBytes() const
{
    const Data &data = *d;
    size_t bytes = data.ids.capacity() * sizeof(qint64) + data.rates.capacity() * sizeof(qint64) +
                   data.pooled.capacity() * sizeof(uint32_t) +
                   data.textEnd.capacity() * sizeof(uint32_t) +
                   data.arena.capacity() * sizeof(char16_t) + data.isSample.capacity() +
                   data.firstRequirement.capacity() * sizeof(uint32_t) +
                   data.requirementCount.capacity() * sizeof(uint16_t) +
                   data.requirements.capacity() * sizeof(Requirement);
    for (const QString &text : data.pool)
        bytes += sizeof(QString) + size_t(text.capacity()) * sizeof(QChar);
    return bytes;
}
