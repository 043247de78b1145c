#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Edits a skill name with type-ahead over the catalogue's names and aliases, Japanese or
// English, matching anywhere in the name.
class SkillNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SkillNameDelegate(QObject *parent = nullptr);

    void setCompletionNames(const QStringList &names) { m_names = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QStringList m_names;
};
