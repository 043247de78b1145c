#pragma once

#include "core/DatedProfile.h"
#include "core/IncomeProjection.h"
#include "core/RoadmapPlan.h"
#include "core/RoadmapStepStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QTextDocument>
#include <memory>

class AnalysisService;
class Session;
class QPagedPaintDevice;

// The report a user takes to a career interview or keeps for themselves: the profile, the
// scores and estimate with their explanation and sources, the charts, the roadmap with its
// progress, and the saved listings compared side by side. One QTextDocument, written to an
// A4 PDF (fonts embedded by Qt's PDF engine) or sent to a printer. The analysis must show the
// profile itself, not a what-if.
class RoadmapReport
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapReport)

public:
    RoadmapReport(const Session *session, RoadmapPlan plan,
                  QHash<QString, RoadmapStepStatus> statuses, IncomeProjection projection,
                  QList<DatedProfile> history);

    std::unique_ptr<QTextDocument> document() const;
    bool writePdf(const QString &path, QString *error) const;
    void print(QPagedPaintDevice *device) const;

private:
    QString profileSection() const;
    QString scoresSection() const;
    QString estimateSection() const;
    QString takeHomeSection() const;
    QString roadmapSection() const;
    QString progressSection() const;
    QString savedListingsSection() const;
    QString sourcesSection() const;
    // Draws the charts off screen at print size and adds them to the document as images.
    void addCharts(QTextDocument &document) const;

    const Session *m_session;
    AnalysisService *m_analysis;
    RoadmapPlan m_plan;
    QHash<QString, RoadmapStepStatus> m_statuses;
    IncomeProjection m_projection;
    QList<DatedProfile> m_history;
};
