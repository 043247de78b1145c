#include "ListingJson.h"

#include "ImportTextReader.h"
#include "JsonListStream.h"
#include "ListingPreviewCollector.h"
#include "RateParser.h"
#include "RequirementParser.h"
#include "ValidText.h"
#include "core/pipeline/PipelineJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString formatName = u"careerplanner-listings"_s;

// The text members and their keys; "work" and "skillsText" differ from the member names so
// the file reads like the CSV headers.
const QList<std::pair<QString, QString Listing::*>> &textKeys()
{
    static const QList<std::pair<QString, QString Listing::*>> keys{
        {u"title"_s, &Listing::title},           {u"rateText"_s, &Listing::rateText},
        {u"contract"_s, &Listing::contract},     {u"positions"_s, &Listing::positions},
        {u"duration"_s, &Listing::duration},     {u"work"_s, &Listing::workContent},
        {u"skillsText"_s, &Listing::skillsText}, {u"location"_s, &Listing::location},
        {u"remote"_s, &Listing::remote},         {u"url"_s, &Listing::url},
        {u"notes"_s, &Listing::notes},           {u"source"_s, &Listing::source},
        {u"workKind"_s, &Listing::workKind},
    };
    return keys;
}

QJsonValue yenValue(const std::optional<qint64> &yen)
{
    return yen ? QJsonValue(double(*yen)) : QJsonValue();
}

} // namespace

