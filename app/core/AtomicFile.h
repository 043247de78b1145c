#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, which
// replaces it only once complete (QSaveFile), so a failed export leaves the old file whole.
namespace AtomicFile {
// On failure returns false with the reason (not the path) in *error.
bool write(const QString &path, const QByteArray &bytes, QString *error);
} // namespace AtomicFile
