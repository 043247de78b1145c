#pragma once

#include <QSqlDatabase>
#include <QWidget>

class AnalysisService;
class ListingDetailsView;
class ListingTableModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The stored listings: a sortable table with a quick filter, and the selected listing's
// details beside it.
class ListingsPage : public QWidget
{
    Q_OBJECT

public:
    ListingsPage(QSqlDatabase database, AnalysisService *analysis, QWidget *parent = nullptr);

    // Reads the listings from the database again and re-ranks them.
    void reload();
    QTableView *table() const { return m_table; }
    ListingTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void showCurrentListing();
    void showListings();
    void updateFits();

    QSqlDatabase m_database;
    AnalysisService *m_analysis;
    bool m_fitsShown = false;
    ListingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    QTableView *m_table;
    ListingDetailsView *m_details;
};
