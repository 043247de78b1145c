#include "profile/SkillYearsDelegate.h"

#include <QDoubleSpinBox>

QWidget *SkillYearsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *editor = new QDoubleSpinBox(parent);
    editor->setRange(0, 60);
    editor->setDecimals(1);
    editor->setSingleStep(0.5);
    editor->setAccessibleName(tr("Years of experience"));
    return editor;
}

QString SkillYearsDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return locale.toString(value.toDouble(), 'g', 3);
}
