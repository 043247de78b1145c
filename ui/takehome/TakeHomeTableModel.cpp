#include "takehome/TakeHomeTableModel.h"

#include "core/MoneyFormat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

TakeHomeTableModel::TakeHomeTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TakeHomeTableModel::setComparison(const TakeHomeComparison &comparison)
{
    const bool shapeChanged = comparison.results.size() != m_comparison.results.size();
    if (shapeChanged)
        beginResetModel();
    m_comparison = comparison;
    if (shapeChanged) {
        endResetModel();
    } else if (!m_comparison.results.isEmpty()) {
        emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
    }
}

int TakeHomeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.results.isEmpty() ? 0 : RowCount;
}

int TakeHomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.results.size());
}

qint64 TakeHomeTableModel::amount(int row, int column) const
{
    if (column < 0 || column >= m_comparison.results.size())
        return 0;
    const TakeHomeResult &r = m_comparison.results.at(column);
    switch (Row(row)) {
    case GrossRow:
        return r.grossYen;
    case ConsumptionTaxBilledRow:
        return r.consumptionTaxCollectedYen;
    case MarginAndExpensesRow:
        return r.marginYen + r.expensesYen;
    case SocialInsuranceRow:
        return r.socialInsuranceYen();
    case IncomeTaxRow:
        return r.incomeTaxYen;
    case ResidentTaxRow:
        return r.residentTaxYen;
    case BusinessTaxRow:
        return r.businessTaxYen;
    case ConsumptionTaxPaidRow:
        return r.consumptionTaxYen;
    case ContributionsRow:
        return r.contributionsYen;
    case NetRow:
        return r.netYen;
    case NetPerMonthRow:
        return r.netYen / 12;
    case EquivalentValueRow:
        return r.equivalentValueYen;
    case RowCount:
        break;
    }
    return 0;
}

QString TakeHomeTableModel::rowName(int row)
{
    switch (Row(row)) {
    case GrossRow:
        return tr("Gross");
    case ConsumptionTaxBilledRow:
        return tr("+ Consumption tax billed");
    case MarginAndExpensesRow:
        return tr("− Agency margin and expenses");
    case SocialInsuranceRow:
        return tr("− Social insurance");
    case IncomeTaxRow:
        return tr("− Income tax");
    case ResidentTaxRow:
        return tr("− Resident tax");
    case BusinessTaxRow:
        return tr("− Business tax");
    case ConsumptionTaxPaidRow:
        return tr("− Consumption tax paid");
    case ContributionsRow:
        return tr("− Set aside: iDeCo, 共済");
    case NetRow:
        return tr("Take-home pay, a year");
    case NetPerMonthRow:
        return tr("Take-home pay, a month");
    case EquivalentValueRow:
        return tr("Besides pay");
    case RowCount:
        break;
    }
    return {};
}

QString TakeHomeTableModel::tooltip(int row, const TakeHomeResult &result) const
{
    // The calculation lines behind the row, with formula and source.
    QStringList ids;
    switch (Row(row)) {
    case GrossRow:
        ids = {u"grossYen"_s};
        break;
    case ConsumptionTaxBilledRow:
        ids = {u"consumptionTaxCollected"_s};
        break;
    case MarginAndExpensesRow:
        ids = {u"margin"_s, u"expenses"_s};
        break;
    case SocialInsuranceRow:
        ids = {u"health"_s,
               u"care"_s,
               u"childSupport"_s,
               u"pension"_s,
               u"employmentInsurance"_s,
               u"nationalPension"_s,
               u"nhi.basic"_s,
               u"nhi.elderly_support"_s,
               u"nhi.care"_s};
        break;
    case IncomeTaxRow:
        ids = {u"taxableIncome"_s, u"incomeTax"_s};
        break;
    case ResidentTaxRow:
        ids = {u"residentTax"_s};
        break;
    case BusinessTaxRow:
        ids = {u"businessTax"_s};
        break;
    case ConsumptionTaxPaidRow:
        ids = {u"consumptionTax"_s};
        break;
    case ContributionsRow:
        ids = {u"contributions"_s, u"mutualAidDeduction"_s, u"safetyMutualAid"_s,
               u"contributionsSaved"_s};
        break;
    case NetRow:
    case NetPerMonthRow:
        ids = {u"netYen"_s};
        break;
    case EquivalentValueRow:
        ids = {u"employerContributions"_s, u"paidLeave"_s, u"retirementAllowance"_s};
        break;
    case RowCount:
        break;
    }
    QStringList parts;
    for (const TakeHomeLine &line : result.lines) {
        if (!ids.contains(line.id))
            continue;
        QString part = u"<b>%1</b>: %2"_s.arg(line.label.toHtmlEscaped(),
                                              MoneyFormat::exact(line.amountYen).toHtmlEscaped());
        if (!line.formula.isEmpty())
            part += u"<br>&nbsp;&nbsp;"_s + line.formula.toHtmlEscaped();
        if (!line.source.isEmpty())
            part += u"<br>&nbsp;&nbsp;<i>%1</i>"_s.arg(
                tr("Source: %1").arg(line.source).toHtmlEscaped());
        parts.append(part);
    }
    return parts.join(u"<br>"_s);
}

QVariant TakeHomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_comparison.results.size())
        return {};
    const TakeHomeResult &result = m_comparison.results.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return MoneyFormat::exact(amount(index.row(), index.column()));
    case Qt::ToolTipRole:
        return tooltip(index.row(), result);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == NetRow || index.row() == NetPerMonthRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.row() == EquivalentValueRow)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant TakeHomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < RowCount ? rowName(section) : QVariant();
    if (section < 0 || section >= m_comparison.results.size())
        return {};
    return EmploymentTypes::displayName(m_comparison.results.at(section).employment);
}

QVariant TakeHomeTableModel::headerToolTip(int section) const
{
    switch (Row(section)) {
    case GrossRow:
        return tr("Employees: the year's pay with bonus. Freelance: the monthly rate × the "
                  "months billed.");
    case ContributionsRow:
        return tr("Savings paid in before the take-home pay: they lower the taxes (and, for "
                  "経営セーフティ共済, the insurance) and come back later.");
    case EquivalentValueRow:
        return tr("What employment gives besides pay: the employer's share of the insurance, "
                  "paid leave and a retirement allowance. Not part of the take-home pay.");
    default:
        return {};
    }
}
