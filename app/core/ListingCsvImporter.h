#pragma once

#include "ListingField.h"
#include "ListingImportPreview.h"
#include "SkillCatalogue.h"

#include <QByteArray>
#include <QList>
#include <optional>

class ImportTextReader;

// Reads listings from a CSV file as spreadsheets and job boards write it (UTF-8 with or
// without BOM, UTF-16 with BOM, Shift_JIS from Excel) into a preview: what would be imported,
// what would not and why, with the line to look at.
class ListingCsvImporter
{
public:
    explicit ListingCsvImporter(const SkillCatalogue &catalogue);

    // Maps the columns by their headers (ListingFields::fromHeader).
    ListingImportPreview read(const QByteArray &bytes) const;
    // Maps the columns as given, one entry per header column (nullopt: ignore the column), as
    // the user chose in the mapping dialog.
    ListingImportPreview read(const QByteArray &bytes, const ListingColumnMapping &mapping) const;
    // Reads the text a piece at a time and sends each row to the sink as it is read. The
    // preview returned has the header, the mapping, any file error and the counts; its lists
    // stay empty.
    ListingImportPreview read(ImportTextReader &text,
                              const std::optional<ListingColumnMapping> &mapping,
                              const ListingImportSink &sink) const;

    static constexpr qsizetype maximumFieldLength = 100'000;

private:
    // A copy, so that a preview can be made long after the caller's catalogue is gone.
    SkillCatalogue m_catalogue;
};
