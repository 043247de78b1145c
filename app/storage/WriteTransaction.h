#pragma once

#include <QSqlDatabase>
#include <QString>

// Begins a transaction that will write. On SQLite it is BEGIN IMMEDIATE: the write lock is
// taken up front, so a second writer waits for the first (the busy timeout) instead of
// failing. A deferred BEGIN that reads before it writes fails at once in WAL mode when another
// writer committed meanwhile (SQLITE_BUSY without waiting): two imports started together lost
// the race that way. On PostgreSQL (the team database, which holds only listings) it is BEGIN
// and the listings table's write lock (SHARE ROW EXCLUSIVE): readers go on, writers queue.
// Ended by the connection's commit() or rollback().
namespace WriteTransaction {
// False with *reason (the "in use" message when another writer kept it too long).
bool begin(QSqlDatabase database, QString *reason = nullptr);
} // namespace WriteTransaction
