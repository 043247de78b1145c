#include "WindowLock.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

WindowLock::WindowLock(const QString &databasePath)
    : m_databasePath(databasePath), m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath)))
{
    // Never stale by age: a window may stay open for weeks. A dead holder is detected by its
    // process id instead (QLockFile checks that the process still runs).
    m_lock->setStaleLockTime(0);
}

WindowLock::~WindowLock() = default;

QString WindowLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".window-lock"_s;
}

bool WindowLock::acquire()
{
    if (m_lock->isLocked())
        return true;
    // The first start: the database's folder (the application data folder) does not exist
    // yet; the database would create it, and the lock beside it comes first.
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        if (m_lock->getLockInfo(&pid, &host, &application)) {
            m_refusal = tr("%1 is already open in another CareerPlanner window (process %2). "
                           "Switch to that window, or close it first.")
                            .arg(QDir::toNativeSeparators(m_databasePath))
                            .arg(pid);
        } else {
            m_refusal = tr("%1 is already open in another CareerPlanner window. Switch to that "
                           "window, or close it first.")
                            .arg(QDir::toNativeSeparators(m_databasePath));
        }
        break;
    case QLockFile::PermissionError:
        // A folder the user may not write (a read-only medium): no other window can write
        // there either, so there is nothing to protect against.
        m_refusal.clear();
        return true;
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        m_refusal = tr("The lock file %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(lockPathFor(m_databasePath)));
        break;
    }
    return false;
}
