#include "shell/TeamStatusIndicator.h"

#include "services/TeamLink.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

TeamStatusIndicator::TeamStatusIndicator(TeamLink *link, QWidget *parent)
    : QWidget(parent), m_link(link), m_label(new QLabel(this)), m_retry(new QToolButton(this)),
      m_signIn(new QToolButton(this))
{
    m_signIn->setObjectName(u"teamSignIn"_s);
    m_signIn->setAutoRaise(true);
    setObjectName(u"teamStatusIndicator"_s);
    m_label->setObjectName(u"teamStatusLabel"_s);
    m_retry->setObjectName(u"teamRetry"_s);
    m_retry->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_signIn);
    layout->addWidget(m_retry);
    connect(m_signIn, &QToolButton::clicked, this, &TeamStatusIndicator::askForPassword);
    connect(m_link, &TeamLink::stateChanged, this, &TeamStatusIndicator::update);
    connect(m_retry, &QToolButton::clicked, m_link, [this] {
        m_link->copyInBackground();
        update();
    });
    retranslate();
}

void TeamStatusIndicator::retranslate()
{
    m_retry->setText(tr("Try again"));
    m_signIn->setText(tr("Sign in…"));
    update();
}

void TeamStatusIndicator::askForPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Team database"),
        tr("Password of %1 for %2 (used until CareerPlanner closes, never stored; ~/.pgpass "
           "keeps it for you):")
            .arg(m_link->address().user().isEmpty() ? tr("your login") : m_link->address().user(),
                 m_link->address().databaseAndHost()),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    m_link->setPassword(password);
    update();
}

void TeamStatusIndicator::update()
{
    const QString team = m_link->address().databaseAndHost();
    const QString copiedAt =
        m_link->copiedAt().isValid()
            ? QLocale().toString(m_link->copiedAt().toLocalTime(), QLocale::ShortFormat)
            : QString();
    const bool failed = m_link->state() == TeamLink::State::Unreachable && !m_link->isCopying();
    m_retry->setVisible(failed);
    m_signIn->setVisible(failed && m_link->needsPassword());
    switch (m_link->state()) {
    case TeamLink::State::Connecting:
        m_label->setText(tr("Team database %1: copying the listings…").arg(team));
        m_label->setToolTip({});
        break;
    case TeamLink::State::Copied:
        m_label->setText(m_link->canEdit()
                             ? tr("Team database %1, copied %2").arg(team, copiedAt)
                             : tr("Team database %1 (read only), copied %2").arg(team, copiedAt));
        m_label->setToolTip(tr("The listings are copied from the team database every %1 minutes "
                               "and after every change made here.")
                                .arg(TeamLink::minutesBetweenCopies));
        break;
    case TeamLink::State::Unreachable:
        // Short, for a narrow window; which server and why in the tooltip.
        m_label->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(
            (m_link->needsPassword() ? tr("Team database: a password is needed")
             : copiedAt.isEmpty()
                 ? tr("Team database unreachable: no copy of its listings yet")
                 : tr("Team database unreachable: the copy of %1, read only").arg(copiedAt))
                .toHtmlEscaped()));
        m_label->setToolTip(u"%1\n\n%2"_s.arg(team, m_link->problem()));
        break;
    }
}
