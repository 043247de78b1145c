#include "ListingCsvExporter.h"

#include "CsvWriter.h"
#include "ListingField.h"
#include "RateParser.h"

using namespace Qt::StringLiterals;

namespace {

const QList<ListingField> exportedFields{
    ListingField::Title,    ListingField::Rate, ListingField::Contract, ListingField::Positions,
    ListingField::Duration, ListingField::Work, ListingField::Skills,   ListingField::Location,
    ListingField::Remote,   ListingField::Url,  ListingField::Notes,    ListingField::Source};

// Written in Japanese units so any spreadsheet user reads it, and in a form RateParser reads
// back exactly: whole 万 as "60万円", anything else in plain yen.
QString yen(qint64 value)
{
    if (value % 10'000 == 0)
        return QString::number(value / 10'000) + u"万円"_s;
    return QString::number(value) + u"円"_s;
}

QString formattedRate(const std::optional<qint64> &minYen, const std::optional<qint64> &maxYen,
                      RatePeriod period)
{
    const QString prefix = period == RatePeriod::Hour ? u"時給"_s : QString();
    if (minYen && maxYen && *minYen == *maxYen)
        return prefix + yen(*minYen);
    if (minYen && maxYen)
        return prefix + yen(*minYen) + u"〜"_s + yen(*maxYen);
    if (minYen)
        return prefix + yen(*minYen) + u"〜"_s;
    if (maxYen)
        return prefix + u"〜"_s + yen(*maxYen);
    return {};
}

// The required skills as wording the import reads back ("Java(3年以上)、AWS"), for a listing
// whose skills came as a list (a JSON file from another program) with no text of their own:
// without it, a CSV export would lose them.
QString requirementsWording(const QList<ListingRequirement> &requirements)
{
    QStringList parts;
    for (const ListingRequirement &requirement : requirements) {
        const QString name = requirement.text.simplified();
        if (name.isEmpty())
            continue;
        parts.append(requirement.minimumYears > 0
                         ? u"%1(%2年以上)"_s.arg(name, QString::number(requirement.minimumYears))
                         : name);
    }
    return parts.join(u'、');
}

} // namespace

QString ListingCsvExporter::skillsCell(const Listing &listing)
{
    return listing.skillsText.isEmpty() ? requirementsWording(listing.requirements)
                                        : listing.skillsText;
}

QString ListingCsvExporter::rateCell(const Listing &listing)
{
    const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
    ParsedRate stated;
    stated.period = hourly ? RatePeriod::Hour : RatePeriod::Month;
    stated.minYen = hourly ? listing.hourlyRateMinYen : listing.monthlyRateMinYen;
    stated.maxYen = hourly ? listing.hourlyRateMaxYen : listing.monthlyRateMaxYen;

    if (!listing.rateText.isEmpty()) {
        const ParsedRate reread = RateParser::parse(listing.rateText);
        // The wording may say more than the figures ("55〜65万円（スキル見合い）"), so keep it
        // whenever it carries the same figures; a wording the figures were typed over is not.
        if (reread.error.isEmpty() && reread.minYen == stated.minYen &&
            reread.maxYen == stated.maxYen &&
            (reread.period == stated.period || (!stated.minYen && !stated.maxYen)))
            return listing.rateText;
    }
    return formattedRate(stated.minYen, stated.maxYen, stated.period);
}

QByteArray ListingCsvExporter::toCsv(const QList<Listing> &listings)
{
    QStringList header;
    for (ListingField field : exportedFields)
        header.append(ListingFields::key(field));
    QString text = CsvWriter::row(header);
    for (const Listing &listing : listings) {
        Listing copy = listing;
        QStringList cells;
        copy.skillsText = skillsCell(listing);
        for (ListingField field : exportedFields)
            cells.append(field == ListingField::Rate ? rateCell(listing)
                                                     : ListingFields::text(copy, field));
        text += CsvWriter::row(cells);
    }
    // The BOM is what makes Excel on Windows read the file as UTF-8 instead of CP932.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
