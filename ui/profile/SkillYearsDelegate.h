#pragma once

#include <QStyledItemDelegate>

// Edits years of experience with a spin box from 0 to 60 in half-year steps, so a skill can
// never get negative or absurd years.
class SkillYearsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
