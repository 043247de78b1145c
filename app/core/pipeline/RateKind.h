#pragma once

#include <QList>
#include <QString>
#include <optional>

// Which monthly rate a line of a saved listing's rate ledger records: the one the user asked
// for, the one offered, or the one agreed. The keys are stored in the database and in
// exported JSON, so they never change.
enum class RateKind
{
    Desired,
    Offered,
    Accepted
};

namespace RateKinds {
QList<RateKind> all();
QString key(RateKind kind);
std::optional<RateKind> fromKey(const QString &key);
QString displayName(RateKind kind);
} // namespace RateKinds
