#pragma once

#include "Profile.h"

#include <QDateTime>

// One entry of the profile history: the profile as saved at a moment (UTC).
struct DatedProfile
{
    QDateTime savedAt;
    Profile profile;
};
