#pragma once

#include "core/ListingComparison.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

// 2–4 listings side by side, with each required skill marked against the profile; the
// table can be exported as CSV.
class ListingComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ListingComparisonDialog(ListingComparison comparison, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Writes the CSV to path; on failure returns false with the reason in *error.
    bool exportCsv(const QString &path, QString *error) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTable();
    void chooseExportFile();

    ListingComparison m_comparison;
    QTableWidget *m_table;
    QPushButton *m_export;
};
