#pragma once

#include <QByteArray>
#include <QString>

struct DecodedText
{
    QString text;
    // "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM" or
    // "Shift_JIS (CP932)"; empty when the bytes could not be decoded.
    QString encoding;
    QString error; // non-empty: nothing was decoded; says why
};

// Turns an imported file's bytes into text: a byte order mark decides first, then strict
// UTF-8, then Shift_JIS as Excel on Japanese Windows writes it (CP932). Bytes that are none of
// these are refused rather than shown as mojibake.
class ImportTextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
};
