#pragma once

#include <QDate>
#include <QString>

// What the user has to do next about a saved listing (an interview, a reply due) and by when.
// Either part may be missing: "call the agent" without a date, or only a date.
struct NextAction
{
    QString what;
    QDate due; // invalid when no date was given

    bool isEmpty() const { return what.trimmed().isEmpty() && !due.isValid(); }
    bool operator==(const NextAction &) const = default;
};
