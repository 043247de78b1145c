#pragma once

#include "ListingImportPreview.h"
#include "SkillCatalogue.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads a listings file for import, choosing the reader by its content: JSON when it starts
// with [ or {, otherwise CSV (the encoding is detected). Shared by the import command and the
// import dialog, so both accept and reject exactly the same rows.
class ListingFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ListingFileReader)

public:
    // Files larger than this are refused before reading: a listing export is kilobytes to a
    // few tens of megabytes; anything far beyond that is not a listings file.
    static constexpr qint64 maximumBytes = 512LL * 1024 * 1024;

    static ListingImportPreview read(const QString &path, const SkillCatalogue &catalogue);
    // The two halves of read(), for a caller that keeps the bytes (the import dialog reads
    // them again with another column mapping).
    static std::optional<QByteArray> readFile(const QString &path, QString *error);
    static ListingImportPreview parse(const QByteArray &bytes, const SkillCatalogue &catalogue);
    static bool looksLikeJson(const QByteArray &bytes);
};
