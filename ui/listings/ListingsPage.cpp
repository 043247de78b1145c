#include "listings/ListingsPage.h"

#include "core/ListingFileWriter.h"
#include "core/MoneyFormat.h"
#include "listings/ListingComparisonDialog.h"
#include "listings/ListingDetailsView.h"
#include "listings/ListingFilterBar.h"
#include "listings/ListingImportDialog.h"
#include "listings/ListingSearchThread.h"
#include "listings/ListingTableModel.h"
#include "listings/PasteListingDialog.h"
#include "listings/SavedListingPanel.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Session.h"
#include "storage/ListingRepository.h"
#include "storage/ReferenceDataRepository.h"
#include "storage/SavedListingRepository.h"
#include "widgets/HeaderLayout.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListingsPage::ListingsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_analysis(session->analysis()),
      m_model(new ListingTableModel(this)), m_filterBar(new ListingFilterBar(this)),
      m_table(new QTableView(this)), m_details(new ListingDetailsView(this)),
      m_savedPanel(new SavedListingPanel(this)), m_importButton(new QPushButton(this)),
      m_pasteButton(new QPushButton(this)), m_exportButton(new QPushButton(this)),
      m_compareButton(new QPushButton(this)), m_deleteButton(new QPushButton(this)),
      m_searchThread(new ListingSearchThread(session->databasePath(), this))
{
    m_table->setObjectName(u"listingTable"_s);
    m_details->setObjectName(u"listingDetails"_s);
    m_savedPanel->setObjectName(u"savedListingPanel"_s);
    m_importButton->setObjectName(u"importListings"_s);
    m_pasteButton->setObjectName(u"pasteListing"_s);
    m_exportButton->setObjectName(u"exportListings"_s);
    m_compareButton->setObjectName(u"compareListings"_s);
    m_deleteButton->setObjectName(u"deleteListings"_s);
    m_details->setCatalogue(m_analysis->data().catalogue);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows to scroll.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(ListingTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    // The user's widths, order and hidden columns from the last run; without them the
    // columns are fitted to the first listings shown.
    m_columns = new HeaderLayout(m_table->horizontalHeader(), u"listings/columns"_s,
                                 ListingTableModel::TitleColumn, this);
    m_columnsFitted = m_columns->restore();
    // The columns give way to the title as the table narrows, until the user sizes them.
    m_table->viewport()->installEventFilter(this);
    connect(m_columns, &HeaderLayout::layoutReset, this, [this]() {
        m_table->horizontalHeader()->setSectionResizeMode(ListingTableModel::TitleColumn,
                                                          QHeaderView::Stretch);
        m_columnsFitted = false;
        fitColumnsOnce();
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_importButton);
    actions->addWidget(m_pasteButton);
    actions->addWidget(m_exportButton);
    actions->addStretch(1);
    actions->addWidget(m_compareButton);
    actions->addWidget(m_deleteButton);

    auto *detailSplitter = new QSplitter(Qt::Horizontal, this);
    detailSplitter->addWidget(m_details);
    detailSplitter->addWidget(m_savedPanel);
    detailSplitter->setStretchFactor(0, 3);
    detailSplitter->setStretchFactor(1, 1);
    // With no listings at all, the table's place says how to get some.
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(createEmptyState());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(detailSplitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &ListingFilterBar::filterChanged, this, &ListingsPage::runSearch);
    connect(m_searchThread, &ListingSearchThread::found, this, &ListingsPage::showSearchResult);
    m_detailsLater = new QTimer(this);
    m_detailsLater->setSingleShot(true);
    m_detailsLater->setInterval(0);
    connect(m_detailsLater, &QTimer::timeout, this, &ListingsPage::showDetailsLater);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListingsPage::followCurrentListing);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListingsPage::updateActions);
    connect(m_analysis, &AnalysisService::resultChanged, this, &ListingsPage::updateFits);
    // The listing's take-home pay follows the circumstances set on the Take-home page.
    connect(AppSettings::notifier(), &AppSettings::takeHomeHouseholdChanged, this,
            &ListingsPage::showCurrentListing);
    connect(m_session, &Session::listingsChanged, this, &ListingsPage::showListings);
    connect(m_session, &Session::savedChanged, this, &ListingsPage::showSavedChanged);
    connect(m_session, &Session::listingsLoadingChanged, this, [this](bool loading) {
        if (loading)
            m_filterBar->setCountText(tr("Loading listings…"));
    });
    connect(m_savedPanel, &SavedListingPanel::saveRequested, this, &ListingsPage::saveListing);
    connect(m_savedPanel, &SavedListingPanel::removeRequested, this, &ListingsPage::unsaveListing);
    connect(m_savedPanel, &SavedListingPanel::rateAddRequested, this,
            &ListingsPage::addListingRate);
    connect(m_importButton, &QPushButton::clicked, this, &ListingsPage::chooseImportFile);
    connect(m_pasteButton, &QPushButton::clicked, this, &ListingsPage::pasteListing);
    connect(m_exportButton, &QPushButton::clicked, this, &ListingsPage::chooseExportFile);
    connect(m_compareButton, &QPushButton::clicked, this, &ListingsPage::compareSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ListingsPage::deleteSelected);
    retranslate();
    m_model->setListings(m_session->listings(), {});
    refreshChoices();
    reloadSaved();
    updateFits();
    // Once the event loop runs: by then the window has started loading the listings, if it
    // loads them. Listings being read are searched when they arrive (showListings): a search
    // of the database now would be thrown away, and at 100,000 listings it takes a core for
    // 80 ms just after the window's first paint, while the display server draws it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_session->isReadingListings())
                runSearch();
        },
        Qt::QueuedConnection);
}

