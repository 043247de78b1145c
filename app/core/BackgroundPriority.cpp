#include "BackgroundPriority.h"

#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
constexpr int backgroundNice = 10;
}

bool BackgroundPriority::lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to each thread: PRIO_PROCESS with a thread id sets only it.
    // A program started at a lower priority already (nice 15) keeps it: raising it again
    // would need privileges.
    if (currentThreadNice() >= backgroundNice)
        return true;
    const auto thread = id_t(syscall(SYS_gettid));
    return setpriority(PRIO_PROCESS, thread, backgroundNice) == 0;
#else
    return false;
#endif
}

int BackgroundPriority::currentThreadNice()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}
