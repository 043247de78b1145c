#include "pipeline/PipelinePage.h"

#include "core/pipeline/DueActions.h"
#include "core/pipeline/PipelineFunnel.h"
#include "pipeline/FunnelChartView.h"
#include "pipeline/PipelineModel.h"
#include "services/Session.h"
#include "storage/ListingRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
enum StackPage
{
    EmptyPage,
    ContentPage
};
} // namespace

PipelinePage::PipelinePage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate()),
      m_model(new PipelineModel(this)), m_stack(new QStackedWidget(this)),
      m_emptyText(new QLabel(this)), m_goToListings(new QPushButton(this)),
      m_dueLabel(new QLabel(this)), m_tree(new QTreeView(this)),
      m_openListing(new QPushButton(this)), m_funnel(new FunnelChartView(this)),
      m_summary(new QLabel(this))
{
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createContent());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_session, &Session::savedChanged, this, &PipelinePage::refresh);
    // A deleted listing takes its saved entry with it.
    connect(m_session, &Session::listingsChanged, this, &PipelinePage::refresh);
    retranslate();
    refresh();
}

QWidget *PipelinePage::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"pipelineEmptyState"_s);
    m_emptyText->setObjectName(u"pipelineEmptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_goToListings->setObjectName(u"pipelineGoToListings"_s);
    connect(m_goToListings, &QPushButton::clicked, this, &PipelinePage::listingsPageRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_goToListings, 0, Qt::AlignCenter);
    layout->addStretch(2);
    return page;
}

QWidget *PipelinePage::createContent()
{
    auto *page = new QWidget(this);
    m_dueLabel->setObjectName(u"dueActionsList"_s);
    m_dueLabel->setWordWrap(true);
    m_dueLabel->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(u"pipelineTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The title and the next action share what the dates and rates leave; text cut short
    // is whole in the tooltip.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PipelineModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PipelineModel::NextActionColumn, QHeaderView::Stretch);
    for (int column : {int(PipelineModel::DueColumn), int(PipelineModel::RateColumn),
                       int(PipelineModel::UpdatedColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(u"M"_s) * 4);
    m_openListing->setObjectName(u"pipelineOpenListing"_s);
    m_funnel->setObjectName(u"funnelChart"_s);
    m_summary->setObjectName(u"funnelSummary"_s);
    m_summary->setWordWrap(true);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(PipelineModel::ListingIdRole).toLongLong();
        if (id > 0)
            emit listingRequested(id);
    });
    connect(m_openListing, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = currentListingId(); id > 0)
            emit listingRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        // A status row is a heading: its name and count across the whole width.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->expandAll();
        m_openListing->setEnabled(currentListingId() > 0);
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_openListing, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_funnel, 1);
    rightLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"pipelineSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The listings get three quarters: their titles are what the page is read for.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({3000, 1000});
    m_funnel->setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 22);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dueLabel);
    layout->addWidget(splitter, 1);
    return page;
}

void PipelinePage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

qint64 PipelinePage::currentListingId() const
{
    return m_tree->currentIndex().data(PipelineModel::ListingIdRole).toLongLong();
}

void PipelinePage::refresh()
{
    QString error;
    const QList<SavedListing> saved = m_session->saved().all(&error).values();
    QList<qint64> ids;
    for (const SavedListing &listing : saved)
        ids.append(listing.listingId);
    m_titles.clear();
    // A few dozen saved listings at most: read by id, whether or not the listings are loaded.
    for (const Listing &listing : m_session->listingRepository().byIds(ids))
        m_titles.insert(listing.id, listing.title);
    const qint64 current = currentListingId();
    m_model->setPipeline(saved, m_titles, m_today);
    if (const QModelIndex index = m_model->indexOfListing(current); index.isValid())
        m_tree->setCurrentIndex(index);
    const QList<FunnelStage> funnel = PipelineFunnel::of(saved);
    m_funnel->setFunnel(funnel);

    m_stack->setCurrentIndex(saved.isEmpty() ? EmptyPage : ContentPage);
    if (!error.isEmpty())
        m_emptyText->setText(tr("The saved listings could not be read: %1").arg(error));
    updateSummary(funnel);
    showDue(DueActions::upTo(saved, m_today, daysAhead), m_titles);
}

void PipelinePage::updateSummary(const QList<FunnelStage> &funnel)
{
    // The funnel in words too: read by screen readers, and exact where bars are not. Each
    // share is of the stage before (the tooltip says so).
    const QLocale locale;
    QStringList parts;
    for (const FunnelStage &stage : funnel) {
        const QString name = PipelineFunnel::stageName(stage.status);
        const QString count = locale.toString(stage.reached);
        parts.append(
            stage.shareOfPrevious
                ? tr("%1 %2 (%3%)")
                      .arg(name, count, locale.toString(std::lround(*stage.shareOfPrevious * 100)))
                : tr("%1 %2").arg(name, count));
    }
    m_summary->setText(parts.join(u" → "_s));
    m_summary->setToolTip(tr("How many saved listings reached each stage; in brackets, the "
                             "share of those at the stage before that went on to it."));
}

void PipelinePage::showDue(const QList<DueAction> &due, const QHash<qint64, QString> &titles)
{
    m_dueLabel->setVisible(!due.isEmpty());
    if (due.isEmpty())
        return;
    const QLocale locale;
    QStringList lines;
    for (const DueAction &action : due) {
        const QString when = PipelineModel::whenDue(action.daysLeft);
        const QString what =
            action.action.what.isEmpty() ? tr("(no description)") : action.action.what;
        lines.append(tr("%1 — %2 (%3, %4)")
                         .arg(what, titles.value(action.listingId),
                              locale.toString(action.action.due, QLocale::ShortFormat), when));
    }
    m_dueLabel->setText(tr("Coming due:") + u'\n' + lines.join(u'\n'));
}

void PipelinePage::retranslate()
{
    m_emptyText->setText(
        tr("No saved listings yet. Save listings on the Listings page to follow each "
           "application here: its status history, next action and the rates asked and "
           "offered."));
    m_goToListings->setText(tr("Go to Listings"));
    m_openListing->setText(tr("Open in Listings"));
    m_tree->setAccessibleName(tr("Saved listings by status"));
    refresh();
}

void PipelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
