#include "CsvWriter.h"

using namespace Qt::StringLiterals;

QString CsvWriter::escapeCell(const QString &cell)
{
    QString value = cell;
    // A NUL byte makes the file binary to every reader (ours refuses it); it carries no text.
    value.remove(QChar(0));
    if (!value.isEmpty()) {
        const QChar first = value.front();
        // A text that itself starts with the apostrophe and a formula character keeps it: the
        // reader takes one apostrophe off such a cell.
        const bool quotedFormula =
            first == u'\'' && value.size() >= 2 && QStringView(u"=+-@").contains(value.at(1));
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r' || quotedFormula)
            value.prepend(u'\'');
    }
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QString CsvWriter::row(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(escapeCell(cell));
    return escaped.join(u',') + u"\r\n"_s;
}
