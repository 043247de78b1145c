#pragma once

#include "core/pipeline/DueAction.h"
#include "core/pipeline/FunnelStage.h"

#include <QDate>
#include <QWidget>

class FunnelChartView;
class PipelineModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class Session;

// Applications: the saved listings as a pipeline. They are grouped by status with their next
// action and latest rate, the funnel shows how far they got, and the actions coming due are
// listed on top. With nothing saved yet, the page says how to start.
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(Session *session, QWidget *parent = nullptr);

    PipelineModel *model() const { return m_model; }
    // The day overdue is counted from; today unless a test says otherwise.
    void setToday(const QDate &today);
    // How many days ahead an action counts as coming due.
    static constexpr int daysAhead = 2;

signals:
    // The user asked to see a listing (double-click, Enter, or "Open in Listings").
    void listingRequested(qint64 listingId);
    void listingsPageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEmptyState();
    QWidget *createContent();
    void refresh();
    void retranslate();
    void showDue(const QList<DueAction> &due, const QHash<qint64, QString> &titles);
    void updateSummary(const QList<FunnelStage> &funnel);
    qint64 currentListingId() const;

    Session *m_session;
    QDate m_today;
    PipelineModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QPushButton *m_goToListings;
    QLabel *m_dueLabel;
    QTreeView *m_tree;
    QPushButton *m_openListing;
    FunnelChartView *m_funnel;
    QLabel *m_summary;
    QHash<qint64, QString> m_titles;
};
