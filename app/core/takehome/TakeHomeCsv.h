#pragma once

#include "core/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The sourced CSV tables of data/takehome share their reading: RFC 4180 records, a fixed
// header, and problems named by file, line and field.
class TakeHomeCsv
{
    Q_DECLARE_TR_FUNCTIONS(TakeHomeCsv)

public:
    // The records after the header; nullopt with *error when the text is not CSV or the
    // header is not exactly `header`.
    static std::optional<QList<CsvRecord>> records(const QByteArray &csv, const QString &fileName,
                                                   const QStringList &header, QString *error);
    // "file, line N, field: problem".
    static QString problem(const QString &fileName, const CsvRecord &record, const QString &field,
                           const QString &problem);
    // The problem of a row with the wrong number of fields, or an empty string.
    static QString fieldCount(const CsvRecord &record, qsizetype expected);
};
