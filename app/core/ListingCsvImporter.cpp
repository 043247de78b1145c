#include "ListingCsvImporter.h"

#include "CsvReader.h"
#include "ImportTextDecoder.h"
#include "RateParser.h"
#include "RequirementParser.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString grouped(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

QString cleanCell(QString cell)
{
    // A NUL is never meant: it comes from a broken export and would truncate the text in
    // places that treat it as C string.
    cell.remove(QChar(u'\0'));
    cell = cell.trimmed();
    // CsvWriter prefixes a formula-like cell with an apostrophe; take it off again, so that a
    // file this program exported reads back as it was.
    if (cell.size() >= 2 && cell.front() == u'\'' && QStringView(u"=+-@").contains(cell.at(1)))
        cell.remove(0, 1);
    return cell;
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.isEmpty(); });
}

} // namespace

ListingCsvImporter::ListingCsvImporter(const SkillCatalogue &catalogue) : m_catalogue(catalogue)
{
}

ListingImportPreview ListingCsvImporter::read(const QByteArray &bytes) const
{
    return readMapped(bytes, std::nullopt);
}

ListingImportPreview
ListingCsvImporter::read(const QByteArray &bytes,
                         const QList<std::optional<ListingField>> &mapping) const
{
    return readMapped(bytes, mapping);
}

ListingImportPreview ListingCsvImporter::readMapped(
    const QByteArray &bytes, const std::optional<QList<std::optional<ListingField>>> &mapping) const
{
    ListingImportPreview preview;
    const DecodedText decoded = ImportTextDecoder::decode(bytes);
    preview.encoding = decoded.encoding;
    if (!decoded.error.isEmpty()) {
        preview.fileError = decoded.error;
        return preview;
    }
    const CsvParseResult csv = CsvReader::parse(decoded.text);
    if (!csv.error.isEmpty()) {
        preview.fileError = csv.error;
        preview.fileErrorLine = csv.errorLine;
        return preview;
    }

    // The first record with any text is the header; rows of bare commas above it are the
    // padding spreadsheets leave.
    qsizetype headerIndex = 0;
    QStringList headerCells;
    for (; headerIndex < csv.records.size(); ++headerIndex) {
        headerCells.clear();
        for (const QString &cell : csv.records.at(headerIndex).fields)
            headerCells.append(cleanCell(cell));
        if (!isBlank(headerCells))
            break;
    }
    if (headerIndex == csv.records.size()) {
        preview.fileError = QCoreApplication::translate(
            "ListingCsvImporter", "the file has no header row: every line is blank");
        return preview;
    }
    const int headerLine = csv.records.at(headerIndex).line;
    // Empty cells after the last header are trailing commas, not columns.
    while (!headerCells.isEmpty() && headerCells.last().isEmpty())
        headerCells.removeLast();
    preview.headers = headerCells;

    if (mapping) {
        preview.columnFields = *mapping;
        preview.columnFields.resize(headerCells.size());
    } else {
        // When two columns claim one field (two 備考 columns), the first keeps it: a guess that
        // merged them could put the wrong text in the title.
        QList<ListingField> taken;
        for (const QString &header : std::as_const(headerCells)) {
            std::optional<ListingField> field = ListingFields::fromHeader(header);
            if (field && taken.contains(*field))
                field.reset();
            if (field)
                taken.append(*field);
            preview.columnFields.append(field);
        }
    }

    auto columnOf = [&](ListingField field) -> qsizetype {
        return preview.columnFields.indexOf(std::optional<ListingField>(field));
    };
    const qsizetype titleColumn = columnOf(ListingField::Title);
    if (titleColumn < 0) {
        QStringList shown;
        for (const QString &header : std::as_const(headerCells))
            shown.append(u"\""_s + header + u"\""_s);
        preview.fileError = QCoreApplication::translate(
                                "ListingCsvImporter",
                                "no column is mapped to the title; the header has %1. Map one "
                                "column to the title (for example 概要 or 案件名).")
                                .arg(shown.join(u", "_s));
        preview.fileErrorLine = headerLine;
        return preview;
    }
    const qsizetype rateColumn = columnOf(ListingField::Rate);

    const RequirementParser requirements(m_catalogue);
    const qsizetype columnCount = headerCells.size();
    for (qsizetype r = headerIndex + 1; r < csv.records.size(); ++r) {
        const CsvRecord &record = csv.records.at(r);
        QStringList cells;
        for (const QString &cell : record.fields)
            cells.append(cleanCell(cell));
        if (isBlank(cells))
            continue;
        qsizetype used = cells.size();
        while (used > 0 && cells.at(used - 1).isEmpty())
            --used;
        if (used > columnCount) {
            preview.rejected.append(
                {record.line, QString(),
                 QCoreApplication::translate("ListingCsvImporter",
                                             "the row has %1 fields but the header has %2")
                     .arg(used)
                     .arg(columnCount)});
            continue;
        }
        cells.resize(columnCount); // a short row leaves the last fields empty

        const qsizetype rejectedBefore = preview.rejected.size();
        Listing listing;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QString &cell = cells.at(c);
            if (cell.size() > maximumFieldLength) {
                preview.rejected.append(
                    {record.line, headerCells.at(c),
                     QCoreApplication::translate("ListingCsvImporter",
                                                 "the field is %1 characters long; the limit is %2")
                         .arg(grouped(cell.size()), grouped(maximumFieldLength))});
                continue;
            }
            const std::optional<ListingField> field = preview.columnFields.at(c);
            if (!field || cell.isEmpty())
                continue;
            // Columns the user mapped to one field on purpose are kept, one per line.
            QString &text = ListingFields::text(listing, *field);
            text = text.isEmpty() ? cell : text + u'\n' + cell;
        }
        if (listing.title.isEmpty() && cells.at(titleColumn).size() <= maximumFieldLength)
            preview.rejected.append(
                {record.line, headerCells.at(titleColumn),
                 QCoreApplication::translate("ListingCsvImporter", "title is empty")});
        if (rateColumn >= 0) {
            const ParsedRate rate = RateParser::parse(listing.rateText);
            if (!rate.error.isEmpty())
                preview.rejected.append({record.line, headerCells.at(rateColumn), rate.error});
            else
                RateParser::applyTo(rate, listing);
        }
        if (preview.rejected.size() != rejectedBefore)
            continue;
        listing.requirements = requirements.parse(listing.skillsText);
        preview.accepted.append({record.line, listing, {}});
    }

    if (preview.accepted.isEmpty() && preview.rejected.isEmpty()) {
        preview.fileError = QCoreApplication::translate("ListingCsvImporter",
                                                        "the file has a header but no listings");
        preview.fileErrorLine = headerLine;
    }
    return preview;
}
