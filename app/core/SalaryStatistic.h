#pragma once

#include <QString>

// One published salary figure with where it comes from (data/salary_statistics.csv).
struct SalaryStatistic
{
    QString id;
    QString occupation; // "se-web", "backend", "frontend", "it-engineer"
    QString dimension;  // "age" | "employment" | "overall" | "freelance-monthly-rate"
    QString bucket;     // "20s" … "60s" | "fulltime" … | "all"
    QString unit;       // "annual-yen" | "monthly-yen" | "hourly-yen"
    qint64 valueLowYen = 0;
    qint64 valueHighYen = 0; // equal to valueLowYen for a single figure
    QString source;
    int asOfYear = 0;
    QString note;

    QString displayOccupation() const; // translated
    QString displayBucket() const;     // translated: "20代" / "20s", "正社員" / "Full-time"…
};
