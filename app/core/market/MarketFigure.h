#pragma once

#include <QString>
#include <optional>

// One published figure of a market-data pack, with the source named beside it and the line
// of the pack it was read from (so explanations and errors can point at it).
struct MarketFigure
{
    QString section; // "freelance-skill", "wage", "jobtag-age", "hourly", …
    QString key;     // section-specific: a catalogue skill id, "sw|40-44|all|kimatte", …
    double value = 0;
    QString unit;             // "万円/月", "円/時", "千円/月", …
    std::optional<int> count; // listings (freelance) or workers (census) behind the figure
    QString publisher;        // 厚生労働省, レバテック株式会社, …
    QString survey;           // 令和7年賃金構造基本統計調査 第5表, …
    QString year;             // "2025", "2021-09-22"
    QString url;
    QString note;
    int line = 0;

    // "厚生労働省「令和7年賃金構造基本統計調査 …」(2025)": how explanations cite it.
    QString citation() const;
};
