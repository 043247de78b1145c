#include "ListingsFormatter.h"

#include "core/CsvWriter.h"
#include "core/ListingRate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - ListingsFormatter::displayWidth(text)), u' ');
}

QString truncated(const QString &text, int width)
{
    if (ListingsFormatter::displayWidth(text) <= width)
        return text;
    QString result;
    for (const QChar c : text) {
        if (ListingsFormatter::displayWidth(result + c) > width - 1)
            break;
        result += c;
    }
    return result + u"…"_s;
}

} // namespace

int ListingsFormatter::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString ListingsFormatter::text(const QList<Listing> &listings, const QLocale &locale)
{
    const QStringList headers{QCoreApplication::translate("ListingsFormatter", "ID"),
                              QCoreApplication::translate("ListingsFormatter", "Title"),
                              QCoreApplication::translate("ListingsFormatter", "Monthly rate"),
                              QCoreApplication::translate("ListingsFormatter", "Contract"),
                              QCoreApplication::translate("ListingsFormatter", "Required skills")};
    constexpr int maximumTitle = 48;
    constexpr int maximumSkills = 40;
    QList<QStringList> rows;
    for (const Listing &listing : listings) {
        rows.append({QString::number(listing.id), truncated(listing.title, maximumTitle),
                     ListingRate::text(listing, locale), listing.contract,
                     truncated(listing.skillsText, maximumSkills)});
    }
    QList<int> widths;
    for (const QString &header : headers)
        widths.append(displayWidth(header));
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            out += column + 1 < cells.size() ? padded(cells.at(column), widths.at(column)) + u"  "_s
                                             : cells.at(column);
        }
        return out + u'\n';
    };
    QString out = line(headers);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    out += QCoreApplication::translate("ListingsFormatter", "Listings: %1").arg(listings.size()) +
           u'\n';
    return out;
}

QByteArray ListingsFormatter::json(const QList<Listing> &listings)
{
    QJsonArray array;
    for (const Listing &listing : listings) {
        QJsonArray requirements;
        for (const ListingRequirement &requirement : listing.requirements) {
            requirements.append(QJsonObject{{u"skill"_s, requirement.skillId.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(requirement.skillId)},
                                            {u"text"_s, requirement.text},
                                            {u"minimumYears"_s, requirement.minimumYears}});
        }
        auto yen = [](const std::optional<qint64> &value) {
            return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
        };
        array.append(QJsonObject{{u"id"_s, double(listing.id)},
                                 {u"title"_s, listing.title},
                                 {u"monthlyRateMinYen"_s, yen(listing.monthlyRateMinYen)},
                                 {u"monthlyRateMaxYen"_s, yen(listing.monthlyRateMaxYen)},
                                 {u"rateText"_s, listing.rateText},
                                 {u"contract"_s, listing.contract},
                                 {u"positions"_s, listing.positions},
                                 {u"duration"_s, listing.duration},
                                 {u"workContent"_s, listing.workContent},
                                 {u"skillsText"_s, listing.skillsText},
                                 {u"workKind"_s, listing.workKind},
                                 {u"location"_s, listing.location},
                                 {u"remote"_s, listing.remote},
                                 {u"url"_s, listing.url},
                                 {u"notes"_s, listing.notes},
                                 {u"source"_s, listing.source},
                                 {u"sample"_s, listing.isSample},
                                 {u"requirements"_s, requirements}});
    }
    return QJsonDocument(QJsonObject{{u"listings"_s, array}}).toJson(QJsonDocument::Indented);
}

QByteArray ListingsFormatter::csv(const QList<Listing> &listings)
{
    // The byte order mark makes Excel read the file as UTF-8 rather than Shift_JIS.
    QString out = QString(QChar(0xFEFF));
    out +=
        CsvWriter::row({u"id"_s, u"title"_s, u"monthly_rate_min_yen"_s, u"monthly_rate_max_yen"_s,
                        u"rate_text"_s, u"contract"_s, u"positions"_s, u"duration"_s,
                        u"work_content"_s, u"skills"_s, u"work_kind"_s, u"location"_s, u"remote"_s,
                        u"url"_s, u"notes"_s, u"source"_s, u"sample"_s});
    for (const Listing &listing : listings) {
        auto yen = [](const std::optional<qint64> &value) {
            return value ? QString::number(*value) : QString();
        };
        out += CsvWriter::row(
            {QString::number(listing.id), listing.title, yen(listing.monthlyRateMinYen),
             yen(listing.monthlyRateMaxYen), listing.rateText, listing.contract, listing.positions,
             listing.duration, listing.workContent, listing.skillsText, listing.workKind,
             listing.location, listing.remote, listing.url, listing.notes, listing.source,
             listing.isSample ? u"yes"_s : u"no"_s});
    }
    return out.toUtf8();
}
