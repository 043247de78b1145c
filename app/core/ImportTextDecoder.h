#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <optional>

class QIODevice;

struct DecodedText
{
    QString text;
    // "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM" or
    // "Shift_JIS (CP932)"; empty when the bytes could not be decoded.
    QString encoding;
    QString error; // non-empty: nothing was decoded; says why
};

// The encoding a file was found to be in, to decode it a piece at a time (ImportTextReader).
struct TextEncoding
{
    QString name;  // as DecodedText::encoding
    QString error; // non-empty: the file cannot be read as text; says why
    qsizetype byteOrderMarkLength = 0;
    // A converter Qt has built in, or else ICU's CP932.
    std::optional<QStringConverter::Encoding> builtIn;

    // Decodes whole characters strictly: one invalid or cut sequence is an error.
    QStringDecoder strictDecoder() const;
    bool isUtf16() const;
};

// Turns an imported file's bytes into text: a byte order mark decides first, then strict
// UTF-8, then Shift_JIS as Excel on Japanese Windows writes it (CP932). Bytes that are none of
// these are refused rather than shown as mojibake.
class ImportTextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
    // The same decision for a file of any size, read a piece at a time from the start of a
    // seekable device (left at its end).
    static TextEncoding detect(QIODevice &device);
};
