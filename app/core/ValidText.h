#pragma once

#include <QString>
#include <QStringList>

// Text as it can be stored and exported: UTF-16 with every surrogate paired. An unpaired
// surrogate has no UTF-8 form; SQLite's conversion can even swallow the character after it.
// It becomes U+FFFD (the replacement character), and everything else is kept as it is.
namespace ValidText {
QString of(const QString &text); // a null string becomes "" (the text columns are NOT NULL)
QStringList of(const QStringList &texts);
} // namespace ValidText
