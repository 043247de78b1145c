#pragma once

#include "ListingField.h"
#include "ListingImportPreview.h"
#include "SkillCatalogue.h"

#include <QByteArray>
#include <QList>
#include <optional>

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
    ListingImportPreview read(const QByteArray &bytes,
                              const QList<std::optional<ListingField>> &mapping) const;

    static constexpr qsizetype maximumFieldLength = 100'000;

private:
    ListingImportPreview
    readMapped(const QByteArray &bytes,
               const std::optional<QList<std::optional<ListingField>>> &mapping) const;

    // A copy, so that a preview can be made long after the caller's catalogue is gone.
    SkillCatalogue m_catalogue;
};
