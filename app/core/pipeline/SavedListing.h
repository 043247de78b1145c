#pragma once

#include "NextAction.h"
#include "RateLedgerEntry.h"
#include "StatusChange.h"
#include "core/ApplicationStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// A listing the user keeps: where they stand with it, their notes, every status it has had,
// what to do next, and the rates asked, offered and agreed.
struct SavedListing
{
    qint64 listingId = 0;
    ApplicationStatus status = ApplicationStatus::Interested;
    QString note;
    QDateTime savedAt;           // UTC
    QDateTime updatedAt;         // UTC
    QList<StatusChange> history; // oldest first
    NextAction nextAction;
    QList<RateLedgerEntry> rates; // oldest first

    // The newest line of one kind: the rate that stands after any corrections.
    std::optional<RateLedgerEntry> latestRate(RateKind kind) const
    {
        for (auto it = rates.crbegin(); it != rates.crend(); ++it) {
            if (it->kind == kind)
                return *it;
        }
        return std::nullopt;
    }
};
