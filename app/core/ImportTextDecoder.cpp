#include "ImportTextDecoder.h"

#include "ImportTextReader.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 scanBytes = 1 << 20;

// Reads the whole device as the candidate encoding; false at the first invalid sequence, so
// a wrong guess never reaches the user as replacement characters.
bool decodesStrictly(QIODevice &device, const TextEncoding &candidate)
{
    if (!device.seek(0))
        return false;
    ImportTextReader reader(device, candidate);
    while (reader.next()) {
    }
    return reader.error().isEmpty();
}

bool containsZeroByte(QIODevice &device)
{
    device.seek(0);
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(scanBytes);
        if (chunk.isEmpty())
            break;
        if (chunk.contains('\0'))
            return true;
    }
    return false;
}

} // namespace

QStringDecoder TextEncoding::strictDecoder() const
{
    if (builtIn)
        return QStringDecoder(*builtIn, QStringDecoder::Flag::Stateless);
    // Qt 6.4 on Debian reaches ICU for legacy encodings; ICU's "windows-31j" is Microsoft's
    // CP932 (NEC and IBM extensions, ～ for 0x8160), which is what Excel writes.
    return QStringDecoder("windows-31j", QStringDecoder::Flag::Stateless);
}

bool TextEncoding::isUtf16() const
{
    return builtIn == QStringConverter::Utf16LE || builtIn == QStringConverter::Utf16BE;
}

TextEncoding ImportTextDecoder::detect(QIODevice &device)
{
    TextEncoding result;
    device.seek(0);
    const QByteArray start = device.peek(3);
    if (start.isEmpty()) {
        result.error = QCoreApplication::translate("ImportTextDecoder", "the file is empty");
        return result;
    }

    // The BOM is skipped before decoding, so it never ends up in the first header's name.
    const struct
    {
        QByteArrayView bom;
        QStringConverter::Encoding encoding;
        QString name;
    } marked[] = {
        {"\xEF\xBB\xBF", QStringConverter::Utf8, u"UTF-8 with BOM"_s},
        {"\xFF\xFE", QStringConverter::Utf16LE, u"UTF-16LE with BOM"_s},
        {"\xFE\xFF", QStringConverter::Utf16BE, u"UTF-16BE with BOM"_s},
    };
    for (const auto &candidate : marked) {
        if (!start.startsWith(candidate.bom))
            continue;
        result.name = candidate.name;
        result.builtIn = candidate.encoding;
        result.byteOrderMarkLength = candidate.bom.size();
        if (!decodesStrictly(device, result)) {
            result = TextEncoding{};
            result.error = QCoreApplication::translate(
                "ImportTextDecoder", "the file starts with a Unicode byte order mark but its "
                                     "text is not valid Unicode");
        }
        return result;
    }

    // Neither UTF-8 nor Shift_JIS text ever holds a zero byte; a spreadsheet, an image or a
    // database does.
    if (containsZeroByte(device)) {
        result.error =
            QCoreApplication::translate("ImportTextDecoder", "this is a binary file, not text");
        return result;
    }

    result.name = u"UTF-8"_s;
    result.builtIn = QStringConverter::Utf8;
    if (decodesStrictly(device, result))
        return result;
    result.name = u"Shift_JIS (CP932)"_s;
    result.builtIn.reset();
    if (result.strictDecoder().isValid() && decodesStrictly(device, result))
        return result;

    result = TextEncoding{};
    result.error = QCoreApplication::translate(
        "ImportTextDecoder", "the file is neither UTF-8 nor Shift_JIS (CP932) text");
    return result;
}

DecodedText ImportTextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detect(buffer);
    if (!encoding.error.isEmpty()) {
        result.error = encoding.error;
        return result;
    }
    buffer.seek(0);
    ImportTextReader reader(buffer, encoding);
    while (const auto piece = reader.next())
        result.text += *piece;
    result.encoding = encoding.name;
    return result;
}
