#pragma once

#include "core/CareerAnalysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The analysis of one profile as text for people and JSON for programs. JSON keys for areas,
// factors and employment types are the model's keys (languages…, skills…, fulltime…).
class ScoreReport
{
    Q_DECLARE_TR_FUNCTIONS(ScoreReport)

public:
    ScoreReport(const CareerAnalysis &analysis, const AnalysisResult &result, int topListings);

    QString text() const;
    QByteArray json() const;

    static QString statusKey(RequirementStatus status);
    static QString statusName(RequirementStatus status); // translated

private:
    const CareerAnalysis &m_analysis;
    const AnalysisResult &m_result;
    int m_topListings;
};
