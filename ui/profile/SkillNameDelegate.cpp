#include "profile/SkillNameDelegate.h"

#include <QCompleter>
#include <QLineEdit>

SkillNameDelegate::SkillNameDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QWidget *SkillNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAccessibleName(tr("Skill name"));
    auto *completer = new QCompleter(m_names, editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    editor->setCompleter(completer);
    return editor;
}
