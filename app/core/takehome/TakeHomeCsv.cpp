#include "TakeHomeCsv.h"

using namespace Qt::StringLiterals;

std::optional<QList<CsvRecord>> TakeHomeCsv::records(const QByteArray &csv, const QString &fileName,
                                                     const QStringList &header, QString *error)
{
    CsvParseResult parsed = CsvReader::parse(QString::fromUtf8(csv));
    if (!parsed.error.isEmpty()) {
        *error = tr("%1, line %2: %3").arg(fileName).arg(parsed.errorLine).arg(parsed.error);
        return std::nullopt;
    }
    if (parsed.records.isEmpty() || parsed.records.first().fields != header) {
        *error = tr("%1, line 1: the header must be %2").arg(fileName, header.join(u','));
        return std::nullopt;
    }
    parsed.records.removeFirst();
    return std::move(parsed.records);
}

QString TakeHomeCsv::problem(const QString &fileName, const CsvRecord &record, const QString &field,
                             const QString &problem)
{
    return tr("%1, line %2, %3: %4").arg(fileName).arg(record.line).arg(field, problem);
}

QString TakeHomeCsv::fieldCount(const CsvRecord &record, qsizetype expected)
{
    return record.fields.size() == expected
               ? QString()
               : tr("the row has %1 fields, not %2").arg(record.fields.size()).arg(expected);
}