void ListingsPage::reload()
{
    // On the session's worker thread: after a large import the window stays responsive
    // while the listings are read and analysed (in a team's use, after they are copied from
    // the team database); a failure is reported by the main window.
    m_session->listingsWritten();
}

void ListingsPage::showListings()
{
    // Before the analysis reruns on them: its ranking refers to these positions.
    m_model->setListings(m_session->listings(), {});
    refreshChoices();
    reloadSaved();
    m_detailsId = 0; // the listing shown may have changed (a merge fills its empty fields)
    m_searchThread->dropIndex();
    runSearch(); // the new listings through the current search and filters
}

void ListingsPage::showSavedChanged()
{
    reloadSaved();
    showCurrentListing();
    if (m_filterBar->filter().savedOnly)
        runSearch();
}

void ListingsPage::refreshChoices()
{
    QString error;
    const auto names = m_session->reference().workKindNames(QLocale(), &error);
    m_details->setWorkKindNames(names);
    // The choices from the listings the window holds: two SELECT DISTINCT scans of 100,000
    // rows would block the window's thread for 70 ms at every start and reload.
    const ListingSet &listings = m_session->listings();
    m_filterBar->setChoices(listings.distinctContracts(), listings.distinctDurations(), names,
                            m_analysis->data().catalogue);
    m_model->setWorkKindNames(names);
}

void ListingsPage::reloadSaved()
{
    m_model->setSaved(m_session->saved().all());
}

void ListingsPage::runSearch()
{
    ListingFilter filter = m_filterBar->filter();
    filter.billableHoursPerMonth = m_analysis->conversion().billableHoursPerMonth;
    m_orderByFit = filter.sort == ListingSort::Fit;
    m_searchThread->search(filter, !m_session->isReadingListings());
}

