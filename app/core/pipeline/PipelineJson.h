#pragma once

#include "NextAction.h"
#include "RateLedgerEntry.h"
#include "StatusChange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

// The JSON of a saved listing's pipeline, as a listings file carries it (docs/listing-format.md):
//   "statusHistory": [{"status": "applied", "at": "2026-11-02T01:00:00.000Z"}]
//   "nextAction": {"what": "二次面談", "due": "2026-11-20"}
//   "rates": [{"kind": "offered", "monthlyYen": 800000, "at": "2026-11-10T05:00:00.000Z"}]
// A reader returns nothing and says why (naming the entry, "statusHistory[2].at") when a
// value is malformed.
namespace PipelineJson {
QJsonArray historyToJson(const QList<StatusChange> &history);
QJsonObject nextActionToJson(const NextAction &action);
QJsonArray ratesToJson(const QList<RateLedgerEntry> &rates);

std::optional<QList<StatusChange>> historyFromJson(const QJsonValue &value, QString *error);
std::optional<NextAction> nextActionFromJson(const QJsonValue &value, QString *error);
std::optional<QList<RateLedgerEntry>> ratesFromJson(const QJsonValue &value, QString *error);

// The form every time in the pipeline is written in: UTC with milliseconds.
QString timeText(const QDateTime &at);
// An ISO 8601 date and time with or without milliseconds; one without an offset is UTC.
QDateTime timeFromText(const QString &text);
} // namespace PipelineJson
