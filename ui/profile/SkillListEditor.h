#pragma once

#include "core/Profile.h"
#include "core/SkillCatalogue.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class SkillNameDelegate;

// The profile's skills as an editable table: name (with type-ahead), years, and the
// catalogue area the name resolves to, or a mark that it is outside the catalogue.
class SkillListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SkillListEditor(QWidget *parent = nullptr);

    void setCatalogue(const SkillCatalogue &catalogue);
    void setSkills(const QList<ProfileSkill> &skills);
    QList<ProfileSkill> skills() const; // rows with an empty name are left out

    void addSkill(const QString &name = {}, double years = 1);
    QTableWidget *table() const { return m_table; }

signals:
    void skillsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeSelectedSkills();
    void updateAreaCell(int row);
    void retranslate();

    SkillCatalogue m_catalogue;
    QTableWidget *m_table;
    SkillNameDelegate *m_nameDelegate;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_updating = false;
};