void ListingsPage::showSearchResult(const QList<qint64> &ids, const QString &error)
{
    if (!error.isEmpty()) {
        m_filterBar->setCountText(tr("Search failed: %1").arg(error));
        return;
    }
    const qint64 currentId =
        m_table->currentIndex().data(ListingTableModel::ListingIdRole).toLongLong();
    m_model->setShownIds(ids, m_orderByFit);
    if (m_session->isReadingListings()) {
        // The database answered before the listings reached the window: they follow.
        m_filterBar->setCountText(tr("Loading listings…"));
        emit searchFinished();
        return;
    }
    const QLocale locale;
    const int shown = m_model->shownCount();
    const int total = m_model->totalCount();
    m_tableStack->setCurrentIndex(total == 0 ? 1 : 0);
    m_filterBar->setCountText(
        shown == total
            ? tr("Listings: %1").arg(locale.toString(total))
            : tr("Showing %1 of %2 listings").arg(locale.toString(shown), locale.toString(total)));
    // Stay on the listing the user was reading when it is still shown; else the first. Its
    // details stay as they are when it is the same listing. A listing just pasted is selected.
    const qint64 pasted = std::exchange(m_selectWhenShown, 0);
    m_showingAnswer = true;
    selectListing(pasted > 0 ? pasted : currentId, pasted > 0);
    m_showingAnswer = false;
    updateActions();
    fitColumnsOnce();
    emit searchFinished();
}

QWidget *ListingsPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"listingsEmptyState"_s);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"listingsEmptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyImport = new QPushButton(empty);
    m_emptyImport->setObjectName(u"listingsEmptyImport"_s);
    m_emptyPaste = new QPushButton(empty);
    m_emptyPaste->setObjectName(u"listingsEmptyPaste"_s);
    connect(m_emptyImport, &QPushButton::clicked, this, &ListingsPage::chooseImportFile);
    connect(m_emptyPaste, &QPushButton::clicked, this, &ListingsPage::pasteListing);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyImport);
    buttons->addWidget(m_emptyPaste);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return empty;
}

bool ListingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        applyColumnWidths();
    return QWidget::eventFilter(watched, event);
}

void ListingsPage::revealListing(qint64 id)
{
    if (m_model->rowOfId(id) >= 0) {
        selectListing(id, true);
        return;
    }
    // Hidden by the filters: they are cleared (which searches again), and the listing is
    // selected when the answer is shown.
    m_selectWhenShown = id;
    m_filterBar->clearFilters();
}

bool ListingsPage::isSearching() const
{
    // Listings being read will be searched again when they arrive; the details of an answer's
    // first listing follow its repaint.
    return m_searchThread->isBusy() || m_session->isLoadingListings() || m_detailsLater->isActive();
}

void ListingsPage::selectListing(qint64 id, bool refreshDetails)
{
    int row = id > 0 ? m_model->rowOfId(id) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_model->fetchUpTo(row); // a listing further down than the view has been given yet
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    if (refreshDetails)
        showCurrentListing();
    else
        followCurrentListing();
}

void ListingsPage::followCurrentListing()
{
    // A search's answer that puts another listing first: the table is painted first and the
    // details (the listing read from the database, then laid out, several milliseconds) follow
    // in the next turn of the event loop, so that a keystroke never waits for them. A listing
    // the user selects shows its details at once.
    if (m_showingAnswer)
        m_detailsLater->start();
    else
        showCurrentListingIfChanged();
}

void ListingsPage::showDetailsLater()
{
    // The first details also read this year's take-home rules (a file parsed): they take a
    // turn of the event loop of their own, and the listing's read and layout the next, so that
    // neither turn holds the window longer than a frame or so.
    if (!m_takeHomeRead) {
        takeHomeCalculator();
        m_detailsLater->start();
        return;
    }
    showCurrentListingIfChanged();
}

void ListingsPage::showCurrentListingIfChanged()
{
    // Each keystroke resets the table and selects the same listing again: reading it from the
    // database and laying its details out again would cost every keystroke a few milliseconds.
    const qint64 id = m_table->currentIndex().data(ListingTableModel::ListingIdRole).toLongLong();
    if (id != m_detailsId || m_detailsStale)
        showCurrentListing();
}

