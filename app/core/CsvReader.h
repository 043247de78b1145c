#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV text, with the physical line on which it starts (1-based), so that an
// error can point the user at the line to fix even when quoted fields span several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvParseResult
{
    QList<CsvRecord> records;
    QString error; // empty when the whole text was read
    int errorLine = 0;
};

// RFC 4180 reader: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF.
// Blank lines outside quotes are skipped.
class CsvReader
{
public:
    static CsvParseResult parse(const QString &text);
};
