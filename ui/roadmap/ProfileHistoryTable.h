#pragma once

#include "core/CareerAnalysis.h"
#include "core/DatedProfile.h"

#include <QTableWidget>

// The saved profiles, newest first: when, the composite score, the estimate in the plan's
// employment type and the income entered, each re-scored with today's model, with the change
// from the entry before.
class ProfileHistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ProfileHistoryTable(QWidget *parent = nullptr);

    void showHistory(const QList<DatedProfile> &history, const CareerAnalysis &analysis,
                     EmploymentType employment);

private:
    void retranslateHeaders(EmploymentType employment);
};
