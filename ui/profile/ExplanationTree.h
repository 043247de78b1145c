#pragma once

#include "core/CareerAnalysis.h"

#include <QTreeWidget>

// The "why" behind every figure: one branch per score and estimate, one leaf per input with
// the points or yen it moved, the reason and the data it came from.
class ExplanationTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ExplanationTree(QWidget *parent = nullptr);

    void showResult(const AnalysisResult &result);

private:
    QTreeWidgetItem *branch(const QString &title, const QString &value);
    void addLeaves(QTreeWidgetItem *branch, const QList<Contribution> &contributions, bool yen);
    void retranslateHeader();
};
