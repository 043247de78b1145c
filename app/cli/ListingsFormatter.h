#pragma once

#include "core/Listing.h"

#include <QList>
#include <QLocale>
#include <QString>

// Renders listings for the terminal (aligned text), for programs (JSON) and for spreadsheets
// (CSV in UTF-8 with a BOM, formula-like cells neutralised).
class ListingsFormatter
{
public:
    static QString text(const QList<Listing> &listings, const QLocale &locale = QLocale());
    static QByteArray json(const QList<Listing> &listings);
    static QByteArray csv(const QList<Listing> &listings);

    // Columns a terminal needs for the text: East Asian wide characters take two.
    static int displayWidth(const QString &text);
};
