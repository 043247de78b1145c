#include "PipelineJson.h"

#include "core/ValidText.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PipelineJson {

namespace {
// A monthly rate above this is a typing slip (an extra zero or two), not a contract.
constexpr double largestMonthlyYen = 100'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("PipelineJson", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readTime(const QJsonValue &value, const QString &where, QDateTime *at, QString *error)
{
    *at = value.isString() ? timeFromText(value.toString()) : QDateTime();
    if (!at->isValid())
        return fail(error,
                    tr("%1 must be a date and time such as 2026-11-02T10:00:00Z").arg(where));
    return true;
}
} // namespace

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return {};
    // Without an offset the text means UTC, as the program writes it, not the reader's zone.
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

QJsonArray historyToJson(const QList<StatusChange> &history)
{
    QJsonArray array;
    for (const StatusChange &change : history)
        array.append(QJsonObject{{u"status"_s, ApplicationStatuses::key(change.status)},
                                 {u"at"_s, timeText(change.at)}});
    return array;
}

QJsonObject nextActionToJson(const NextAction &action)
{
    QJsonObject object{{u"what"_s, action.what}};
    if (action.due.isValid())
        object.insert(u"due"_s, action.due.toString(Qt::ISODate));
    return object;
}

QJsonArray ratesToJson(const QList<RateLedgerEntry> &rates)
{
    QJsonArray array;
    for (const RateLedgerEntry &entry : rates)
        array.append(QJsonObject{{u"kind"_s, RateKinds::key(entry.kind)},
                                 {u"monthlyYen"_s, double(entry.monthlyYen)},
                                 {u"at"_s, timeText(entry.at)}});
    return array;
}

std::optional<QList<StatusChange>> historyFromJson(const QJsonValue &value, QString *error)
{
    QList<StatusChange> history;
    if (value.isUndefined() || value.isNull())
        return history;
    if (!value.isArray()) {
        fail(error, tr("statusHistory must be a list of {\"status\", \"at\"}"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"statusHistory[%1]"_s.arg(i);
        const QJsonObject entry = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            fail(error, tr("%1 must be {\"status\", \"at\"}").arg(where));
            return std::nullopt;
        }
        const auto status = ApplicationStatuses::fromKey(entry.value(u"status"_s).toString());
        if (!status) {
            fail(error, tr("%1.status must be one of interested, applied, interviewing, offered, "
                           "contracted, declined")
                            .arg(where));
            return std::nullopt;
        }
        StatusChange change{*status, {}};
        if (!readTime(entry.value(u"at"_s), where + u".at"_s, &change.at, error))
            return std::nullopt;
        history.append(change);
    }
    // Kept in the order it happened, whatever order the file lists it in.
    std::stable_sort(history.begin(), history.end(),
                     [](const StatusChange &a, const StatusChange &b) { return a.at < b.at; });
    return history;
}

std::optional<NextAction> nextActionFromJson(const QJsonValue &value, QString *error)
{
    NextAction action;
    if (value.isUndefined() || value.isNull())
        return action;
    if (!value.isObject()) {
        fail(error, tr("nextAction must be {\"what\": text, \"due\": \"YYYY-MM-DD\"}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue what = object.value(u"what"_s);
    if (!what.isUndefined() && !what.isNull() && !what.isString()) {
        fail(error, tr("nextAction.what must be a text"));
        return std::nullopt;
    }
    action.what = ValidText::of(what.toString()).trimmed();
    const QJsonValue due = object.value(u"due"_s);
    if (!due.isUndefined() && !due.isNull()) {
        action.due =
            due.isString() ? QDate::fromString(due.toString().trimmed(), Qt::ISODate) : QDate();
        if (!action.due.isValid()) {
            fail(error, tr("nextAction.due must be a date such as 2026-11-20"));
            return std::nullopt;
        }
    }
    return action;
}

std::optional<QList<RateLedgerEntry>> ratesFromJson(const QJsonValue &value, QString *error)
{
    QList<RateLedgerEntry> rates;
    if (value.isUndefined() || value.isNull())
        return rates;
    if (!value.isArray()) {
        fail(error, tr("rates must be a list of {\"kind\", \"monthlyYen\", \"at\"}"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"rates[%1]"_s.arg(i);
        const QJsonObject entry = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            fail(error, tr("%1 must be {\"kind\", \"monthlyYen\", \"at\"}").arg(where));
            return std::nullopt;
        }
        const auto kind = RateKinds::fromKey(entry.value(u"kind"_s).toString());
        if (!kind) {
            fail(error, tr("%1.kind must be desired, offered or accepted").arg(where));
            return std::nullopt;
        }
        const QJsonValue yen = entry.value(u"monthlyYen"_s);
        const double amount = yen.toDouble(std::nan(""));
        if (!yen.isDouble() || !std::isfinite(amount) || amount != std::floor(amount) ||
            amount < 1 || amount > largestMonthlyYen) {
            fail(
                error,
                tr("%1.monthlyYen must be a whole number of yen from 1 to 100,000,000").arg(where));
            return std::nullopt;
        }
        RateLedgerEntry line{*kind, qint64(amount), {}};
        if (!readTime(entry.value(u"at"_s), where + u".at"_s, &line.at, error))
            return std::nullopt;
        rates.append(line);
    }
    std::stable_sort(
        rates.begin(), rates.end(),
        [](const RateLedgerEntry &a, const RateLedgerEntry &b) { return a.at < b.at; });
    return rates;
}

} // namespace PipelineJson
