#pragma once

// The properties every fuzz target checks, shared with tst_fuzzcorpus, which replays the seed
// corpora in an ordinary test run. Each returns an empty string when the input passes, or what
// went wrong.
#include "FuzzCatalogue.h"
#include "core/ListingCsvExporter.h"
#include "core/ListingFileReader.h"
#include "core/ListingJson.h"
#include "core/PastedListingParser.h"
#include "core/ProfileJson.h"
#include "core/RateParser.h"

#include <QString>
#include <QStringList>

namespace FuzzProperties {

using namespace Qt::StringLiterals;

// A listing's stated rate lies within the bounds a rate may have.
inline QString rateInBounds(const Listing &listing)
{
    const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
    const QString problem =
        hourly ? RateParser::checkRange(listing.hourlyRateMinYen, listing.hourlyRateMaxYen,
                                        RatePeriod::Hour)
               : RateParser::checkRange(listing.monthlyRateMinYen, listing.monthlyRateMaxYen,
                                        RatePeriod::Month);
    return problem.isEmpty() ? QString() : u"accepted rate out of bounds: "_s + problem;
}

// The fields an export carries that an import read back differently; empty when none.
inline QStringList differences(const Listing &a, const Listing &b)
{
    QStringList fields;
    auto compare = [&fields](const char *name, const auto &x, const auto &y) {
        if (!(x == y))
            fields.append(QLatin1String(name));
    };
    compare("title", a.title, b.title);
    compare("monthlyRateMin", a.monthlyRateMinYen, b.monthlyRateMinYen);
    compare("monthlyRateMax", a.monthlyRateMaxYen, b.monthlyRateMaxYen);
    compare("hourlyRateMin", a.hourlyRateMinYen, b.hourlyRateMinYen);
    compare("hourlyRateMax", a.hourlyRateMaxYen, b.hourlyRateMaxYen);
    compare("contract", a.contract, b.contract);
    compare("positions", a.positions, b.positions);
    compare("duration", a.duration, b.duration);
    compare("workContent", a.workContent, b.workContent);
    compare("skillsText", a.skillsText, b.skillsText);
    compare("location", a.location, b.location);
    compare("remote", a.remote, b.remote);
    compare("url", a.url, b.url);
    compare("source", a.source, b.source);
    compare("requirements", a.requirements, b.requirements);
    return fields;
}

inline bool sameListing(const Listing &a, const Listing &b)
{
    return differences(a, b).isEmpty();
}

// A listings file: every accepted listing names its line and has a rate within bounds; a
// refusal says why; and what was accepted, exported as JSON and as CSV, reads back as the
// same listings.
inline QString listingFile(const QByteArray &bytes)
{
    const ListingImportPreview preview = ListingFileReader::parse(bytes, fuzzCatalogue());
    if (!preview.fileError.isEmpty())
        return {};
    QList<Listing> accepted;
    for (const ImportedListing &imported : preview.accepted) {
        if (imported.line < 1)
            return u"an accepted listing has line %1"_s.arg(imported.line);
        if (const QString problem = rateInBounds(imported.listing); !problem.isEmpty())
            return problem;
        accepted.append(imported.listing);
    }
    for (const ImportRejection &rejection : preview.rejected) {
        if (rejection.line < 1 || rejection.reason.isEmpty())
            return u"a rejection without its line or reason"_s;
    }
    if (accepted.isEmpty())
        return {};
    const std::pair<const char *, QByteArray> exports[] = {
        {"JSON", ListingJson::toJson(accepted)}, {"CSV", ListingCsvExporter::toCsv(accepted)}};
    for (const auto &[format, exported] : exports) {
        const ListingImportPreview back = ListingFileReader::parse(exported, fuzzCatalogue());
        if (!back.fileError.isEmpty())
            return u"%1 export not read back: %2"_s.arg(QLatin1String(format), back.fileError);
        if (back.accepted.size() != accepted.size())
            return u"%1 export read back %2 of %3 listings"_s.arg(QLatin1String(format))
                .arg(back.accepted.size())
                .arg(accepted.size());
        for (qsizetype i = 0; i < accepted.size(); ++i) {
            QStringList changed = differences(back.accepted.at(i).listing, accepted.at(i));
            // CSV carries required skills as wording only: skills that came as a list come
            // back as the parser reads the wording the export wrote for them.
            if (QLatin1String(format) == "CSV"_L1 && accepted.at(i).skillsText.isEmpty()) {
                changed.removeAll(u"skillsText"_s);
                changed.removeAll(u"requirements"_s);
            }
            if (!changed.isEmpty())
                return u"%1 export changed listing %2 (\"%3\"): %4"_s.arg(QLatin1String(format))
                    .arg(i + 1)
                    .arg(accepted.at(i).title.left(40), changed.join(u", "_s));
        }
    }
    return {};
}

// A pasted listing: at most one, named by its line, with a rate within bounds.
inline QString pastedListing(const QString &text)
{
    const ListingImportPreview preview = PastedListingParser::parse(text, fuzzCatalogue());
    if (preview.accepted.size() > 1)
        return u"%1 listings from one paste"_s.arg(preview.accepted.size());
    for (const ImportedListing &imported : preview.accepted) {
        if (imported.listing.title.trimmed().isEmpty())
            return u"an accepted listing without a title"_s;
        if (const QString problem = rateInBounds(imported.listing); !problem.isEmpty())
            return problem;
    }
    return {};
}

// A rate: an accepted range is never inverted and lies within bounds; a refusal says why.
inline QString rate(const QString &text)
{
    const ParsedRate parsed = RateParser::parse(text);
    if (!parsed.error.isEmpty())
        return {};
    if (parsed.minYen && parsed.maxYen && *parsed.minYen > *parsed.maxYen)
        return u"inverted range %1–%2"_s.arg(*parsed.minYen).arg(*parsed.maxYen);
    if (parsed.negotiable && (parsed.minYen || parsed.maxYen))
        return u"negotiable with a figure"_s;
    if (const QString problem = RateParser::checkRange(parsed.minYen, parsed.maxYen, parsed.period);
        !problem.isEmpty())
        return u"accepted rate out of bounds: "_s + problem;
    Listing listing;
    RateParser::applyTo(parsed, listing);
    return rateInBounds(listing);
}

// A profile: a refusal says why; an accepted profile survives a round trip.
inline QString profileJson(const QByteArray &bytes)
{
    QString error;
    const auto profile = ProfileJson::fromBytes(bytes, &error);
    if (!profile)
        return error.isEmpty() ? u"refused without a reason"_s : QString();
    const auto again = ProfileJson::fromBytes(ProfileJson::toBytes(*profile), &error);
    if (!again || !(*again == *profile))
        return u"the profile changed on a round trip"_s;
    return {};
}

} // namespace FuzzProperties
