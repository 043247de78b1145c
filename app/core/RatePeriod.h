#pragma once

// What a stated rate is paid for: a month of work (the usual form for freelance listings in
// Japan) or an hour (時給).
enum class RatePeriod
{
    Month,
    Hour
};
