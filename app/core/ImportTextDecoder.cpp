#include "ImportTextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Decodes all of the bytes or nothing: a single invalid sequence makes the result empty, so
// a wrong guess never reaches the user as replacement characters.
std::optional<QString> strictly(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString notUnicodeError()
{
    return QCoreApplication::translate("ImportTextDecoder",
                                       "the file starts with a Unicode byte order mark but its "
                                       "text is not valid Unicode");
}

} // namespace

DecodedText ImportTextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("ImportTextDecoder", "the file is empty");
        return result;
    }

    // The BOM is dropped before decoding, so it never ends up in the first header's name.
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
        if (!bytes.startsWith(candidate.bom))
            continue;
        const auto text =
            strictly(QStringDecoder(candidate.encoding, QStringDecoder::Flag::Stateless),
                     QByteArrayView(bytes).sliced(candidate.bom.size()));
        if (!text) {
            result.error = notUnicodeError();
            return result;
        }
        result.text = *text;
        result.encoding = candidate.name;
        return result;
    }

    // Neither UTF-8 nor Shift_JIS text ever holds a zero byte; a spreadsheet, an image or a
    // database does.
    if (bytes.contains('\0')) {
        result.error =
            QCoreApplication::translate("ImportTextDecoder", "this is a binary file, not text");
        return result;
    }

    if (const auto text = strictly(
            QStringDecoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless), bytes)) {
        result.text = *text;
        result.encoding = u"UTF-8"_s;
        return result;
    }

    // Qt 6.4 on Debian reaches ICU for legacy encodings; ICU's "windows-31j" is Microsoft's
    // CP932 (NEC and IBM extensions, ～ for 0x8160), which is what Excel writes.
    if (const auto text =
            strictly(QStringDecoder("windows-31j", QStringDecoder::Flag::Stateless), bytes)) {
        result.text = *text;
        result.encoding = u"Shift_JIS (CP932)"_s;
        return result;
    }

    result.error = QCoreApplication::translate(
        "ImportTextDecoder", "the file is neither UTF-8 nor Shift_JIS (CP932) text");
    return result;
}
