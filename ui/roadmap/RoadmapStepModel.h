#pragma once

#include "core/RoadmapPlan.h"
#include "core/RoadmapStepStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

// The plan's steps as a table: the first column's check box is the what-if tick; the status
// column shows progress kept in the database. The model holds no profile and writes nothing:
// the page turns ticks into a what-if profile and statuses into database rows.
class RoadmapStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        RouteColumn,
        GainColumn,
        EffortColumn,
        NewListingsColumn,
        ProjectedColumn,
        StatusColumn,
        ColumnCount
    };

    explicit RoadmapStepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A new plan keeps the ticks and statuses of the steps it still has.
    void setPlan(const RoadmapPlan &plan);
    void setStatuses(const QHash<QString, RoadmapStepStatus> &statuses);
    void setStatus(const QString &stepId, RoadmapStepStatus status);
    void clearWhatIf();

    const RoadmapPlan &plan() const { return m_plan; }
    const PlannedStep &step(int row) const { return m_plan.steps.at(row); }
    RoadmapStepStatus status(const QString &stepId) const { return m_statuses.value(stepId); }
    const QHash<QString, RoadmapStepStatus> &statuses() const { return m_statuses; }
    // The ticked steps in plan order.
    QList<RoadmapStep> whatIfSteps() const;

signals:
    void whatIfChanged();

private:
    RoadmapPlan m_plan;
    QHash<QString, RoadmapStepStatus> m_statuses;
    QSet<QString> m_whatIf;
};
