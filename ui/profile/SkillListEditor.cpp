#include "profile/SkillListEditor.h"

#include "profile/SkillNameDelegate.h"
#include "profile/SkillYearsDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    YearsColumn,
    AreaColumn,
    ColumnCount
};
}

SkillListEditor::SkillListEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)),
      m_nameDelegate(new SkillNameDelegate(this)), m_addButton(new QPushButton(this)),
      m_removeButton(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("skillTable"));
    m_addButton->setObjectName(QStringLiteral("addSkillButton"));
    m_removeButton->setObjectName(QStringLiteral("removeSkillButton"));
    m_table->setItemDelegateForColumn(NameColumn, m_nameDelegate);
    m_table->setItemDelegateForColumn(YearsColumn, new SkillYearsDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(YearsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_removeButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this]() {
        addSkill();
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &SkillListEditor::removeSelectedSkills);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        if (item->column() == NameColumn)
            updateAreaCell(item->row());
        if (item->column() != AreaColumn)
            emit skillsChanged();
    });
    retranslate();
}

void SkillListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SkillListEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Years"), tr("Area")});
    m_table->setAccessibleName(tr("Skills with years of experience"));
    m_addButton->setText(tr("&Add skill"));
    m_removeButton->setText(tr("Re&move skill"));
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateAreaCell(row);
}

void SkillListEditor::setCatalogue(const SkillCatalogue &catalogue)
{
    m_catalogue = catalogue;
    m_nameDelegate->setCompletionNames(catalogue.completionNames());
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateAreaCell(row);
}

void SkillListEditor::setSkills(const QList<ProfileSkill> &skills)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const ProfileSkill &skill : skills)
        addSkill(skill.name, skill.years);
    m_updating = false;
}

void SkillListEditor::addSkill(const QString &name, double years)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *yearsItem = new QTableWidgetItem;
    yearsItem->setData(Qt::EditRole, years); // a double: the table edits it with a spin box
    m_table->setItem(row, YearsColumn, yearsItem);
    auto *area = new QTableWidgetItem;
    area->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, AreaColumn, area);
    updateAreaCell(row);
    m_updating = wasUpdating;
    if (!m_updating)
        emit skillsChanged();
}

QList<ProfileSkill> SkillListEditor::skills() const
{
    QList<ProfileSkill> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            continue;
        const double years =
            std::max(0.0, m_table->item(row, YearsColumn)->data(Qt::EditRole).toDouble());
        result.append({name, years});
    }
    return result;
}

void SkillListEditor::removeSelectedSkills()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    emit skillsChanged();
}

void SkillListEditor::updateAreaCell(int row)
{
    QTableWidgetItem *nameItem = m_table->item(row, NameColumn);
    QTableWidgetItem *areaItem = m_table->item(row, AreaColumn);
    if (!nameItem || !areaItem)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString name = nameItem->text().trimmed();
    const CatalogueSkill *skill = m_catalogue.find(name);
    QFont font = areaItem->font();
    if (name.isEmpty()) {
        areaItem->setText(QString());
    } else if (skill) {
        areaItem->setText(SkillCategories::displayName(skill->category));
        areaItem->setToolTip(skill->displayName());
        font.setItalic(false);
    } else {
        areaItem->setText(tr("Outside the catalogue"));
        areaItem->setToolTip(tr("Kept as you typed it; the model does not score it yet."));
        font.setItalic(true);
    }
    areaItem->setFont(font);
    m_updating = wasUpdating;
}
