#include "CsvReader.h"

#include <QCoreApplication>

CsvParseResult CsvReader::parse(const QString &text)
{
    CsvParseResult result;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    int quoteStartLine = 0;

    auto endField = [&]() {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank || recordHasContent)
            result.records.append(current);
        current = CsvRecord{};
        recordHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (current.line == 0)
            current.line = line;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.error = QCoreApplication::translate(
                    "CsvReader", "a quote appears inside an unquoted field");
                result.errorLine = line;
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteStartLine = line;
        } else if (c == u',') {
            recordHasContent = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else {
            if (fieldWasQuoted) {
                result.error = QCoreApplication::translate(
                    "CsvReader", "text follows the closing quote of a field");
                result.errorLine = line;
                return result;
            }
            field.append(c);
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        result.error = QCoreApplication::translate(
                           "CsvReader", "a quoted field is never closed (it opens on line %1)")
                           .arg(quoteStartLine);
        result.errorLine = quoteStartLine;
        return result;
    }
    if (current.line != 0)
        endRecord();
    return result;
}
