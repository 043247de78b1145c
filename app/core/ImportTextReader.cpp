#include "ImportTextReader.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QIODevice>

ImportTextReader::ImportTextReader(QIODevice &device, const TextEncoding &encoding,
                                   qsizetype pieceBytes)
    : m_device(device), m_encoding(encoding), m_decoder(encoding.strictDecoder()),
      m_pieceBytes(std::max<qsizetype>(pieceBytes, 4))
{
}

qsizetype ImportTextReader::wholePieceLength(bool atEnd) const
{
    const qsizetype pending = m_pending.size();
    if (pending <= m_pieceBytes)
        return atEnd ? pending : 0; // wait for a full piece, unless this is all there is
    if (m_encoding.isUtf16()) {
        qsizetype length = m_pieceBytes & ~qsizetype(1);
        const bool littleEndian = m_encoding.builtIn == QStringConverter::Utf16LE;
        const auto high = uchar(m_pending.at(length - (littleEndian ? 1 : 2)));
        if (high >= 0xD8 && high <= 0xDB) // a leading surrogate: its pair follows
            length -= 2;
        return length;
    }
    const qsizetype lastBreak = m_pending.lastIndexOf('\n', m_pieceBytes - 1);
    if (lastBreak >= 0)
        return lastBreak + 1;
    // A line longer than a piece makes the piece longer.
    const qsizetype nextBreak = m_pending.indexOf('\n', m_pieceBytes);
    if (nextBreak >= 0)
        return nextBreak + 1;
    return atEnd ? pending : 0;
}

namespace {
constexpr qint64 readBytes = 64 * 1024;
} // namespace

std::optional<QString> ImportTextReader::next()
{
    if (m_putBack)
        return std::exchange(m_putBack, std::nullopt);
    if (!m_error.isEmpty())
        return std::nullopt;
    qsizetype length = 0;
    while ((length = wholePieceLength(m_deviceAtEnd)) == 0) {
        if (m_deviceAtEnd)
            return std::nullopt;
        // Read in blocks of one size, whatever the piece size, so that the fingerprint of a
        // file is the same however it is read.
        const QByteArray chunk = m_device.read(readBytes);
        if (chunk.isEmpty()) {
            m_deviceAtEnd = true;
            continue;
        }
        m_fingerprint = qHashBits(chunk.constData(), size_t(chunk.size()), m_fingerprint);
        m_bytesRead += chunk.size();
        m_pending += chunk;
        if (!m_started) {
            if (m_pending.size() < m_encoding.byteOrderMarkLength)
                continue;
            m_pending.remove(0, m_encoding.byteOrderMarkLength);
            m_started = true;
        }
    }
    const QByteArrayView piece(m_pending.constData(), length);
    QString text = m_decoder.decode(piece);
    if (m_decoder.hasError()) {
        m_error = QCoreApplication::translate("ImportTextReader",
                                              "the file is not valid %1 text after byte %2")
                      .arg(m_encoding.name)
                      .arg(m_bytesRead - m_pending.size());
        return std::nullopt;
    }
    m_pending.remove(0, length);
    return text;
}
