#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class TeamLink;

// In the status bar, in a team's use: which team database the listings are copied from and
// when; when it cannot be reached, that the listings shown are the copy of that time and
// cannot be changed meanwhile, with the reason in the tooltip and a button to try again.
class TeamStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    TeamStatusIndicator(TeamLink *link, QWidget *parent = nullptr);

    void retranslate();

private:
    void update();
    // Asks for the password the server wants (kept for this session only).
    void askForPassword();

    TeamLink *m_link;
    QLabel *m_label;
    QToolButton *m_retry;
    QToolButton *m_signIn;
};
