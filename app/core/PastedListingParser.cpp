#include "PastedListingParser.h"

#include "ListingField.h"
#include "RateParser.h"
#include "RequirementParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    int line = 0;
    QString key;
    QString value;
};

// The cells of a table line, or nothing when the line is not one.
std::optional<QStringList> tableCells(const QString &line)
{
    QStringList cells;
    if (line.contains(u'\t')) {
        cells = line.split(u'\t');
    } else if (line.contains(u'|') || line.contains(u'｜')) {
        QString trimmed = line.trimmed();
        trimmed.replace(u'｜', u'|');
        if (trimmed.startsWith(u'|'))
            trimmed.remove(0, 1);
        if (trimmed.endsWith(u'|'))
            trimmed.chop(1);
        cells = trimmed.split(u'|');
    } else {
        return std::nullopt;
    }
    for (QString &cell : cells)
        cell = cell.trimmed();
    cells.removeAll(QString());
    return cells;
}

// "key: value" or "key：value", where the key is short and is not the scheme of a URL.
std::optional<std::pair<QString, QString>> keyValue(const QString &line)
{
    static const QRegularExpression pattern(u"^\\s*([^:：]{1,30}?)\\s*[:：]\\s*(.*)$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch() || match.captured(2).startsWith(u"//"_s))
        return std::nullopt;
    const QString key = match.captured(1).trimmed();
    // A sentence with a colon in it is text, not a key; a known field name always is a key.
    if (!ListingFields::fromHeader(key) &&
        (key.contains(u'、') || key.contains(u'。') || key.contains(u',') || key.count(u' ') > 2))
        return std::nullopt;
    return std::pair{key, match.captured(2).trimmed()};
}

bool isTableHeader(const QString &key, const QString &value)
{
    const QString k = key.normalized(QString::NormalizationForm_KC).toCaseFolded();
    const QString v = value.normalized(QString::NormalizationForm_KC).toCaseFolded();
    return (k == u"項目"_s && v == u"内容"_s) || (k == u"item"_s && v == u"content"_s) ||
           (k == u"key"_s && v == u"value"_s);
}

} // namespace

ListingImportPreview PastedListingParser::parse(const QString &text,
                                                const SkillCatalogue &catalogue)
{
    ListingImportPreview preview;
    QString cleaned = text;
    cleaned.remove(QChar(u'\0'));
    if (cleaned.trimmed().isEmpty()) {
        preview.fileError =
            QCoreApplication::translate("PastedListingParser", "nothing was pasted");
        return preview;
    }

    static const QRegularExpression markdownRule(
        u"^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"_s);
    QList<Row> rows;
    QStringList beforeFirstKey;
    const QStringList lines = cleaned.split(QRegularExpression(u"\\r\\n|\\r|\\n"_s));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNumber = int(i + 1);
        if (line.trimmed().isEmpty() || markdownRule.match(line).hasMatch())
            continue;
        std::optional<Row> row;
        if (const auto cells = tableCells(line)) {
            if (cells->size() >= 2)
                row = Row{lineNumber, cells->first(), cells->mid(1).join(u' ')};
            else if (cells->size() == 1 && !rows.isEmpty())
                // One cell: the browser split a cell with line breaks into several lines.
                rows.last().value += u'\n' + cells->first();
            else if (cells->size() == 1)
                beforeFirstKey.append(cells->first());
        } else if (const auto pair = keyValue(line)) {
            row = Row{lineNumber, pair->first, pair->second};
        } else if (!rows.isEmpty()) {
            QString &value = rows.last().value;
            value = value.isEmpty() ? line.trimmed() : value + u'\n' + line.trimmed();
        } else {
            beforeFirstKey.append(line.trimmed());
        }
        if (row && !isTableHeader(row->key, row->value))
            rows.append(*row);
    }
    if (rows.isEmpty()) {
        preview.fileError = QCoreApplication::translate(
            "PastedListingParser",
            "no listing found: paste a table of 項目 and 内容, or lines of \"key: value\"");
        return preview;
    }

    Listing listing;
    QStringList notes;
    if (!beforeFirstKey.isEmpty())
        notes.append(beforeFirstKey.join(u'\n'));
    int rateLine = 0;
    QString rateKey;
    for (const Row &row : std::as_const(rows)) {
        const std::optional<ListingField> field = ListingFields::fromHeader(row.key);
        if (field == ListingField::Notes) {
            notes.append(row.value);
            continue;
        }
        // A second row for a field already filled is kept in the notes rather than lost.
        if (!field || !ListingFields::text(listing, *field).isEmpty()) {
            notes.append(row.key + u": "_s + row.value);
            continue;
        }
        ListingFields::text(listing, *field) = row.value;
        if (field == ListingField::Rate) {
            rateLine = row.line;
            rateKey = row.key;
        }
    }
    notes.removeAll(QString());
    listing.notes = notes.join(u'\n');

    if (listing.title.isEmpty()) {
        preview.rejected.append({1, QString(),
                                 QCoreApplication::translate(
                                     "PastedListingParser",
                                     "no title found: paste a table with a 概要 or 案件名 row")});
        preview.rejectedCount = 1;
        return preview;
    }
    const ParsedRate rate = RateParser::parse(listing.rateText);
    if (!rate.error.isEmpty()) {
        preview.rejected.append({rateLine, rateKey, rate.error});
        preview.rejectedCount = 1;
        return preview;
    }
    RateParser::applyTo(rate, listing);
    listing.requirements = RequirementParser(catalogue).parse(listing.skillsText);
    preview.accepted.append({1, listing, {}});
    preview.acceptedCount = 1;
    return preview;
}
