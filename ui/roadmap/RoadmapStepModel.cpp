#include "roadmap/RoadmapStepModel.h"

#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"

#include <QColor>
#include <QFont>
#include <QLocale>

RoadmapStepModel::RoadmapStepModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int RoadmapStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int RoadmapStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedStep &planned = m_plan.steps.at(index.row());
    const RoadmapStepStatus status = m_statuses.value(planned.step.id);
    const QLocale locale;
    if (role == Qt::CheckStateRole && index.column() == StepColumn)
        return m_whatIf.contains(planned.step.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != StepColumn &&
        index.column() != RouteColumn && index.column() != StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && status == RoadmapStepStatus::Done) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::ForegroundRole && status == RoadmapStepStatus::Skipped)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole && index.column() == StepColumn)
        return tr("Tick to see the estimate, scores and charts with this step taken. Your "
                  "saved profile does not change.");
    if (role == Qt::ToolTipRole && index.column() == EffortColumn)
        return tr("%1\nSource: %2")
            .arg(planned.step.effortText(m_plan.hoursPerWeek), planned.step.effortSource);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return tr("%1. %2").arg(index.row() + 1).arg(planned.title);
    case RouteColumn:
        return planned.route;
    case GainColumn:
        return RoadmapSummary::signedAnnual(planned.gainInPlanYen);
    case EffortColumn:
        return tr("%1 months").arg(locale.toString(planned.effortMonths, 'f', 1));
    case NewListingsColumn:
        return RoadmapSummary::newListingsText(planned);
    case ProjectedColumn:
        return MoneyFormat::annual(planned.projectedYen);
    case StatusColumn:
        return RoadmapStepStatuses::displayName(status);
    default:
        return {};
    }
}

QVariant RoadmapStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step (tick for what-if)");
    case RouteColumn:
        return tr("Route");
    case GainColumn:
        return tr("Gain as %1").arg(EmploymentTypes::displayName(m_plan.employment));
    case EffortColumn:
        return tr("Effort");
    case NewListingsColumn:
        return tr("New listings");
    case ProjectedColumn:
        return tr("Income after");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags RoadmapStepModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StepColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RoadmapStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != StepColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = m_plan.steps.at(index.row()).step.id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_whatIf.insert(id);
    else
        m_whatIf.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit whatIfChanged();
    return true;
}

void RoadmapStepModel::setPlan(const RoadmapPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    QSet<QString> kept;
    for (const PlannedStep &step : m_plan.steps) {
        if (m_whatIf.contains(step.step.id))
            kept.insert(step.step.id);
    }
    const bool ticksChanged = kept != m_whatIf;
    m_whatIf = kept;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, GainColumn, GainColumn);
    if (ticksChanged)
        emit whatIfChanged();
}

void RoadmapStepModel::setStatuses(const QHash<QString, RoadmapStepStatus> &statuses)
{
    m_statuses = statuses;
    if (!m_plan.steps.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RoadmapStepModel::setStatus(const QString &stepId, RoadmapStepStatus status)
{
    if (status == RoadmapStepStatus::NotStarted)
        m_statuses.remove(stepId);
    else
        m_statuses.insert(stepId, status);
    for (int row = 0; row < rowCount(); ++row) {
        if (m_plan.steps.at(row).step.id == stepId)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void RoadmapStepModel::clearWhatIf()
{
    if (m_whatIf.isEmpty())
        return;
    m_whatIf.clear();
    if (!m_plan.steps.isEmpty())
        emit dataChanged(index(0, StepColumn), index(rowCount() - 1, StepColumn),
                         {Qt::CheckStateRole});
    emit whatIfChanged();
}

QList<RoadmapStep> RoadmapStepModel::whatIfSteps() const
{
    QList<RoadmapStep> steps;
    for (const PlannedStep &planned : m_plan.steps) {
        if (m_whatIf.contains(planned.step.id))
            steps.append(planned.step);
    }
    return steps;
}