void ListingsPage::updateFits()
{
    const auto &result = m_analysis->result();
    // Listings just read are shown a turn before their analysis: a result on the listings
    // before them has positions that are not these, and the right one follows.
    if (result && m_analysis->data().listings.size() != m_model->totalCount())
        return;
    // Fits by position (the model holds the same list as the analysis), and the ranking
    // itself, which is already by fit, then rate.
    std::vector<float> fits;
    if (result) {
        fits.assign(m_analysis->data().listings.size(), -1.0f);
        for (const RankedListing &ranked : result->ranking)
            fits[size_t(ranked.index)] = float(ranked.fit);
    }
    const bool hadFits = !fits.empty();
    m_model->setFitsByPosition(std::move(fits), result ? result->ranking : Ranking());
    // When the first fits arrive, start on the best-fitting listing.
    if (!m_fitsShown && hadFits) {
        m_fitsShown = true;
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    // A new profile changes the order, not which listings the search selects.
    const qint64 currentId =
        m_table->currentIndex().data(ListingTableModel::ListingIdRole).toLongLong();
    if (m_orderByFit)
        m_model->reorderByFit();
    // The fit shown in the details changed: they are laid out again after the table is
    // repainted (16 ms at 100,000 listings that the window would otherwise hold frozen).
    m_detailsStale = true;
    m_showingAnswer = true;
    selectListing(currentId, false);
    m_showingAnswer = false;
}

void ListingsPage::fitColumnsOnce()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // The page's own sizing: not a layout of the user's to remember.
    m_columns->setSavingSuspended(true);
    // Fit columns to their text once there is text, capping the long free-text ones; the
    // title takes the width that is left. Measured on the first 50 rows: Qt's default of
    // 1,000 took the window's thread 57 ms when 100,000 listings arrived.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->resizeColumnsToContents();
    const QList<std::pair<int, int>> caps{{ListingTableModel::PositionsColumn, 150},
                                          {ListingTableModel::WorkKindColumn, 130},
                                          {ListingTableModel::SkillsColumn, 200}};
    for (const auto &[column, cap] : caps)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    // The fit and saved columns may still be empty when measured: make room for "100%" and
    // the longest status.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(u' ');
    int statusWidth = 0;
    for (ApplicationStatus status : ApplicationStatuses::all())
        statusWidth = std::max(statusWidth,
                               metrics.horizontalAdvance(ApplicationStatuses::displayName(status)));
    m_table->setColumnWidth(ListingTableModel::FitColumn,
                            std::max(m_table->columnWidth(ListingTableModel::FitColumn),
                                     metrics.horizontalAdvance(u"100%"_s) + padding));
    // Rates measured on a few listings: leave room for a typical range.
    m_table->setColumnWidth(
        ListingTableModel::RateColumn,
        std::max(m_table->columnWidth(ListingTableModel::RateColumn),
                 metrics.horizontalAdvance(MoneyFormat::monthlyRange(700'000, 900'000)) + padding));
    m_table->setColumnWidth(
        ListingTableModel::SavedColumn,
        std::max(m_table->columnWidth(ListingTableModel::SavedColumn), statusWidth + padding));
    m_naturalWidths.clear();
    for (int column = 0; column < ListingTableModel::ColumnCount; ++column)
        m_naturalWidths.append(m_table->columnWidth(column));
    m_columns->setSavingSuspended(false);
    applyColumnWidths();
}

