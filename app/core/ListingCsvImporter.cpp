#include "ListingCsvImporter.h"

#include "CsvRecordReader.h"
#include "ImportTextReader.h"
#include "ListingPreviewCollector.h"
#include "RateParser.h"
#include "RequirementParser.h"
#include "ValidText.h"

#include <QBuffer>
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
    // As it will be stored (ValidText): a NUL, which comes from a broken export and would
    // truncate the text where it is read as a C string, and a byte order mark left inside by
    // joined files are dropped.
    cell = ValidText::of(cell).trimmed();
    // CsvWriter prefixes a formula-like cell with an apostrophe, and one more to a text that
    // already started so ("'=1" → "''=1"); take one off again, so that a file this program
    // exported reads back as it was.
    const auto formula = [](QChar c) { return QStringView(u"=+-@").contains(c); };
    if (cell.size() >= 2 && cell.front() == u'\'' &&
        (formula(cell.at(1)) || (cell.size() >= 3 && cell.at(1) == u'\'' && formula(cell.at(2)))))
        cell.remove(0, 1);
    return cell;
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.isEmpty(); });
}

// The rows after the header, one record at a time.
class RowReader
{
public:
    RowReader(const SkillCatalogue &catalogue, const std::optional<ListingColumnMapping> &mapping,
              const ListingImportSink &sink, ListingImportPreview &preview)
        : m_requirements(catalogue), m_mapping(mapping), m_sink(sink), m_preview(preview)
    {
    }

    // False: stop reading (a file error, or the sink stopped).
    bool record(CsvRecord &&record)
    {
        QStringList cells;
        cells.reserve(record.fields.size());
        for (QString &cell : record.fields)
            cells.append(cleanCell(std::move(cell)));
        if (!m_headerLine)
            return header(record.line, cells);
        return row(record.line, cells);
    }

    // After the last record.
    void finish()
    {
        if (!m_headerLine) {
            m_preview.fileError = QCoreApplication::translate(
                "ListingCsvImporter", "the file has no header row: every line is blank");
        } else if (m_preview.acceptedCount == 0 && m_preview.rejectedCount == 0) {
            m_preview.fileError = QCoreApplication::translate(
                "ListingCsvImporter", "the file has a header but no listings");
            m_preview.fileErrorLine = m_headerLine;
        }
    }

private:
    bool header(int line, QStringList cells)
    {
        // The first record with any text is the header; rows of bare commas above it are the
        // padding spreadsheets leave.
        if (isBlank(cells))
            return true;
        m_headerLine = line;
        // Empty cells after the last header are trailing commas, not columns.
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        m_preview.headers = cells;
        if (m_mapping) {
            m_preview.columnFields = *m_mapping;
            m_preview.columnFields.resize(cells.size());
        } else {
            // When two columns claim one field (two 備考 columns), the first keeps it: a guess
            // that merged them could put the wrong text in the title.
            QList<ListingField> taken;
            for (const QString &header : std::as_const(cells)) {
                std::optional<ListingField> field = ListingFields::fromHeader(header);
                if (field && taken.contains(*field))
                    field.reset();
                if (field)
                    taken.append(*field);
                m_preview.columnFields.append(field);
            }
        }
        auto columnOf = [&](ListingField field) -> qsizetype {
            return m_preview.columnFields.indexOf(std::optional<ListingField>(field));
        };
        m_titleColumn = columnOf(ListingField::Title);
        m_rateColumn = columnOf(ListingField::Rate);
        if (m_titleColumn < 0) {
            QStringList shown;
            for (const QString &header : std::as_const(cells))
                shown.append(u"\""_s + header + u"\""_s);
            m_preview.fileError =
                QCoreApplication::translate(
                    "ListingCsvImporter",
                    "no column is mapped to the title; the header has %1. Map one column to the "
                    "title (for example 概要 or 案件名).")
                    .arg(shown.join(u", "_s));
            m_preview.fileErrorLine = line;
            return false;
        }
        return true;
    }

    void reject(ImportRejection &&rejection)
    {
        ++m_preview.rejectedCount;
        if (m_sink.rejected)
            m_sink.rejected(std::move(rejection));
    }

