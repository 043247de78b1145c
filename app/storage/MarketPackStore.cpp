#include "MarketPackStore.h"

#include "SqlErrors.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

MarketPackStore::MarketPackStore(QSqlDatabase database) : m_database(std::move(database))
{
}

std::optional<StoredMarketPack> MarketPackStore::read(const QString &where, QString *error) const
{
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT id, version, retrieved, file_name, content, "
                                   "imported_at FROM market_packs "_s +
                                       where,
                                   error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return StoredMarketPack{query.value(0).toLongLong(),  query.value(1).toString(),
                            query.value(2).toString(),    query.value(3).toString(),
                            query.value(4).toByteArray(), query.value(5).toString()};
}

std::optional<StoredMarketPack> MarketPackStore::active(QString *error) const
{
    return read(u"WHERE active = 1 ORDER BY id DESC LIMIT 1"_s, error);
}

std::optional<StoredMarketPack> MarketPackStore::previous(QString *error) const
{
    return read(u"WHERE active = 0 ORDER BY id DESC LIMIT 1"_s, error);
}

std::optional<MarketPack> MarketPackStore::import(const QByteArray &content,
                                                  const QString &fileName,
                                                  const MarketPackParser &parser,
                                                  QList<MarketPackError> *errors, QString *error)
{
    auto pack = parser.parse(content, fileName, errors);
    if (!pack) {
        if (error)
            *error = tr("The market data in %1 was refused; the data in use is unchanged.")
                         .arg(fileName);
        return std::nullopt;
    }
    if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
        if (error)
            *error = tr("cannot start a transaction") + u": "_s + reason;
        return std::nullopt;
    }
    // Keep one pack to return to: the active one becomes the previous, older ones go.
    QSqlQuery query(m_database);
    bool ok =
        SqlErrors::prepareAndExec(query, u"DELETE FROM market_packs WHERE active = 0"_s, error) &&
        SqlErrors::prepareAndExec(query, u"UPDATE market_packs SET active = 0"_s, error);
    if (ok) {
        query.prepare(u"INSERT INTO market_packs (version, retrieved, file_name, content, "
                      "imported_at, active) VALUES (?, ?, ?, ?, ?, 1)"_s);
        query.addBindValue(pack->version);
        query.addBindValue(pack->retrieved);
        query.addBindValue(fileName);
        query.addBindValue(content);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        ok = SqlErrors::exec(query, error);
    }
    if (ok && m_database.commit())
        return pack;
    m_database.rollback();
    if (error && error->isEmpty())
        *error = tr("cannot store the market data");
    return std::nullopt;
}

bool MarketPackStore::undoImport(QString *error)
{
    const auto current = active(error);
    if (!current)
        return false;
    if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
        if (error)
            *error = tr("cannot start a transaction") + u": "_s + reason;
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM market_packs WHERE id = ?"_s);
    query.addBindValue(current->id);
    bool ok = SqlErrors::exec(query, error) &&
              SqlErrors::prepareAndExec(query,
                                        u"UPDATE market_packs SET active = 1 WHERE id = "
                                        "(SELECT MAX(id) FROM market_packs)"_s,
                                        error);
    if (ok && m_database.commit())
        return true;
    m_database.rollback();
    return false;
}