void ListingsPage::applyColumnWidths()
{
    if (m_naturalWidths.isEmpty() || m_columns->hasUserLayout())
        return;
    // The title is what says which listing a row is: it keeps at least a third of the width
    // (and 16 characters). When the other columns' text needs more than the rest, the
    // free-text columns give way, down to their headings (their text is in the
    // details and, for the skills, in the tooltip); the fit, status and rate keep theirs.
    const int em = m_table->fontMetrics().horizontalAdvance(u"M"_s);
    const int available = m_table->viewport()->width();
    const int titleMinimum = std::max(16 * em, available / 3);
    const QList<int> yielding{ListingTableModel::ContractColumn, ListingTableModel::PositionsColumn,
                              ListingTableModel::DurationColumn, ListingTableModel::WorkKindColumn,
                              ListingTableModel::SkillsColumn};
    int fixedWidth = 0;
    int yieldingWidth = 0;
    for (int column = 0; column < ListingTableModel::ColumnCount; ++column) {
        if (column == ListingTableModel::TitleColumn || m_table->isColumnHidden(column))
            continue;
        (yielding.contains(column) ? yieldingWidth : fixedWidth) += m_naturalWidths.at(column);
    }
    const int room = available - titleMinimum - fixedWidth;
    const double share =
        yieldingWidth > 0 ? std::clamp(double(room) / yieldingWidth, 0.0, 1.0) : 1.0;
    m_columns->setSavingSuspended(true);
    for (int column : yielding) {
        if (m_table->isColumnHidden(column))
            continue;
        // Never narrower than the column's own heading, so that it can still be read.
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        const int floor = std::max(
            4 * em, m_table->horizontalHeader()->fontMetrics().horizontalAdvance(heading) + em);
        m_table->setColumnWidth(column, std::max(std::min(floor, m_naturalWidths.at(column)),
                                                 int(m_naturalWidths.at(column) * share)));
    }
    m_columns->setSavingSuspended(false);
}

QList<qint64> ListingsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ListingTableModel::ListingIdRole).toLongLong());
    return ids;
}

void ListingsPage::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_compareButton->setEnabled(selected >= 2 && selected <= 4);
    m_compareButton->setToolTip(tr("Select 2 to 4 listings (Ctrl+click) to compare them."));
    m_deleteButton->setEnabled(selected > 0);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

const TakeHomeCalculator *ListingsPage::takeHomeCalculator()
{
    // This year's rules, or the latest there are; read once (a year without rules is not
    // looked for again with every listing).
    if (!m_takeHomeRead) {
        m_takeHomeRead = true;
        const int year = TakeHomeRules::defaultYear();
        QString error;
        if (auto rules = TakeHomeRules::forYear(year, &error))
            m_takeHome.emplace(std::move(*rules));
    }
    return m_takeHome ? &*m_takeHome : nullptr;
}

TakeHomeInput ListingsPage::takeHomeHousehold() const
{
    TakeHomeInput household;
    household.year = m_takeHome ? m_takeHome->rules().year() : household.year;
    household.age = m_analysis->effectiveProfile().age;
    return AppSettings::takeHomeHousehold(household);
}

void ListingsPage::showCurrentListing()
{
    const std::optional<Listing> summary = m_model->listingAt(m_table->currentIndex().row());
    // The table holds summaries; the details show the whole listing, read by its id.
    QList<Listing> full;
    if (summary)
        full = repository().byIds({summary->id});
    const Listing *listing = !full.isEmpty() ? &full.first() : summary ? &*summary : nullptr;
    std::optional<ListingFit> fit;
    if (listing && m_analysis->result())
        fit = m_analysis->analysis().fitOf(*listing, m_analysis->result()->skills);
    // The rules are read with the first listing shown, not while the page is built.
    if (listing)
        m_details->setTakeHome(takeHomeCalculator(), takeHomeHousehold());
    m_details->showListing(listing, fit);
    m_detailsId = listing ? listing->id : 0;
    m_detailsStale = false;
    m_savedPanel->showListing(listing ? listing->id : 0,
                              listing ? m_session->saved().find(listing->id) : std::nullopt);
}

ListingRepository ListingsPage::repository() const
{
    return m_session->listingRepository();
}

void ListingsPage::saveListing(qint64 listingId, ApplicationStatus status, const QString &note,
                               const NextAction &nextAction)
{
    QString error;
    if (!m_session->saveListing(listingId, status, note, nextAction, &error))
        QMessageBox::warning(this, tr("Save listing"),
                             tr("The listing could not be saved: %1").arg(error));
}

void ListingsPage::addListingRate(qint64 listingId, RateKind kind, qint64 monthlyYen)
{
    QString error;
    if (!m_session->addListingRate(listingId, kind, monthlyYen, &error))
        QMessageBox::warning(this, tr("Rate ledger"),
                             tr("The rate could not be recorded: %1").arg(error));
}