    bool row(int line, QStringList &cells)
    {
        if (isBlank(cells))
            return true;
        const QStringList &headers = m_preview.headers;
        const qsizetype columnCount = headers.size();
        qsizetype used = cells.size();
        while (used > 0 && cells.at(used - 1).isEmpty())
            --used;
        if (used > columnCount) {
            reject({line, QString(),
                    QCoreApplication::translate("ListingCsvImporter",
                                                "the row has %1 fields but the header has %2")
                        .arg(used)
                        .arg(columnCount)});
            return true;
        }
        cells.resize(columnCount); // a short row leaves the last fields empty

        const qsizetype rejectedBefore = m_preview.rejectedCount;
        Listing listing;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QString &cell = cells.at(c);
            if (cell.size() > ListingCsvImporter::maximumFieldLength) {
                reject(
                    {line, headers.at(c),
                     QCoreApplication::translate("ListingCsvImporter",
                                                 "the field is %1 characters long; the limit is %2")
                         .arg(grouped(cell.size()),
                              grouped(ListingCsvImporter::maximumFieldLength))});
                continue;
            }
            const std::optional<ListingField> field = m_preview.columnFields.at(c);
            if (!field || cell.isEmpty())
                continue;
            // Columns the user mapped to one field on purpose are kept, one per line.
            QString &text = ListingFields::text(listing, *field);
            text = text.isEmpty() ? cell : text + u'\n' + cell;
        }
        if (listing.title.isEmpty() &&
            cells.at(m_titleColumn).size() <= ListingCsvImporter::maximumFieldLength)
            reject({line, headers.at(m_titleColumn),
                    QCoreApplication::translate("ListingCsvImporter", "title is empty")});
        if (m_rateColumn >= 0) {
            const ParsedRate rate = RateParser::parse(listing.rateText);
            if (!rate.error.isEmpty())
                reject({line, headers.at(m_rateColumn), rate.error});
            else
                RateParser::applyTo(rate, listing);
        }
        if (m_preview.rejectedCount != rejectedBefore)
            return true;
        listing.requirements = m_requirements.parse(listing.skillsText);
        ++m_preview.acceptedCount;
        return !m_sink.accepted || m_sink.accepted({line, std::move(listing), {}});
    }

    const RequirementParser m_requirements;
    const std::optional<ListingColumnMapping> &m_mapping;
    const ListingImportSink &m_sink;
    ListingImportPreview &m_preview;
    int m_headerLine = 0;
    qsizetype m_titleColumn = -1;
    qsizetype m_rateColumn = -1;
};

} // namespace

ListingCsvImporter::ListingCsvImporter(const SkillCatalogue &catalogue) : m_catalogue(catalogue)
{
}

ListingImportPreview ListingCsvImporter::read(const QByteArray &bytes) const
{
    return ListingPreviewCollector::readAll(
        bytes, [this](ImportTextReader &text, const ListingImportSink &sink) {
            return read(text, std::nullopt, sink);
        });
}

ListingImportPreview ListingCsvImporter::read(const QByteArray &bytes,
                                              const ListingColumnMapping &mapping) const
{
    return ListingPreviewCollector::readAll(
        bytes, [this, &mapping](ImportTextReader &text, const ListingImportSink &sink) {
            return read(text, mapping, sink);
        });
}

ListingImportPreview ListingCsvImporter::read(ImportTextReader &text,
                                              const std::optional<ListingColumnMapping> &mapping,
                                              const ListingImportSink &sink) const
{
    ListingImportPreview preview;
    RowReader rows(m_catalogue, mapping, sink, preview);
    bool fileErrorOrStop = false;
    CsvRecordReader records([&](CsvRecord &&record) {
        if (rows.record(std::move(record)))
            return true;
        fileErrorOrStop = true;
        return false;
    });
    while (const auto piece = text.next()) {
        if (!records.feed(*piece))
            break;
        if (sink.progress && !sink.progress(text.bytesRead())) {
            preview.stopped = true;
            return preview;
        }
    }
    if (fileErrorOrStop) {
        preview.stopped = preview.fileError.isEmpty();
        return preview;
    }
    if (!text.error().isEmpty()) {
        preview.fileError = text.error();
        return preview;
    }
    if (!records.finish()) {
        if (!records.error().isEmpty()) {
            preview.fileError = records.error();
            preview.fileErrorLine = records.errorLine();
        } else {
            preview.stopped = preview.fileError.isEmpty();
        }
        return preview;
    }
    rows.finish();
    return preview;
}
