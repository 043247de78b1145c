#include "TeamLink.h"

#include "storage/Database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

TeamLink::TeamLink(ServerAddress address, QString localPath, QObject *parent)
    : QObject(parent), m_address(std::move(address)), m_localPath(std::move(localPath))
{
    m_timer.setInterval(minutesBetweenCopies * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &TeamLink::copyInBackground);
    m_timer.start();
}

TeamLink::~TeamLink()
{
    m_stopping = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString TeamLink::identityOf(const ServerAddress &address)
{
    return u"%1:%2/%3"_s.arg(address.host().isEmpty() ? u"localhost"_s : address.host())
        .arg(address.port() > 0 ? address.port() : 5432)
        .arg(address.database().isEmpty() ? address.user() : address.database());
}

bool TeamLink::canWriteListings(QString *why) const
{
    if (m_state == State::Unreachable) {
        if (why)
            *why = tr("The team database cannot be reached: the listings shown are the copy of "
                      "%1, and cannot be changed until it is back.")
                       .arg(QLocale().toString(m_copiedAt.toLocalTime(), QLocale::ShortFormat));
        return false;
    }
    if (m_state == State::Connecting) {
        if (why)
            *why = tr("Connecting to the team database…");
        return false;
    }
    if (!m_canEdit) {
        if (why)
            *why = tr("Your account may search and read the team's listings; importing, "
                      "pasting and deleting need the editor role.");
        return false;
    }
    return true;
}

void TeamLink::copyInBackground()
{
    if (m_worker) {
        m_again = true;
        return;
    }
    const ServerAddress address = m_address;
    const QString localPath = m_localPath;
    m_worker = QThread::create([this, address, localPath]() {
        // This thread's own connections: a connection belongs to the thread that opened it.
        TeamSyncOutcome outcome;
        QString connectionError;
        bool canEdit = false;
        bool needsPassword = false;
        TeamDatabase team;
        Database local;
        if (!team.open(address)) {
            connectionError = team.lastError();
            needsPassword = team.problem() == TeamDatabase::Problem::Password;
        } else if (!local.open(localPath)) {
            connectionError = local.lastError();
        } else {
            canEdit = team.canEdit();
            outcome = TeamSync(team.connection(), local.connection(), identityOf(address))
                          .run([this](int) { return !m_stopping.load(); });
        }
        QMetaObject::invokeMethod(
            this,
            [this, outcome, connectionError, canEdit, needsPassword]() {
                finishCopy(outcome, connectionError, canEdit, needsPassword);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void TeamLink::setPassword(const QString &password)
{
    m_address.setPassword(password);
    m_writer.close(); // the next write connects with it
    copyInBackground();
}

void TeamLink::finishCopy(const TeamSyncOutcome &outcome, const QString &connectionError,
                          bool canEdit, bool needsPassword)
{
    m_needsPassword = needsPassword;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!connectionError.isEmpty() || !outcome.error.isEmpty()) {
        m_problem = connectionError.isEmpty() ? outcome.error : connectionError;
        m_state = State::Unreachable;
        // Also for whoever started the window from a terminal.
        qWarning("CareerPlanner: team database: %s", qPrintable(m_problem));
    } else {
        m_problem.clear();
        m_state = State::Copied;
        m_canEdit = canEdit;
    }
    // What the file says, also after a copy that failed half-way (the pages it wrote stay).
    Database local;
    if (local.openForReading(m_localPath))
        m_copiedAt = TeamSync::copyState(local.connection()).syncedAt;
    emit stateChanged();
    emit copied(outcome.changed());
    if (m_again && !m_stopping) {
        m_again = false;
        copyInBackground();
    }
}

QSqlDatabase TeamLink::writeConnection(QString *error)
{
    if (!m_writer.isOpen() && !m_writer.open(m_address)) {
        if (error)
            *error = m_writer.lastError();
        return {};
    }
    return m_writer.connection();
}

TeamSyncOutcome TeamLink::copyNow(QSqlDatabase local)
{
    QString error;
    const QSqlDatabase team = writeConnection(&error);
    TeamSyncOutcome outcome;
    if (!team.isValid()) {
        outcome.error = error;
        return outcome;
    }
    outcome = TeamSync(team, local, identityOf(m_address)).run();
    if (outcome.error.isEmpty())
        m_copiedAt = TeamSync::copyState(local).syncedAt;
    emit stateChanged();
    return outcome;
}
