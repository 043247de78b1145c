#include "Session.h"

#include "AnalysisService.h"
#include "AppSettings.h"
#include "TeamLink.h"
#include "core/BackgroundPriority.h"
#include "core/FreedMemory.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/MarketDataLoader.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/WriteTransaction.h"
#include "storage/team/ServerErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Session::Session(QSqlDatabase database, MarketData market, QObject *parent, QSqlDatabase listings)
    : QObject(parent), m_database(std::move(database)), m_listingsDatabase(std::move(listings)),
      m_analysis(nullptr), m_listings(market.listings), m_saved(m_database), m_profiles(m_database),
      m_progress(m_database), m_reference(m_database), m_marketPacks(m_database)
{
    const RateConversion conversion =
        AppSettings::conversion(market.parameters.defaultConversion());
    m_analysis = new AnalysisService(std::move(market), conversion, this);
    // Settings changed anywhere (the settings dialog, the converter, the charts) reach the
    // analysis and every page the same way.
    connect(AppSettings::notifier(), &AppSettings::conversionChanged, this,
            &Session::applyConversion);
}

Session::~Session()
{
    // The worker posts its answer to this object: let it finish first. Qt drops the posted
    // answer with the object, and with it the call that would have deleted the thread.
    for (QThread *worker : {m_loader, m_checker}) {
        if (worker) {
            worker->wait();
            delete worker;
        }
    }
}

QString Session::databasePath() const
{
    return m_database.databaseName();
}

bool Session::isReadOnly() const
{
    return !m_checker && m_database.connectOptions().contains(u"QSQLITE_OPEN_READONLY"_s);
}

RoadmapProgressStore &Session::progress()
{
    waitForIntegrityCheck(nullptr);
    return m_progress;
}

MarketPackStore &Session::marketPacks()
{
    waitForIntegrityCheck(nullptr);
    return m_marketPacks;
}

QSqlDatabase Session::connection()
{
    waitForIntegrityCheck(nullptr);
    return m_database;
}

ListingRepository Session::listingRepository() const
{
    return ListingRepository(m_listingsDatabase.isValid() ? m_listingsDatabase : m_database,
                             m_analysis->conversion().billableHoursPerMonth);
}

bool Session::saveListing(qint64 listingId, ApplicationStatus status, const QString &note,
                          const NextAction &nextAction, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return false;
    if (!m_saved.save(listingId, status, note, nextAction, error))
        return false;
    emit savedChanged();
    return true;
}

bool Session::addListingRate(qint64 listingId, RateKind kind, qint64 monthlyYen, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return false;
    if (!m_saved.addRate(listingId, kind, monthlyYen, error))
        return false;
    emit savedChanged();
    return true;
}

bool Session::unsaveListing(qint64 listingId, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return false;
    if (!m_saved.unsave(listingId, error))
        return false;
    emit savedChanged();
    return true;
}

bool Session::removeListings(const QList<qint64> &ids, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return false;
    if (m_teamLink && !removeFromTeam(ids, error))
        return false;
    if (!ListingRepository(m_database).remove(ids, error))
        return false;
    // Their saved status went with them.
    emit savedChanged();
    return reloadListings(error);
}

bool Session::saveProfile(const Profile &profile, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return false;
    if (!m_profiles.save(profile, error))
        return false;
    m_analysis->setProfile(profile);
    emit profileSaved(profile);
    emit historyChanged();
    return true;
}

int Session::teachSkillName(const QString &skillId, const QString &name, QString *error)
{
    if (!waitForIntegrityCheck(error))
        return -1;
    const int read = m_analysis->teachSkillName(m_database, skillId, name, error);
    if (read < 0)
        return read;
    ++m_listingsGeneration;
    m_listings = m_analysis->data().listings;
    emit listingsChanged();
    return read;
}

bool Session::reloadListings(QString *error)
{
    // As the first load reads them: with requirements read from the skills text of the
    // listings stored without requirement rows.
    auto listings =
        MarketDataLoader::readListings(m_database, m_analysis->data().catalogue,
                                       m_analysis->conversion().billableHoursPerMonth, error);
    if (!listings)
        return false;
    replaceListings(std::move(*listings));
    return true;
}

void Session::replaceListings(ListingSet listings,
                              const std::shared_ptr<PreparedAnalysis> &prepared)
{
    ++m_listingsGeneration;
    m_listings = std::move(listings);
    m_adoptPending = prepared != nullptr; // loading lasts until the fits follow (below)
    emit listingsChanged();
    // resultChanged: the new fits
    if (prepared) {
        // In the event loop's next turn: the pages take the listings in this one and their
        // fits in the next, so that the window is repainted in between (each takes about
        // 10 ms at 100,000 listings and 50 ms at a million). Loading lasts until then. The
        // worker that prepared them has handed its memory back already.
        QMetaObject::invokeMethod(
            this,
            [this, prepared, generation = m_listingsGeneration] {
                m_adoptPending = false;
                if (generation == m_listingsGeneration)
                    m_analysis->adopt(prepared);
                if (!isLoadingListings())
                    emit listingsLoadingChanged(false);
            },
            Qt::QueuedConnection);
        return;
    }
    m_analysis->setListings(m_listings);
    // The reader's working space (its statements, the string pool, the position hash) and the
    // analysis's first run on the new listings are freed by now.
    FreedMemory::returnToSystem();
}

