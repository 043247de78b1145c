#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

// One window per database. A second window on the same file would keep its own copy of the
// listings and the profile and overwrite the first's changes with stale ones, so the window
// takes a lock file beside the database (<database>.window-lock) for as long as it runs; a
// second start is told which process has it. A lock left by a process that died is taken
// over. Commands (careerplanner import, …) take no such lock: SQLite's own locking makes them
// wait for a window's write, and the window for theirs (busy timeout), and each write is one
// transaction.
class WindowLock
{
    Q_DECLARE_TR_FUNCTIONS(WindowLock)

public:
    explicit WindowLock(const QString &databasePath);
    ~WindowLock();

    // True when the window may open: this process now holds the lock, or the folder cannot
    // hold one (a read-only medium, where no window can write either).
    bool acquire();
    // Why acquire() failed, for the user: which process has the database open, or what went
    // wrong with the lock file.
    QString refusal() const { return m_refusal; }
    static QString lockPathFor(const QString &databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_refusal;
};
