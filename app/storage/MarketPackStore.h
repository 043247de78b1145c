#pragma once

#include "core/market/MarketPack.h"
#include "core/market/MarketPackParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct StoredMarketPack
{
    qint64 id = 0;
    QString version;
    QString retrieved;
    QString fileName;
    QByteArray content;
    QString importedAt;
};

// Market-data packs the user imported, in the database. Importing validates the whole file
// first and changes nothing when it is refused; a valid pack becomes the active one and the
// pack it replaced is kept, so the import can be undone.
class MarketPackStore
{
    Q_DECLARE_TR_FUNCTIONS(MarketPackStore)

public:
    explicit MarketPackStore(QSqlDatabase database);

    std::optional<StoredMarketPack> active(QString *error = nullptr) const;
    // The pack the active one replaced (what undo returns to); empty when none.
    std::optional<StoredMarketPack> previous(QString *error = nullptr) const;

    // Validates and stores the pack, making it active. On refusal *errors lists each problem
    // by line and field, and nothing in the database changes.
    std::optional<MarketPack> import(const QByteArray &content, const QString &fileName,
                                     const MarketPackParser &parser, QList<MarketPackError> *errors,
                                     QString *error);
    // Makes the previous pack active again (or the bundled one, when there was none) and
    // removes the undone import. True when there was something to undo.
    bool undoImport(QString *error);

private:
    std::optional<StoredMarketPack> read(const QString &where, QString *error) const;

    QSqlDatabase m_database;
};