void Session::setConversion(const RateConversion &conversion)
{
    // Settings announce a change only when the stored values differ; the analysis may hold
    // others (a session made before the settings were written), and applying is idempotent.
    AppSettings::setConversion(conversion);
    applyConversion(conversion);
}

void Session::applyConversion(const RateConversion &conversion)
{
    if (conversion == m_analysis->conversion())
        return;
    const bool hoursChanged =
        conversion.billableHoursPerMonth != m_analysis->conversion().billableHoursPerMonth;
    m_analysis->setConversion(conversion);
    emit conversionChanged(conversion);
    // Hourly listings are listed by hourly rate × billable hours: their monthly figures are
    // read again with new hours (the margin changes no listing).
    if (hoursChanged)
        reloadListings(nullptr);
}

void Session::loadListingsInBackground()
{
    if (m_loader) {
        // A write while reading (an import that ends, a listing pasted): read again after.
        m_loadAgain = true;
        return;
    }
    const quint64 generation = m_listingsGeneration;
    const QString path = databasePath();
    // Copies that share their lists with the analysis's (implicit sharing): cheap here, and
    // the worker reads only its own.
    MarketData data = m_analysis->data();
    const RateConversion conversion = m_analysis->conversion();
    const Profile profile = m_analysis->effectiveProfile();
    const quint64 dataGeneration = m_analysis->dataGeneration();
    m_loader = QThread::create([this, path, data = std::move(data), conversion, profile,
                                dataGeneration, generation]() mutable {
        BackgroundPriority::lowerCurrentThread(); // the window's first frames come first
        // A connection belongs to the thread that made it: this one opens and closes its own,
        // read-only, so it cannot write whatever happens.
        ListingSet listings;
        QString error;
        {
            Database reader;
            if (!reader.openForReading(path)) {
                error = reader.lastError();
            } else if (auto read = MarketDataLoader::readListings(
                           reader.connection(), data.catalogue, conversion.billableHoursPerMonth,
                           &error)) {
                listings = std::move(*read);
            }
        }
        // The analysis of the new listings is built here too: at a million listings it
        // would hold the window's thread for half a second.
        std::shared_ptr<PreparedAnalysis> prepared;
        if (error.isEmpty()) {
            data.listings = listings;
            prepared =
                PreparedAnalysis::prepare(std::move(data), conversion, profile, dataGeneration);
        }
        // The reader's working space and the analysis's first run are freed by now. Handing
        // that memory back walks the C library's free lists: 15 ms at 100,000 listings and
        // 140 ms at a million, which the window's thread would spend frozen.
        FreedMemory::returnToSystem();
        QMetaObject::invokeMethod(
            this,
            [this, listings = std::move(listings), prepared, error, generation]() mutable {
                finishLoading(std::move(listings), prepared, error, generation);
            },
            Qt::QueuedConnection);
    });
    m_loader->start();
    emit listingsLoadingChanged(true);
}

void Session::finishLoading(ListingSet listings, const std::shared_ptr<PreparedAnalysis> &prepared,
                            const QString &error, quint64 generation)
{
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    if (std::exchange(m_loadAgain, false)) {
        loadListingsInBackground(); // what was read is already out of date
        return;
    }
    if (generation == m_listingsGeneration) {
        if (error.isEmpty())
            replaceListings(std::move(listings), prepared);
        else
            emit listingsLoadFailed(error);
    }
    if (!isLoadingListings())
        emit listingsLoadingChanged(false);
}

void Session::checkIntegrityInBackground(Database *database)
{
    if (m_checker || !database->isCheckPending())
        return;
    m_checkedDatabase = database;
    const QString path = database->path();
    const int keep = database->backupsToKeep();
    m_checker = QThread::create([this, path, keep] {
        BackgroundPriority::lowerCurrentThread();
        int version = 0;
        Database::Problem kind = Database::Problem::None;
        // Reads every page through a read-only connection of its own, as a normal start does
        // before the window; then the day's backup, before anything can be written.
        const QString problem = Database::inspect(path, &version, &kind);
        if (problem.isEmpty()) {
            Database reader;
            QString error;
            if (!reader.openForReading(path) ||
                !DatabaseBackup(reader.connection(), path, keep).createIfDue(&error))
                qWarning("careerplanner: the daily backup of %s failed: %s", qPrintable(path),
                         qPrintable(error.isEmpty() ? reader.lastError() : error));
        }
        QMetaObject::invokeMethod(
            this, [this, problem] { finishIntegrityCheck(problem); }, Qt::QueuedConnection);
    });
    m_checker->start();
}

