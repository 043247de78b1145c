#pragma once

// Work that the window does not wait for (reading the listings, checking the database file)
// runs on worker threads. On a machine with two cores those threads, the window's thread and
// the display server compete for them: at the normal priority a worker that reads a large
// database takes its equal share, and the window's first frames wait for the display server
// to be given a core (after the first paint at 100,000 listings under a virtual X server, the
// window's thread stalled 53–112 ms with the workers at the normal priority, 36–48 ms with
// them lowered).
namespace BackgroundPriority {
// Lowers the calling thread's priority for the rest of its life: a nice value of 10 on Linux
// (unless it is lower already), about a tenth of a core's share against normal threads when
// all want one, the whole of an idle one. Call first thing on a worker thread that ends with
// its job; the priority cannot be raised again without privileges. Returns false where it
// cannot.
bool lowerCurrentThread();
// The calling thread's nice value (0 normally); 0 where there is none.
int currentThreadNice();
} // namespace BackgroundPriority
