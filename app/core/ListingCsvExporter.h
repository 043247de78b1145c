#pragma once

#include "Listing.h"

#include <QByteArray>
#include <QList>

// Listings as a CSV file that Excel opens correctly (UTF-8 with a BOM, CRLF line ends, formula-
// like cells neutralised) and ListingCsvImporter reads back: English header keys
// title,rate,contract,positions,duration,work,skills,location,remote,url,notes,source.
class ListingCsvExporter
{
public:
    static QByteArray toCsv(const QList<Listing> &listings);
    // The rate cell: the listing's own wording when it reads back to the same figures,
    // otherwise the figures written out ("60万円〜80万円", "時給3000円"); empty when negotiable.
    static QString rateCell(const Listing &listing);
    // The listing's skills wording; for skills that came as a list without one, wording
    // written from them ("Java(3年以上)、AWS") that the import reads back.
    static QString skillsCell(const Listing &listing);
};
