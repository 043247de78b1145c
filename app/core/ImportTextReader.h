#pragma once

#include "ImportTextDecoder.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QIODevice;

// Decodes a file a piece at a time, each piece about pieceBytes long and ending on a line
// break, so that no character is ever cut between two pieces: in UTF-8 and in Shift_JIS the
// byte 0x0A is never part of a longer character. UTF-16 pieces end on whole code units and
// never between the two halves of a surrogate pair.
class ImportTextReader
{
public:
    ImportTextReader(QIODevice &device, const TextEncoding &encoding,
                     qsizetype pieceBytes = 1 << 20);

    // The next piece of text; nullopt at the end of the file or at an invalid sequence
    // (error()).
    std::optional<QString> next();
    // Gives a piece back to be returned again by the next call (a reader that looked at the
    // start of the text to choose how to read it).
    void putBack(QString piece) { m_putBack = std::move(piece); }

    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }
    // A hash of every byte read, to tell whether a file read twice was the same both times.
    quint64 fingerprint() const { return m_fingerprint; }

private:
    qsizetype wholePieceLength(bool atEnd) const;

    QIODevice &m_device;
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    qsizetype m_pieceBytes;
    QByteArray m_pending;
    std::optional<QString> m_putBack;
    QString m_error;
    qint64 m_bytesRead = 0;
    quint64 m_fingerprint = 0;
    bool m_started = false;
    bool m_deviceAtEnd = false;
};
