#pragma once

#include "RateKind.h"

#include <QDateTime>

// One line of a saved listing's rate ledger. The ledger is only ever added to: a correction
// is a new line, so what was asked and offered at each point stays on record.
struct RateLedgerEntry
{
    RateKind kind = RateKind::Desired;
    qint64 monthlyYen = 0;
    QDateTime at; // UTC

    bool operator==(const RateLedgerEntry &) const = default;
};