QByteArray ListingJson::toJson(const QList<Listing> &listings,
                               const QHash<qint64, ListingJsonExtra> &extras)
{
    QJsonArray array;
    for (const Listing &listing : listings) {
        QJsonObject object;
        for (const auto &[key, member] : textKeys()) {
            if (!(listing.*member).isEmpty())
                object.insert(key, listing.*member);
        }
        const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
        const auto minYen = hourly ? listing.hourlyRateMinYen : listing.monthlyRateMinYen;
        const auto maxYen = hourly ? listing.hourlyRateMaxYen : listing.monthlyRateMaxYen;
        if (minYen)
            object.insert(u"rateMinYen"_s, yenValue(minYen));
        if (maxYen)
            object.insert(u"rateMaxYen"_s, yenValue(maxYen));
        if (minYen || maxYen)
            object.insert(u"ratePeriod"_s, hourly ? u"hour"_s : u"month"_s);
        QJsonArray skills;
        for (const ListingRequirement &requirement : listing.requirements) {
            const QString name =
                requirement.skillId.isEmpty() ? requirement.text : requirement.skillId;
            QJsonObject skill{{u"name"_s, name}, {u"minYears"_s, requirement.minimumYears}};
            // The wording too, so that a listing without skillsText reads back unchanged.
            if (requirement.text != name)
                skill.insert(u"text"_s, requirement.text);
            skills.append(skill);
        }
        if (!skills.isEmpty())
            object.insert(u"skills"_s, skills);
        if (!listing.uuid.isEmpty())
            object.insert(u"uuid"_s, listing.uuid);
        const ListingJsonExtra extra = extras.value(listing.id);
        object.insert(u"saved"_s, extra.saved);
        if (!extra.status.isEmpty())
            object.insert(u"status"_s, extra.status);
        if (!extra.note.isEmpty())
            object.insert(u"savedNote"_s, extra.note);
        if (!extra.statusHistory.isEmpty())
            object.insert(u"statusHistory"_s, PipelineJson::historyToJson(extra.statusHistory));
        if (!extra.nextAction.isEmpty())
            object.insert(u"nextAction"_s, PipelineJson::nextActionToJson(extra.nextAction));
        if (!extra.rates.isEmpty())
            object.insert(u"rates"_s, PipelineJson::ratesToJson(extra.rates));
        array.append(object);
    }
    const QJsonObject document{
        {u"format"_s, formatName}, {u"version"_s, version}, {u"listings"_s, array}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ListingImportPreview ListingJson::fromJson(const QByteArray &bytes, const SkillCatalogue &catalogue)
{
    // Decoded like a CSV file first: a JSON file saved as UTF-16 or Shift_JIS by a Windows
    // editor still reads, and a binary file gets the same plain message.
    return ListingPreviewCollector::readAll(
        bytes, [&catalogue](ImportTextReader &text, const ListingImportSink &sink) {
            return read(text, catalogue, sink);
        });
}

ListingImportPreview ListingJson::read(ImportTextReader &text, const SkillCatalogue &catalogue,
                                       const ListingImportSink &sink)
{
    ListingImportPreview preview;
    const RequirementParser requirements(catalogue);
    JsonListStream stream(text, sink.progress);
    const bool read = stream.read(u"listings"_s, [&](const QJsonValue &item, int number) {
        return readItem(item, number, catalogue, requirements, sink, preview);
    });
    if (!read) {
        if (stream.stopped()) {
            preview.stopped = true;
        } else {
            preview.fileError = stream.error();
            preview.fileErrorLine = stream.errorLine();
        }
        return preview;
    }
    if (!stream.rootIsList()) {
        // Checked after the listings: an object's members come in any order, and the file's
        // own export writes "version" after them. A file refused here is refused whole.
        const QJsonObject &root = stream.otherMembers();
        const QJsonValue format = root.value(u"format"_s);
        if (!format.isUndefined() && format.toString() != formatName) {
            preview.fileError = QCoreApplication::translate(
                "ListingJson", "this is not a CareerPlanner listings file (\"format\" is not "
                               "\"careerplanner-listings\")");
            return preview;
        }
        const QJsonValue fileVersion = root.value(u"version"_s);
        if (!fileVersion.isUndefined() && (!fileVersion.isDouble() || fileVersion.toDouble() < 1)) {
            preview.fileError = QCoreApplication::translate(
                "ListingJson", "\"version\" must be a whole number from 1");
            return preview;
        }
        if (fileVersion.toDouble() > version) {
            preview.fileError =
                QCoreApplication::translate(
                    "ListingJson", "this file was written by a newer version of CareerPlanner "
                                   "(listings format %1; this version reads %2)")
                    .arg(fileVersion.toDouble())
                    .arg(version);
            return preview;
        }
        if (!stream.listFound()) {
            preview.fileError = QCoreApplication::translate(
                "ListingJson", "\"listings\" is missing or is not a list");
            return preview;
        }
    }
    if (preview.acceptedCount == 0 && preview.rejectedCount == 0)
        preview.fileError = QCoreApplication::translate("ListingJson", "the file has no listings");
    return preview;
}

bool ListingJson::readItem(const QJsonValue &item, int line, const SkillCatalogue &catalogue,
                           const RequirementParser &requirements, const ListingImportSink &sink,
                           ListingImportPreview &preview)
{
    const qsizetype rejectedBefore = preview.rejectedCount;
    auto reject = [&](const QString &key, const QString &reason) {
        ++preview.rejectedCount;
        if (sink.rejected)
            sink.rejected({line, key, reason});
    };
    if (!item.isObject()) {
        reject(QString(),
               QCoreApplication::translate("ListingJson", "the listing is not an object"));
        return true;
    }
    const QJsonObject object = item.toObject();
    ImportedListing imported{line, {}, {}};
    Listing &listing = imported.listing;
    for (const auto &[key, member] : textKeys()) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            reject(key, QCoreApplication::translate("ListingJson", "%1 must be a text").arg(key));
        else
            // As it will be stored (ValidText): what the preview shows is what is kept.
            listing.*member = ValidText::of(value.toString()).trimmed();
    }
    // The stable id of a listing exported from CareerPlanner: kept, so that a team database
    // set up again from an export is the same listings to everyone's notes.
    if (const QJsonValue uuid = object.value(u"uuid"_s); !uuid.isUndefined() && !uuid.isNull()) {
        const QUuid parsed = QUuid::fromString(uuid.toString());
        if (!uuid.isString() || parsed.isNull())
            reject(u"uuid"_s,
                   QCoreApplication::translate(
                       "ListingJson",
                       "uuid must be a UUID such as 3f2b8c1e-0d4a-4c6b-9a7e-5b1d2c3e4f50"));
        else
            listing.uuid = parsed.toString(QUuid::WithoutBraces);
    }
    if (!object.contains(u"title"_s))
        reject(u"title"_s, QCoreApplication::translate("ListingJson", "title is missing"));
    else if (listing.title.isEmpty() && object.value(u"title"_s).isString())
        reject(u"title"_s, QCoreApplication::translate("ListingJson", "title is empty"));

    std::optional<qint64> bounds[2];
    const QString boundKeys[2] = {u"rateMinYen"_s, u"rateMaxYen"_s};
    bool boundsValid = true;
    for (int b = 0; b < 2; ++b) {
        const QJsonValue value = object.value(boundKeys[b]);
        if (value.isUndefined() || value.isNull())
            continue;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
            std::abs(number) > 1e15) {
            reject(boundKeys[b], QCoreApplication::translate("ListingJson", "%1 must be a number")
                                     .arg(boundKeys[b]));
            boundsValid = false;
            continue;
        }
        bounds[b] = qint64(number);
    }
    RatePeriod period = RatePeriod::Month;
    const QJsonValue periodValue = object.value(u"ratePeriod"_s);
    if (periodValue == u"hour"_s) {
        period = RatePeriod::Hour;
    } else if (!periodValue.isUndefined() && !periodValue.isNull() && periodValue != u"month"_s) {
        reject(u"ratePeriod"_s, QCoreApplication::translate(
                                    "ListingJson", "ratePeriod must be \"month\" or \"hour\""));
        boundsValid = false;
    }
    if (boundsValid) {
        const QString rangeError = RateParser::checkRange(bounds[0], bounds[1], period);
        if (!rangeError.isEmpty())
            reject(bounds[0] ? u"rateMinYen"_s : u"rateMaxYen"_s, rangeError);
    }
    ParsedRate rate;
    rate.minYen = bounds[0];
    rate.maxYen = bounds[1];
    rate.period = period;
    RateParser::applyTo(rate, listing);

    const QJsonValue saved = object.value(u"saved"_s);
    if (!saved.isUndefined() && !saved.isBool())
        reject(u"saved"_s,
               QCoreApplication::translate("ListingJson", "saved must be true or false"));
    imported.extra.saved = saved.toBool();
    const QJsonValue status = object.value(u"status"_s);
    if (!status.isUndefined() && !status.isNull() && !status.isString())
        reject(u"status"_s, QCoreApplication::translate("ListingJson", "status must be a text"));
    imported.extra.status = status.toString();
    const QJsonValue note = object.value(u"savedNote"_s);
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        reject(u"savedNote"_s,
               QCoreApplication::translate("ListingJson", "savedNote must be a text"));
    imported.extra.note = note.toString();
    // The pipeline of a saved listing: its history, next action and rate ledger.
    QString pipelineError;
    if (const auto history =
            PipelineJson::historyFromJson(object.value(u"statusHistory"_s), &pipelineError))
        imported.extra.statusHistory = *history;
    else
        reject(u"statusHistory"_s, pipelineError);
    if (const auto action =
            PipelineJson::nextActionFromJson(object.value(u"nextAction"_s), &pipelineError))
        imported.extra.nextAction = *action;
    else
        reject(u"nextAction"_s, pipelineError);
    if (const auto rates = PipelineJson::ratesFromJson(object.value(u"rates"_s), &pipelineError))
        imported.extra.rates = *rates;
    else
        reject(u"rates"_s, pipelineError);

    // The original wording is the fuller record (it keeps "3年以上" as written); the
    // skills list is for files written by other programs that have no such text.
    const QJsonValue skills = object.value(u"skills"_s);
    if (!listing.skillsText.isEmpty()) {
        listing.requirements = requirements.parse(listing.skillsText);
    } else if (!skills.isUndefined() && !skills.isNull()) {
        if (!skills.isArray()) {
            reject(u"skills"_s,
                   QCoreApplication::translate(
                       "ListingJson", "skills must be a list of {\"name\", \"minYears\"}"));
        } else {
            for (const QJsonValue &skill : skills.toArray()) {
                const QJsonObject entry = skill.toObject();
                const QString name = ValidText::of(entry.value(u"name"_s).toString()).trimmed();
                const QJsonValue years = entry.value(u"minYears"_s);
                if (!skill.isObject() || name.isEmpty() ||
                    (!years.isUndefined() && (!years.isDouble() || years.toDouble() < 0))) {
                    reject(u"skills"_s,
                           QCoreApplication::translate(
                               "ListingJson",
                               "each skill must be {\"name\": text, \"minYears\": number ≥ 0}"));
                    break;
                }
                const CatalogueSkill *known = catalogue.byId(name);
                if (!known)
                    known = catalogue.find(name);
                const QString text = entry.value(u"text"_s).toString(name);
                listing.requirements.append(
                    {known ? known->id : QString(), text, years.toDouble()});
            }
        }
    }
    if (preview.rejectedCount != rejectedBefore)
        return true;
    ++preview.acceptedCount;
    return !sink.accepted || sink.accepted(std::move(imported));
}
