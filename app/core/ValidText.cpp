#include "ValidText.h"

namespace ValidText {

QString of(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("");
    qsizetype firstBad = -1;
    for (qsizetype i = 0; i < text.size() && firstBad < 0; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate() || c.isNull() || c == QChar::ByteOrderMark)
            firstBad = i;
    }
    if (firstBad < 0)
        return text; // the usual case: no copy
    QString valid = text.left(firstBad);
    valid.reserve(text.size());
    for (qsizetype i = firstBad; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            valid.append(c);
            valid.append(text.at(++i));
        } else if (!c.isNull() && c != QChar::ByteOrderMark) {
            valid.append(c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c);
        }
    }
    return valid;
}

QStringList of(const QStringList &texts)
{
    QStringList valid;
    valid.reserve(texts.size());
    for (const QString &text : texts)
        valid.append(of(text));
    return valid;
}

} // namespace ValidText
