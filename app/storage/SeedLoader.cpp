#include "SeedLoader.h"

#include "ListingRepository.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"
#include "core/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SeedLoader::SeedLoader(QSqlDatabase database, QString dataDirectory)
    : m_database(std::move(database)), m_dataDirectory(std::move(dataDirectory))
{
}

int SeedLoader::storedSeedVersion() const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM app_meta WHERE key = ?"_s);
    query.addBindValue(u"seed_version"_s);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool SeedLoader::seedIfOutdated(QString *error)
{
    if (storedSeedVersion() >= bundledSeedVersion())
        return true;
    return seed(error);
}

bool SeedLoader::seed(QString *error)
{
    if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
        if (error)
            *error = tr("cannot start a transaction") + u": "_s + reason;
        return false;
    }
    bool ok = seedSkills(error) && seedIncomeFactors(error) && seedWorkKinds(error) &&
              seedSalaryStatistics(error) && seedSampleListings(error);
    if (ok) {
        QSqlQuery query(m_database);
        query.prepare(u"INSERT INTO app_meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(u"seed_version"_s);
        query.addBindValue(QString::number(bundledSeedVersion()));
        ok = SqlErrors::exec(query, error);
    }
    if (ok && m_database.commit())
        return true;
    m_database.rollback();
    if (error && error->isEmpty())
        *error = tr("cannot commit the bundled data");
    return false;
}

bool SeedLoader::readCsv(const QString &fileName, int expectedColumns, QList<QStringList> *rows,
                         QString *error) const
{
    QFile file(QDir(m_dataDirectory).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("data/%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    const CsvParseResult parsed = CsvReader::parse(QString::fromUtf8(file.readAll()));
    if (!parsed.error.isEmpty()) {
        if (error)
            *error =
                tr("data/%1 line %2: %3").arg(fileName).arg(parsed.errorLine).arg(parsed.error);
        return false;
    }
    // The first record is the header.
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvRecord &record = parsed.records.at(i);
        if (record.fields.size() != expectedColumns) {
            if (error)
                *error = tr("data/%1 line %2: expected %3 fields, found %4")
                             .arg(fileName)
                             .arg(record.line)
                             .arg(expectedColumns)
                             .arg(record.fields.size());
            return false;
        }
        rows->append(record.fields);
    }
    return true;
}

bool SeedLoader::seedSkills(QString *error)
{
    QList<QStringList> rows;
    if (!readCsv(u"skills.csv"_s, 7, &rows, error))
        return false;
    QSqlQuery skill(m_database);
    skill.prepare(u"INSERT INTO skill_catalogue (id, category, name_en, name_ja, implies, "
                  "implied_share) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "category = excluded.category, name_en = excluded.name_en, "
                  "name_ja = excluded.name_ja, implies = excluded.implies, "
                  "implied_share = excluded.implied_share"_s);
    // The bundled aliases are replaced as a whole, so an alias moved to another skill does not
    // linger on the old one; the aliases the user mapped stay.
    QSqlQuery clearAliases(m_database);
    if (!SqlErrors::prepareAndExec(clearAliases,
                                   u"DELETE FROM skill_aliases WHERE user_defined = 0"_s, error))
        return false;
    QSqlQuery alias(m_database);
    alias.prepare(u"INSERT INTO skill_aliases (skill_id, alias) VALUES (?, ?) "
                  "ON CONFLICT (skill_id, alias) DO NOTHING"_s);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < 4; ++column)
            skill.bindValue(column, row.at(column).trimmed());
        // An empty field reads as a null string, which would bind as NULL.
        skill.bindValue(4, row.at(5).trimmed().isEmpty() ? u""_s : row.at(5).trimmed());
        skill.bindValue(5, row.at(6).trimmed().toDouble());
        if (!SqlErrors::exec(skill, error))
            return false;
        const QStringList aliases = row.at(4).split(u'|', Qt::SkipEmptyParts);
        for (const QString &name : aliases) {
            alias.bindValue(0, row.at(0).trimmed());
            alias.bindValue(1, name.trimmed());
            if (!SqlErrors::exec(alias, error))
                return false;
        }
    }
    return true;
}

