#pragma once

#include <QString>
#include <QStringList>

// Text as it can be stored and exported: UTF-16 with every surrogate paired and no NUL. An
// unpaired surrogate has no UTF-8 form; SQLite's conversion can even swallow the character
// after it. It becomes U+FFFD (the replacement character). A NUL is dropped: SQLite's text
// functions and its full-text index stop at it, so whatever followed could never be found
// (CSV export drops it for the same reason). A byte order mark (U+FEFF) inside text is what
// joining two files leaves; readers drop it at a piece's start, so it is dropped everywhere.
// Everything else is kept as it is.
namespace ValidText {
QString of(const QString &text); // a null string becomes "" (the text columns are NOT NULL)
QStringList of(const QStringList &texts);
} // namespace ValidText
