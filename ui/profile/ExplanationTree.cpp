#include "profile/ExplanationTree.h"

#include "core/MoneyFormat.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

using namespace Qt::StringLiterals;

ExplanationTree::ExplanationTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    retranslateHeader();
}

void ExplanationTree::retranslateHeader()
{
    setHeaderLabels({tr("Figure / input"), tr("Effect"), tr("Why"), tr("Data")});
    setAccessibleName(tr("Explanation of every figure"));
}

QTreeWidgetItem *ExplanationTree::branch(const QString &title, const QString &value)
{
    auto *item = new QTreeWidgetItem(this, {title, value});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFont(1, font);
    return item;
}

void ExplanationTree::addLeaves(QTreeWidgetItem *parent, const QList<Contribution> &contributions,
                                bool yen)
{
    const QLocale locale;
    for (const Contribution &c : contributions) {
        QString effect;
        if (yen)
            effect = c.amount == 0 ? QString()
                                   : (c.amount > 0 ? u"+"_s : u"−"_s) +
                                         MoneyFormat::annual(qint64(std::abs(c.amount)));
        else
            effect = (c.amount >= 0 ? u"+"_s : QString()) + locale.toString(c.amount, 'f', 1);
        auto *leaf = new QTreeWidgetItem(parent, {c.input, effect, c.reason, c.source});
        leaf->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (int column = 0; column < 4; ++column)
            leaf->setToolTip(column, leaf->text(column));
    }
}

void ExplanationTree::showResult(const AnalysisResult &result)
{
    // Keep the user's view: which branches were open, where they had scrolled.
    QStringList expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded())
            expanded.append(topLevelItem(i)->text(0));
    }
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setUpdatesEnabled(false);
    clear();
    retranslateHeader();
    const QLocale locale;
    for (auto it = result.card.areas.begin(); it != result.card.areas.end(); ++it) {
        QTreeWidgetItem *item = branch(tr("Area: %1").arg(SkillCategories::displayName(it.key())),
                                       locale.toString(it.value().value, 'f', 1));
        addLeaves(item, it.value().contributions, false);
    }
    for (auto it = result.card.factors.begin(); it != result.card.factors.end(); ++it) {
        QTreeWidgetItem *item = branch(tr("Factor: %1").arg(IncomeFactors::displayName(it.key())),
                                       locale.toString(it.value().value, 'f', 1));
        addLeaves(item, it.value().contributions, false);
    }
    QTreeWidgetItem *composite =
        branch(tr("Composite score"), locale.toString(result.card.composite.value, 'f', 1));
    addLeaves(composite, result.card.composite.contributions, false);
    for (const EmploymentEstimate &estimate : result.estimates) {
        QTreeWidgetItem *item =
            branch(tr("Estimate: %1").arg(EmploymentTypes::displayName(estimate.type)),
                   MoneyFormat::annual(estimate.midYen));
        item->setText(2, estimate.basis);
        addLeaves(item, estimate.steps, true);
    }
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(expanded.contains(topLevelItem(i)->text(0)));
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    setColumnWidth(2, std::max(columnWidth(2), 260));
    setUpdatesEnabled(true);
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);
}
