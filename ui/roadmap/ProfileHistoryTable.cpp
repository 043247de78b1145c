#include "roadmap/ProfileHistoryTable.h"

#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

ProfileHistoryTable::ProfileHistoryTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("profileHistoryTable"));
    setColumnCount(4);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    retranslateHeaders(EmploymentType::FullTime);
}

void ProfileHistoryTable::retranslateHeaders(EmploymentType employment)
{
    setHorizontalHeaderLabels({tr("Saved"), tr("Composite score"),
                               tr("Estimate as %1").arg(EmploymentTypes::displayName(employment)),
                               tr("Income entered")});
}

void ProfileHistoryTable::showHistory(const QList<DatedProfile> &history,
                                      const CareerAnalysis &analysis, EmploymentType employment)
{
    retranslateHeaders(employment);
    const QLocale locale;
    setRowCount(int(history.size()));
    double previousScore = -1;
    qint64 previousEstimate = -1;
    // Oldest first to compute the changes, shown newest first.
    for (qsizetype i = 0; i < history.size(); ++i) {
        const DatedProfile &entry = history.at(i);
        const AnalysisResult result = analysis.estimate(entry.profile);
        qint64 estimate = 0;
        for (const EmploymentEstimate &e : result.estimates) {
            if (e.type == employment)
                estimate = e.midYen;
        }
        const double score = result.card.composite.value;
        QString scoreText = locale.toString(score, 'f', 1);
        QString estimateText = MoneyFormat::annual(estimate);
        if (previousScore >= 0) {
            scoreText += u" (%1%2)"_s.arg(score >= previousScore ? u"+"_s : u"−"_s,
                                          locale.toString(std::abs(score - previousScore), 'f', 1));
            estimateText +=
                u" ("_s + RoadmapSummary::signedAnnual(estimate - previousEstimate) + u')';
        }
        previousScore = score;
        previousEstimate = estimate;
        const int row = int(history.size() - 1 - i);
        setItem(row, 0,
                new QTableWidgetItem(
                    locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
        setItem(row, 1, new QTableWidgetItem(scoreText));
        setItem(row, 2, new QTableWidgetItem(estimateText));
        setItem(row, 3,
                new QTableWidgetItem(entry.profile.annualIncomeYen > 0
                                         ? MoneyFormat::annual(entry.profile.annualIncomeYen)
                                         : tr("not entered")));
        for (int column = 1; column < 4; ++column)
            item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}
