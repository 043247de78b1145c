#pragma once

#include <QString>

// Where a figure of the take-home rules comes from, as data/takehome names it.
struct TakeHomeSource
{
    QString publisher;
    QString document;
    int year = 0;
    QString url;

    QString text() const; // "国税庁, タックスアンサー No.2260 (2025)"
};
