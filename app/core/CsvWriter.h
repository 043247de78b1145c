#pragma once

#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with
// = + - @, or a tab or carriage return) are prefixed with an apostrophe, so an exported
// listing can be opened in Excel without executing anything it contains.
class CsvWriter
{
public:
    static QString escapeCell(const QString &cell);
    static QString row(const QStringList &cells);
};
