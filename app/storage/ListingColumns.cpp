#include "ListingColumns.h"

#include "core/ValidText.h"

#include <QStringList>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QVariant optionalYen(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none". An
// unpaired surrogate is replaced before SQLite's UTF-8 conversion can eat its neighbour.
QString textValue(const QString &text)
{
    return ValidText::of(text);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(ValidText::of(text));
}
} // namespace

namespace ListingColumns {

QString listingNames()
{
    return u"title, monthly_rate_min_yen, monthly_rate_max_yen, hourly_rate_min_yen, "
           "hourly_rate_max_yen, rate_text, contract, positions, duration, work_content, "
           "skills_text, work_kind, location, remote, url, notes, source, is_sample, "
           "created_at, uuid"_s;
}

int listingCount()
{
    return 20;
}

void bindListing(QSqlQuery &query, int first, const Listing &listing, const QString &createdAt)
{
    // An hourly listing stores only its stated hourly figures: the monthly equivalent depends
    // on the user's billable hours, which may change after the listing is stored.
    const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
    int column = first;
    query.bindValue(column++, textValue(listing.title));
    query.bindValue(column++, optionalYen(hourly ? std::nullopt : listing.monthlyRateMinYen));
    query.bindValue(column++, optionalYen(hourly ? std::nullopt : listing.monthlyRateMaxYen));
    query.bindValue(column++, optionalYen(listing.hourlyRateMinYen));
    query.bindValue(column++, optionalYen(listing.hourlyRateMaxYen));
    query.bindValue(column++, textValue(listing.rateText));
    query.bindValue(column++, textValue(listing.contract));
    query.bindValue(column++, textValue(listing.positions));
    query.bindValue(column++, textValue(listing.duration));
    query.bindValue(column++, textValue(listing.workContent));
    query.bindValue(column++, textValue(listing.skillsText));
    query.bindValue(column++, nullIfEmpty(listing.workKind));
    query.bindValue(column++, textValue(listing.location));
    query.bindValue(column++, textValue(listing.remote));
    query.bindValue(column++, textValue(listing.url));
    query.bindValue(column++, textValue(listing.notes));
    query.bindValue(column++, textValue(listing.source));
    query.bindValue(column++, listing.isSample ? 1 : 0);
    query.bindValue(column++, createdAt);
    // The listing's stable id, by which a saved listing can find it again in a team database
    // that was replaced or restored.
    query.bindValue(column++, listing.uuid.isEmpty()
                                  ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                  : listing.uuid);
}

QString requirementNames()
{
    return u"listing_id, position, skill_id, requirement_text, minimum_years"_s;
}

int requirementCount()
{
    return 5;
}

void bindRequirement(QSqlQuery &query, int first, qint64 listingId, int position,
                     const ListingRequirement &requirement)
{
    query.bindValue(first, listingId);
    query.bindValue(first + 1, position);
    query.bindValue(first + 2, nullIfEmpty(requirement.skillId));
    query.bindValue(first + 3, textValue(requirement.text));
    query.bindValue(first + 4, requirement.minimumYears);
}

QString placeholders(int count)
{
    return u'(' + QStringList(count, u"?"_s).join(u", "_s) + u')';
}

std::optional<qint64> optionalValue(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

} // namespace ListingColumns
