#pragma once

#include "core/Listing.h"

#include <QList>
#include <QLocale>
#include <QString>

// Renders listings for the terminal as aligned text. JSON and CSV output use the import and
// export formats (ListingJson, ListingCsvExporter), so what `listings` prints can be imported.
class ListingsFormatter
{
public:
    static QString text(const QList<Listing> &listings, const QLocale &locale = QLocale());

    // Columns a terminal needs for the text: East Asian wide characters take two.
    static int displayWidth(const QString &text);
};