void ListingsPage::unsaveListing(qint64 listingId)
{
    QString error;
    if (!m_session->unsaveListing(listingId, &error))
        QMessageBox::warning(
            this, tr("Save listing"),
            tr("The listing could not be removed from the saved list: %1").arg(error));
}

ListingImportDialog *ListingsPage::importFile(const QString &path)
{
    auto *dialog = new ListingImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListingImportDialog::imported, this, &ListingsPage::reload);
    dialog->openFile(path);
    dialog->open();
    return dialog;
}

void ListingsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void ListingsPage::chooseImportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import listings"), folder,
        tr("Listing files (*.csv *.json *.txt);;CSV files (*.csv);;JSON files (*.json);;All "
           "files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

PasteListingDialog *ListingsPage::pasteListing()
{
    auto *dialog = new PasteListingDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!m_session->teamLink()) {
            m_selectWhenShown = dialog->addedListingId(); // once the listings are read again
            reload();
            return;
        }
        // Written to the team database: its copy here comes first, then it can be selected.
        QString error;
        m_selectWhenShown = m_session->copyAndFindTeamListing(dialog->addedListingId(), &error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Paste a listing"),
                                 tr("The listing was added to the team database, but the copy "
                                    "here could not be brought up to date: %1")
                                     .arg(error));
        m_session->loadListingsInBackground();
    });
    dialog->open();
    return dialog;
}

ListingComparisonDialog *ListingsPage::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() < 2 || ids.size() > 4)
        return nullptr;
    const QList<Listing> listings = repository().byIds(ids);
    if (listings.size() != ids.size())
        return nullptr;
    QList<ListingFit> fits;
    if (m_analysis->result()) {
        for (const Listing &listing : listings)
            fits.append(m_analysis->analysis().fitOf(listing, m_analysis->result()->skills));
    }
    ListingComparison comparison(listings, fits, m_analysis->data().catalogue,
                                 m_analysis->conversion());
    if (const TakeHomeCalculator *calculator = takeHomeCalculator())
        comparison.addTakeHome(*calculator, takeHomeHousehold());
    auto *dialog = new ListingComparisonDialog(comparison, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool ListingsPage::exportShown(const QString &path, QString *error)
{
    // The whole listings, in the order shown (the table holds summaries).
    const QList<qint64> ids = m_model->shownIds(); // every row, scrolled to or not
    QString readError;
    const QList<Listing> listings = repository().byIds(ids, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    return ListingFileWriter::write(path, ListingFileWriter::formatFor(path), listings,
                                    m_session->saved().jsonExtras(), error);
}

void ListingsPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the listings shown"), folder + u"/listings.csv"_s,
        tr("CSV for Excel (*.csv);;JSON (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportShown(path, &error))
        QMessageBox::warning(this, tr("Export listings"),
                             tr("%1 could not be written: %2").arg(path, error));
}

void ListingsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete listings"),
        tr("Delete the selected listings (%1)? Their saved status and notes are deleted with "
           "them.")
            .arg(ids.size()));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->removeListings(ids, &error))
        QMessageBox::warning(this, tr("Delete listings"), tr("Nothing was deleted: %1").arg(error));
}

void ListingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshChoices();
        runSearch();
    }
    QWidget::changeEvent(event);
}

void ListingsPage::retranslate()
{
    if (m_emptyText) {
        m_emptyText->setText(
            tr("No listings yet. Import a CSV or JSON file of job or freelance listings, or "
               "paste one copied from a web page: each is then ranked by how well it fits your "
               "skills."));
        m_emptyImport->setText(tr("Import a file…"));
        m_emptyPaste->setText(tr("Paste a listing…"));
    }
    m_table->setAccessibleName(tr("Listings"));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Import listings from a CSV or JSON file"));
    m_pasteButton->setText(tr("Paste listing…"));
    m_pasteButton->setToolTip(tr("Add a listing copied from a web page"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the listings shown as CSV (for Excel) or JSON"));
    m_compareButton->setText(tr("Compare selected"));
    m_deleteButton->setText(tr("Delete"));
    updateActions();
}
