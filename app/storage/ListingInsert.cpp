#include "ListingInsert.h"

#include "SqlErrors.h"

#include <QDateTime>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QVariant optionalYen(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString textValue(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

ListingInsert::ListingInsert(const QSqlDatabase &database)
    : m_listing(database), m_requirement(database)
{
    if (!m_listing.prepare(
            u"INSERT INTO listings (title, monthly_rate_min_yen, monthly_rate_max_yen, "
            "hourly_rate_min_yen, hourly_rate_max_yen, rate_text, contract, positions, "
            "duration, work_content, skills_text, work_kind, location, remote, url, notes, "
            "source, is_sample, seed_key, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (seed_key) DO NOTHING"_s))
        m_prepareError = SqlErrors::describe(m_listing);
    else if (!m_requirement.prepare(u"INSERT INTO listing_requirements "
                                    "(listing_id, position, skill_id, requirement_text, "
                                    "minimum_years) VALUES (?, ?, ?, ?, ?)"_s))
        m_prepareError = SqlErrors::describe(m_requirement);
}

qint64 ListingInsert::insert(const Listing &listing, const QString &seedKey, QString *error)
{
    if (!m_prepareError.isEmpty()) {
        if (error)
            *error = m_prepareError;
        return -1;
    }
    // An hourly listing stores only its stated hourly figures: the monthly equivalent depends
    // on the user's billable hours, which may change after the import.
    const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
    const QVariantList values{textValue(listing.title),
                              optionalYen(hourly ? std::nullopt : listing.monthlyRateMinYen),
                              optionalYen(hourly ? std::nullopt : listing.monthlyRateMaxYen),
                              optionalYen(listing.hourlyRateMinYen),
                              optionalYen(listing.hourlyRateMaxYen),
                              textValue(listing.rateText),
                              textValue(listing.contract),
                              textValue(listing.positions),
                              textValue(listing.duration),
                              textValue(listing.workContent),
                              textValue(listing.skillsText),
                              nullIfEmpty(listing.workKind),
                              textValue(listing.location),
                              textValue(listing.remote),
                              textValue(listing.url),
                              textValue(listing.notes),
                              textValue(listing.source),
                              listing.isSample ? 1 : 0,
                              nullIfEmpty(seedKey),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_listing.bindValue(int(i), values.at(i));
    if (!SqlErrors::exec(m_listing, error))
        return -1;
    if (m_listing.numRowsAffected() == 0)
        return 0;
    const qint64 id = m_listing.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < listing.requirements.size(); ++i) {
        const ListingRequirement &requirement = listing.requirements.at(i);
        m_requirement.bindValue(0, id);
        m_requirement.bindValue(1, int(i));
        m_requirement.bindValue(2, nullIfEmpty(requirement.skillId));
        m_requirement.bindValue(3, textValue(requirement.text));
        m_requirement.bindValue(4, requirement.minimumYears);
        if (!SqlErrors::exec(m_requirement, error))
            return -1;
    }
    return id;
}
