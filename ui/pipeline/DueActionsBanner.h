#pragma once

#include "core/pipeline/DueAction.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

// A bar across the top of the window when next actions of saved listings are overdue or
// coming due: how many, and a button to the Applications page. It can be dismissed for the
// session; it comes back when the due actions change.
class DueActionsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DueActionsBanner(QWidget *parent = nullptr);

    // Shown when there is something due and it was not dismissed for the same actions.
    void setDue(const QList<DueAction> &due);
    QString text() const;

signals:
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<DueAction> m_due;
    QList<qint64> m_dismissedFor; // the listings whose actions were due when dismissed
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_dismiss;
};
