#include "ListingsFormatter.h"

#include "core/ListingRate.h"

#include <QCoreApplication>

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