bool Session::waitForIntegrityCheck(QString *error)
{
    if (m_checker) {
        // A write asked for in the first moments: wait for the verdict and take it now.
        m_checker->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    if (m_damage.isEmpty())
        return true;
    if (error)
        *error = tr("Nothing was written: %1").arg(m_damage);
    return false;
}

void Session::finishIntegrityCheck(const QString &problem)
{
    if (!m_checker)
        return; // already taken by waitForIntegrityCheck()
    m_checker->wait();
    delete m_checker;
    m_checker = nullptr;
    m_damage = problem;
    if (m_damage.isEmpty() && !m_checkedDatabase->makeWritable())
        m_damage = m_checkedDatabase->lastError();
    emit integrityChecked(m_damage);
    // The copy of the team's listings writes to the file: only once it is known to be whole.
    if (m_teamLink && m_damage.isEmpty())
        m_teamLink->copyInBackground();
}

void Session::setTeamLink(TeamLink *link)
{
    m_teamLink = link;
    link->setParent(this);
    connect(link, &TeamLink::copied, this, [this](bool changed) {
        if (changed)
            loadListingsInBackground();
    });
    if (!m_checker && !isReadOnly())
        link->copyInBackground();
}

QSqlDatabase Session::listingWriteConnection(QString *error)
{
    if (!m_teamLink) {
        if (!waitForIntegrityCheck(error))
            return {};
        return m_database;
    }
    if (!m_teamLink->canWriteListings(error))
        return {};
    return m_teamLink->writeConnection(error);
}

ListingStoreTarget Session::listingStoreTarget() const
{
    return ListingStoreTarget(databasePath(),
                              m_teamLink ? std::optional<ServerAddress>(m_teamLink->address())
                                         : std::nullopt);
}

void Session::listingsWritten()
{
    if (m_teamLink)
        m_teamLink->copyInBackground(); // then copied(true) reads them
    else
        loadListingsInBackground();
}

qint64 Session::copyAndFindTeamListing(qint64 teamId, QString *error)
{
    if (!m_teamLink || !waitForIntegrityCheck(error))
        return 0;
    QString uuid;
    {
        QSqlQuery query(m_teamLink->writeConnection(error));
        query.prepare(u"SELECT uuid::text FROM listings WHERE id = ?"_s);
        query.addBindValue(teamId);
        if (!SqlErrors::exec(query, error) || !query.next())
            return 0;
        uuid = query.value(0).toString();
    }
    const TeamSyncOutcome outcome = m_teamLink->copyNow(m_database);
    if (!outcome.error.isEmpty()) {
        if (error)
            *error = outcome.error;
        return 0;
    }
    QSqlQuery local(m_database);
    local.prepare(u"SELECT id FROM listings WHERE uuid = ?"_s);
    local.addBindValue(uuid);
    if (!SqlErrors::exec(local, error) || !local.next())
        return 0;
    return local.value(0).toLongLong();
}

bool Session::removeFromTeam(const QList<qint64> &ids, QString *error)
{
    // The team's listings among them, by the UUIDs the copy keeps.
    QStringList uuids;
    {
        QStringList numbers;
        for (qint64 id : ids)
            numbers.append(QString::number(id));
        QSqlQuery query(m_database);
        query.prepare(u"SELECT uuid FROM listings WHERE team_revision IS NOT NULL AND "_s +
                      SqlDialect::idInJsonArray(SqlEngine::SQLite, u"id"_s));
        query.addBindValue(u"["_s + numbers.join(u',') + u"]"_s);
        if (!SqlErrors::exec(query, error))
            return false;
        while (query.next())
            uuids.append(u'"' + query.value(0).toString() + u'"');
    }
    if (uuids.isEmpty())
        return true; // only the user's own listings
    const QSqlDatabase team = listingWriteConnection(error);
    if (!team.isValid())
        return false;
    if (QString reason; !WriteTransaction::begin(team, &reason)) {
        if (error)
            *error = ServerErrors::statementFailed(m_teamLink->address(), reason);
        return false;
    }
    QSqlQuery remove(team);
    remove.prepare(u"DELETE FROM listings WHERE uuid::text IN"
                   " (SELECT value FROM json_array_elements_text(?::json))"_s);
    remove.addBindValue(u"["_s + uuids.join(u',') + u"]"_s);
    QString reason;
    const bool removed = SqlErrors::exec(remove, &reason);
    remove.finish();
    if (!removed || !QSqlDatabase(team).commit()) {
        QSqlDatabase(team).rollback();
        if (error)
            *error = ServerErrors::statementFailed(m_teamLink->address(),
                                                   removed ? team.lastError().text() : reason);
        return false;
    }
    return true;
}
