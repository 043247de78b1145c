#pragma once

#include "core/SkillCatalogue.h"
#include "storage/ListingFilter.h"

#include <QHash>
#include <QWidget>

class MoneySpinBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The search box and filters above the listings table. Every change emits filterChanged()
// at once, except typing in the position box, which waits for a pause.
class ListingFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ListingFilterBar(QWidget *parent = nullptr);

    // The choices offered: contract types and durations as stored, kinds of work by key with
    // their names, and the catalogue's skills.
    void setChoices(const QStringList &contracts, const QStringList &durations,
                    const QHash<QString, QString> &workKindNames, const SkillCatalogue &catalogue);
    ListingFilter filter() const;
    void setCountText(const QString &text);
    void clearFilters();
    void focusSearch();

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatusChoices();
    void fillSortChoices();
    static void refill(QComboBox *combo, const QString &anyText,
                       const QList<std::pair<QString, QString>> &choices);

    QLineEdit *m_search;
    QComboBox *m_sort;
    QLabel *m_count;
    QLabel *m_rateLabel;
    MoneySpinBox *m_minRate;
    MoneySpinBox *m_maxRate;
    QComboBox *m_contract;
    QComboBox *m_duration;
    QComboBox *m_workKind;
    QComboBox *m_skill;
    QLineEdit *m_positions;
    QComboBox *m_saved;
    QPushButton *m_clear;
    QTimer *m_positionsPause;
    QStringList m_contracts;
    QStringList m_durations;
    QHash<QString, QString> m_workKindNames;
    SkillCatalogue m_catalogue;
};
