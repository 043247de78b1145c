#pragma once

#include "core/pipeline/SavedListing.h"
#include "core/takehome/TakeHomeCalculator.h"
#include "storage/ListingRepository.h"

#include <QWidget>
#include <optional>

class AnalysisService;
class ListingComparisonDialog;
class ListingDetailsView;
class ListingFilterBar;
class ListingImportDialog;
class ListingSearchThread;
class HeaderLayout;
class ListingTableModel;
class PasteListingDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class SavedListingPanel;
class Session;
enum class ApplicationStatus;

// The stored listings: search and filters answered by the database, the table, the selected
// listing's details with its saved status and notes, and the import, paste, export, compare
// and delete actions.
class ListingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ListingsPage(Session *session, QWidget *parent = nullptr);

    // Reads the listings from the database again (through the session) and re-ranks them.
    void reload();
    QTableView *table() const { return m_table; }
    ListingTableModel *model() const { return m_model; }

    // Opens the import dialog on a file (also used by drag and drop and tests).
    ListingImportDialog *importFile(const QString &path);
    PasteListingDialog *pasteListing();
    // Compares the selected listings; nullptr unless 2–4 are selected.
    ListingComparisonDialog *compareSelected();
    bool exportShown(const QString &path, QString *error);
    // Asks for a listings file and opens the import preview on it.
    void chooseImportFile();
    // Puts the cursor in the search field, its text selected (Ctrl+F).
    void focusSearch();
    // Selects a listing and shows its details, clearing the filters when they hide it.
    void revealListing(qint64 id);
    // True while a search is running, and until the details have followed its answer;
    // searchFinished() comes with the table updated, the details just after the repaint.
    bool isSearching() const;

signals:
    void searchFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void showSearchResult(const QList<qint64> &ids, const QString &error);
    void fitColumnsOnce();
    void applyColumnWidths();
    QWidget *createEmptyState();
    void showCurrentListing();
    // The take-home rules the details and the comparison use, read when first needed; nullptr
    // when they cannot be read.
    const TakeHomeCalculator *takeHomeCalculator();
    TakeHomeInput takeHomeHousehold() const;
    void showCurrentListingIfChanged();
    void showDetailsLater();
    // The current row moved: its details now, or just after the table's repaint while a
    // search's answer is being shown.
    void followCurrentListing();
    void updateFits();
    void updateActions();
    void chooseExportFile();
    void deleteSelected();
    void saveListing(qint64 listingId, ApplicationStatus status, const QString &note,
                     const NextAction &nextAction);
    void addListingRate(qint64 listingId, RateKind kind, qint64 monthlyYen);
    void unsaveListing(qint64 listingId);
    void reloadSaved();
    void refreshChoices();
    void showListings();
    void showSavedChanged();
    QList<qint64> selectedIds() const;
    ListingRepository repository() const;
    // Selects the listing (else the first row); refreshDetails shows its details again even
    // when they already show it.
    void selectListing(qint64 id, bool refreshDetails);

    Session *m_session;
    qint64 m_detailsId = 0;       // the listing the details show; 0: none
    bool m_detailsStale = false;  // shown before its fit changed: laid out again when followed
    bool m_showingAnswer = false; // in showSearchResult: the details follow the repaint
    QTimer *m_detailsLater = nullptr;
    AnalysisService *m_analysis;
    bool m_fitsShown = false;
    std::optional<TakeHomeCalculator> m_takeHome;
    bool m_takeHomeRead = false;
    qint64 m_selectWhenShown = 0; // a listing to select once the next search answer is shown
    ListingTableModel *m_model;
    ListingFilterBar *m_filterBar;
    QTableView *m_table;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    QPushButton *m_emptyPaste = nullptr;
    ListingDetailsView *m_details;
    SavedListingPanel *m_savedPanel;
    QPushButton *m_importButton;
    QPushButton *m_pasteButton;
    QPushButton *m_exportButton;
    QPushButton *m_compareButton;
    QPushButton *m_deleteButton;
    ListingSearchThread *m_searchThread;
    bool m_orderByFit = true;
    bool m_columnsFitted = false;
    QList<int> m_naturalWidths; // each column's width fitted to its text; empty: none yet
    HeaderLayout *m_columns = nullptr;
};
