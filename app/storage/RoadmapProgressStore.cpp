#include "RoadmapProgressStore.h"

#include "SqlErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString plannedToJson(const QList<PlannedPoint> &points)
{
    QJsonArray array;
    for (const PlannedPoint &point : points)
        array.append(QJsonObject{{u"months"_s, point.months}, {u"yen"_s, double(point.yen)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PlannedPoint> plannedFromJson(const QString &text)
{
    QList<PlannedPoint> points;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        points.append(
            {object.value(u"months"_s).toDouble(), qint64(object.value(u"yen"_s).toDouble())});
    }
    return points;
}

} // namespace

RoadmapProgressStore::RoadmapProgressStore(QSqlDatabase database) : m_database(std::move(database))
{
}

std::optional<RoadmapSettings> RoadmapProgressStore::settings(QString *error) const
{
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT target_yen, employment, hours_per_week, started_at,"
                                   " planned_json FROM roadmap_settings WHERE id = 1"_s,
                                   error) ||
        !query.next())
        return std::nullopt;
    RoadmapSettings settings;
    settings.targetYen = query.value(0).toLongLong();
    settings.employment = EmploymentTypes::fromKey(query.value(1).toString());
    settings.hoursPerWeek = query.value(2).toDouble();
    const QString started = query.value(3).toString();
    if (!started.isEmpty())
        settings.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    settings.planned = plannedFromJson(query.value(4).toString());
    return settings;
}

bool RoadmapProgressStore::saveSettings(const RoadmapSettings &settings, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO roadmap_settings"
                  " (id, target_yen, employment, hours_per_week, started_at, planned_json)"
                  " VALUES (1, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (id) DO UPDATE SET target_yen = excluded.target_yen,"
                  " employment = excluded.employment, hours_per_week = excluded.hours_per_week,"
                  " started_at = excluded.started_at, planned_json = excluded.planned_json"_s);
    query.addBindValue(settings.targetYen);
    // Empty, not NULL: the columns are NOT NULL and '' means "any" / "not started".
    query.addBindValue(settings.employment ? EmploymentTypes::key(*settings.employment) : u""_s);
    query.addBindValue(settings.hoursPerWeek);
    query.addBindValue(settings.startedAt.isValid()
                           ? settings.startedAt.toUTC().toString(Qt::ISODateWithMs)
                           : u""_s);
    query.addBindValue(plannedToJson(settings.planned));
    return SqlErrors::exec(query, error);
}

QHash<QString, RoadmapStepStatus> RoadmapProgressStore::statuses(QString *error) const
{
    QHash<QString, RoadmapStepStatus> statuses;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query, u"SELECT step_id, status FROM roadmap_progress"_s, error))
        return statuses;
    while (query.next()) {
        if (const auto status = RoadmapStepStatuses::fromKey(query.value(1).toString()))
            statuses.insert(query.value(0).toString(), *status);
    }
    return statuses;
}

bool RoadmapProgressStore::setStatus(const QString &stepId, RoadmapStepStatus status,
                                     QString *error, const QDateTime &when)
{
    QSqlQuery query(m_database);
    if (status == RoadmapStepStatus::NotStarted) {
        query.prepare(u"DELETE FROM roadmap_progress WHERE step_id = ?"_s);
        query.addBindValue(stepId);
        return SqlErrors::exec(query, error);
    }
    query.prepare(u"INSERT INTO roadmap_progress (step_id, status, updated_at) VALUES (?, ?, ?)"
                  " ON CONFLICT (step_id) DO UPDATE SET status = excluded.status,"
                  " updated_at = excluded.updated_at"_s);
    query.addBindValue(stepId);
    query.addBindValue(RoadmapStepStatuses::key(status));
    query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    return SqlErrors::exec(query, error);
}
