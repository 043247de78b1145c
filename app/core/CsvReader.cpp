#include "CsvReader.h"

#include "CsvRecordReader.h"

CsvParseResult CsvReader::parse(const QString &text)
{
    CsvParseResult result;
    CsvRecordReader reader([&result](CsvRecord &&record) {
        result.records.append(std::move(record));
        return true;
    });
    if (!reader.feed(text) || !reader.finish()) {
        result.error = reader.error();
        result.errorLine = reader.errorLine();
    }
    return result;
}
