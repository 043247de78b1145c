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
    : m_database(database), m_listing(database),
      m_createdAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    if (!m_listing.prepare(
            u"INSERT INTO listings (title, monthly_rate_min_yen, monthly_rate_max_yen, "
            "hourly_rate_min_yen, hourly_rate_max_yen, rate_text, contract, positions, "
            "duration, work_content, skills_text, work_kind, location, remote, url, notes, "
            "source, is_sample, seed_key, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (seed_key) DO NOTHING"_s))
        m_prepareError = SqlErrors::describe(m_listing);
}

QSqlQuery *ListingInsert::requirementStatement(qsizetype count, QString *error)
{
    auto &statement = m_requirements[count];
    if (!statement) {
        QStringList rows(count, u"(?, ?, ?, ?, ?)"_s);
        statement = std::make_unique<QSqlQuery>(m_database);
        if (!statement->prepare(u"INSERT INTO listing_requirements "
                                "(listing_id, position, skill_id, requirement_text, "
                                "minimum_years) VALUES "_s +
                                rows.join(u", "_s))) {
            if (error)
                *error = SqlErrors::describe(*statement);
            m_requirements.erase(count);
            return nullptr;
        }
    }
    return statement.get();
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
                              m_createdAt};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_listing.bindValue(int(i), values.at(i));
    if (!SqlErrors::exec(m_listing, error))
        return -1;
    if (m_listing.numRowsAffected() == 0)
        return 0;
    const qint64 id = m_listing.lastInsertId().toLongLong();
    // In chunks, so a listing with thousands of requirement parts stays under SQLite's limit
    // on bound values per statement.
    constexpr qsizetype chunk = 100;
    for (qsizetype start = 0; start < listing.requirements.size(); start += chunk) {
        const qsizetype count = std::min(chunk, listing.requirements.size() - start);
        QSqlQuery *requirements = requirementStatement(count, error);
        if (!requirements)
            return -1;
        for (qsizetype i = 0; i < count; ++i) {
            const ListingRequirement &requirement = listing.requirements.at(start + i);
            const int first = int(i) * 5;
            requirements->bindValue(first, id);
            requirements->bindValue(first + 1, int(start + i));
            requirements->bindValue(first + 2, nullIfEmpty(requirement.skillId));
            requirements->bindValue(first + 3, textValue(requirement.text));
            requirements->bindValue(first + 4, requirement.minimumYears);
        }
        if (!SqlErrors::exec(*requirements, error))
            return -1;
    }
    return id;
}