bool SeedLoader::seedIncomeFactors(QString *error)
{
    QList<QStringList> rows;
    if (!readCsv(u"income_factors.csv"_s, 6, &rows, error))
        return false;
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO income_factors "
                  "(id, name_en, name_ja, description_en, description_ja, source) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "name_en = excluded.name_en, name_ja = excluded.name_ja, "
                  "description_en = excluded.description_en, "
                  "description_ja = excluded.description_ja, source = excluded.source"_s);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < 6; ++column)
            query.bindValue(column, row.at(column));
        if (!SqlErrors::exec(query, error))
            return false;
    }
    return true;
}

bool SeedLoader::seedWorkKinds(QString *error)
{
    QList<QStringList> rows;
    if (!readCsv(u"work_kinds.csv"_s, 3, &rows, error))
        return false;
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO work_kinds (id, name_en, name_ja) VALUES (?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en, "
                  "name_ja = excluded.name_ja"_s);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < 3; ++column)
            query.bindValue(column, row.at(column));
        if (!SqlErrors::exec(query, error))
            return false;
    }
    return true;
}

bool SeedLoader::seedSalaryStatistics(QString *error)
{
    QList<QStringList> rows;
    if (!readCsv(u"salary_statistics.csv"_s, 10, &rows, error))
        return false;
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO salary_statistics (id, occupation, dimension, bucket, unit, "
                  "value_low_yen, value_high_yen, source, as_of_year, note) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "occupation = excluded.occupation, dimension = excluded.dimension, "
                  "bucket = excluded.bucket, unit = excluded.unit, "
                  "value_low_yen = excluded.value_low_yen, "
                  "value_high_yen = excluded.value_high_yen, source = excluded.source, "
                  "as_of_year = excluded.as_of_year, note = excluded.note"_s);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < 10; ++column) {
            if (column == 5 || column == 6 || column == 8) {
                bool isNumber = false;
                const qint64 number = row.at(column).toLongLong(&isNumber);
                if (!isNumber) {
                    if (error)
                        *error = tr("data/salary_statistics.csv, row %1: column %2 is not a "
                                    "whole number")
                                     .arg(row.at(0))
                                     .arg(column + 1);
                    return false;
                }
                query.bindValue(column, number);
            } else {
                query.bindValue(column, row.at(column));
            }
        }
        if (!SqlErrors::exec(query, error))
            return false;
    }
    return true;
}

bool SeedLoader::seedSampleListings(QString *error)
{
    QFile file(QDir(m_dataDirectory).filePath(u"sample_listings.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("data/sample_listings.json: cannot read: %1").arg(file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("data/sample_listings.json: %1").arg(parseError.errorString());
        return false;
    }
    const QString source = document.object().value(u"source"_s).toString();
    const QJsonArray listings = document.object().value(u"listings"_s).toArray();
    ListingRepository repository(m_database);
    for (const QJsonValue &value : listings) {
        const QJsonObject object = value.toObject();
        Listing listing;
        listing.title = object.value(u"title"_s).toString();
        listing.rateText = object.value(u"rateText"_s).toString();
        if (object.contains(u"monthlyRateMinYen"_s))
            listing.monthlyRateMinYen = qint64(object.value(u"monthlyRateMinYen"_s).toDouble());
        if (object.contains(u"monthlyRateMaxYen"_s))
            listing.monthlyRateMaxYen = qint64(object.value(u"monthlyRateMaxYen"_s).toDouble());
        listing.contract = object.value(u"contract"_s).toString();
        listing.positions = object.value(u"positions"_s).toString();
        listing.duration = object.value(u"duration"_s).toString();
        listing.workContent = object.value(u"workContent"_s).toString();
        listing.skillsText = object.value(u"skillsText"_s).toString();
        listing.workKind = object.value(u"workKind"_s).toString();
        listing.source = source;
        listing.isSample = true;
        const QJsonArray requirements = object.value(u"requirements"_s).toArray();
        for (const QJsonValue &requirement : requirements) {
            const QJsonObject r = requirement.toObject();
            listing.requirements.append({r.value(u"skill"_s).toString(),
                                         r.value(u"text"_s).toString(),
                                         r.value(u"minimumYears"_s).toDouble()});
        }
        const QString key = object.value(u"key"_s).toString();
        if (listing.title.isEmpty() || key.isEmpty()) {
            if (error)
                *error = tr("data/sample_listings.json: a listing lacks \"key\" or \"title\"");
            return false;
        }
        if (repository.insert(listing, key, error) < 0)
            return false;
    }
    return true;
}
