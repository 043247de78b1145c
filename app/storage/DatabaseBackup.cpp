#include "DatabaseBackup.h"

#include "SqlErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// UTC, sortable: the newest backup is the last name in order.
const QString timestampFormat = u"yyyyMMdd-HHmmss"_s;
} // namespace

DatabaseBackup::DatabaseBackup(QSqlDatabase database, QString databasePath, int keep)
    : m_database(std::move(database)), m_databasePath(std::move(databasePath)),
      m_keep(std::max(1, keep))
{
}

QString DatabaseBackup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QString DatabaseBackup::namePrefix() const
{
    return QFileInfo(m_databasePath).completeBaseName() + u'-';
}

QStringList DatabaseBackup::backups() const
{
    const QDir folder(folderFor(m_databasePath));
    QStringList names = folder.entryList({namePrefix() + u"*.sqlite"_s}, QDir::Files, QDir::Name);
    // Exactly "<base>-yyyyMMdd-HHmmss-<reason>.sqlite": the pattern alone would also take the
    // backups of a sibling "<base>-work.sqlite", to restore or prune.
    static const QRegularExpression own(u"^\\d{8}-\\d{6}-[A-Za-z0-9-]+\\.sqlite$"_s);
    names.removeIf([this](const QString &name) {
        return !own.match(name.mid(namePrefix().size())).hasMatch();
    });
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(folder.filePath(name));
    return paths;
}

QString DatabaseBackup::create(const QString &reason, QString *error, const QDateTime &now)
{
    const QString folderPath = folderFor(m_databasePath);
    QDir folder(folderPath);
    if (!folder.exists()) {
        if (!QDir().mkpath(folderPath)) {
            if (error)
                *error = tr("cannot create the backup folder %1").arg(folderPath);
            return {};
        }
        // The backups hold the user's own notes and history: for their eyes only.
        QFile::setPermissions(folderPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString path = folder.filePath(namePrefix() + now.toUTC().toString(timestampFormat) + u'-' +
                                   reason + u".sqlite"_s);
    // Two backups in the same second (a migration right after a daily one): keep both.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(namePrefix() + now.toUTC().toString(timestampFormat) + u'-' +
                               reason + u'-' + QString::number(n) + u".sqlite"_s);
    QSqlQuery vacuum(m_database);
    if (!vacuum.prepare(u"VACUUM INTO ?"_s)) {
        if (error)
            *error = SqlErrors::describe(vacuum);
        return {};
    }
    vacuum.bindValue(0, path);
    QString vacuumError;
    if (!SqlErrors::exec(vacuum, &vacuumError)) {
        QFile::remove(path); // a partial copy is no backup
        if (error)
            *error = tr("cannot write the backup %1: %2").arg(path, vacuumError);
        return {};
    }
    vacuum.finish();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    prune();
    return path;
}

bool DatabaseBackup::createIfDue(QString *error, const QDateTime &now)
{
    const QStringList existing = backups();
    if (!existing.isEmpty()) {
        const QString name = QFileInfo(existing.first()).fileName().mid(namePrefix().size());
        QDateTime newest =
            QDateTime::fromString(name.left(timestampFormat.size()), timestampFormat);
        newest.setTimeSpec(Qt::UTC);
        if (newest.isValid() && newest.secsTo(now.toUTC()) < 24 * 60 * 60)
            return true;
    }
    return !create(u"daily"_s, error, now).isEmpty();
}

void DatabaseBackup::prune() const
{
    const QStringList all = backups();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
}
