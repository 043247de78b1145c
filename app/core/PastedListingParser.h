#pragma once

#include "ListingImportPreview.h"
#include "SkillCatalogue.h"

#include <QString>

// Reads one listing copied from a web page: a two-column table ("概要 | …" rows with | between
// the cells, or tab-separated as browsers copy an HTML table; a 項目/内容 header row is
// skipped) or "key: value" lines. A line that is neither continues the value above it, so a
// multi-line 作業内容 stays whole. Keys that name no field go to the notes as "key: value".
class PastedListingParser
{
public:
    static ListingImportPreview parse(const QString &text, const SkillCatalogue &catalogue);
};
