#include "ListingsPage.h"

#include "AnalysisService.h"
#include "ListingDetailsView.h"
#include "ListingTableModel.h"
#include "storage/ListingRepository.h"
#include "storage/ReferenceDataRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ListingsPage::ListingsPage(QSqlDatabase database, AnalysisService *analysis, QWidget *parent)
    : QWidget(parent), m_database(std::move(database)), m_analysis(analysis),
      m_model(new ListingTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_countLabel(new QLabel(this)), m_table(new QTableView(this)),
      m_details(new ListingDetailsView(this))
{
    m_filter->setObjectName(QStringLiteral("listingFilter"));
    m_table->setObjectName(QStringLiteral("listingTable"));
    m_details->setObjectName(QStringLiteral("listingDetails"));
    m_details->setCatalogue(analysis->data().catalogue);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ListingTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ListingTableModel::FitColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ListingTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_filter->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_countLabel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListingsPage::showCurrentListing);
    connect(m_analysis, &AnalysisService::resultChanged, this, &ListingsPage::updateFits);
    retranslate();
    showListings();
}

void ListingsPage::reload()
{
    QString error;
    QList<Listing> listings = ListingRepository(m_database).all(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Listings"),
                             tr("The listings could not be read from the database: %1").arg(error));
        return;
    }
    m_analysis->setListings(listings);
    showListings();
}

void ListingsPage::showListings()
{
    QString error;
    const auto names = ReferenceDataRepository(m_database).workKindNames(QLocale(), &error);
    m_details->setWorkKindNames(names);
    m_model->setListings(m_analysis->data().listings, names);
    updateFits();
    // Fit columns to their text, but cap the long free-text ones; the title takes the width
    // that is left, so the table never needs a horizontal scroll bar at the default size.
    m_table->resizeColumnsToContents();
    const QList<std::pair<int, int>> caps{{ListingTableModel::PositionsColumn, 150},
                                          {ListingTableModel::WorkKindColumn, 130},
                                          {ListingTableModel::SkillsColumn, 200}};
    for (const auto &[column, cap] : caps)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    updateCount();
    // Show the first listing's details rather than an empty pane.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showCurrentListing();
}

void ListingsPage::updateFits()
{
    const auto &result = m_analysis->result();
    QHash<qint64, double> fits;
    if (result) {
        const QList<Listing> &listings = m_analysis->data().listings;
        for (const RankedListing &ranked : result->ranking)
            fits.insert(listings.at(ranked.index).id, ranked.fit);
    }
    m_model->setFits(fits);
    m_proxy->invalidate(); // re-sort: the fit column is the default order
    // When the first fits arrive, start on the best-fitting listing.
    if (!m_fitsShown && !fits.isEmpty() && m_proxy->rowCount() > 0) {
        m_fitsShown = true;
        m_table->selectRow(0);
        m_table->scrollToTop();
    }
    showCurrentListing();
}

void ListingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showListings();
    }
    QWidget::changeEvent(event);
}

void ListingsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by title, skill, contract, kind of work…"));
    m_filter->setAccessibleName(tr("Filter listings"));
    m_table->setAccessibleName(tr("Listings"));
    updateCount();
}

void ListingsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("Listings: %1").arg(total)
                                         : tr("Showing %1 of %2 listings").arg(shown).arg(total));
}

void ListingsPage::showCurrentListing()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const Listing *listing = current.isValid() ? m_model->listingAt(current.row()) : nullptr;
    std::optional<ListingFit> fit;
    if (listing && m_analysis->result())
        fit = m_analysis->analysis().fitOf(*listing, m_analysis->result()->skills);
    m_details->showListing(listing, fit);
}
