// An LD_PRELOAD library that makes writes fail with EIO, as a failing disk does: once
// CAREERPLANNER_EIO_AFTER_BYTES bytes have been written to files whose path contains
// CAREERPLANNER_EIO_PATH, every further write to them returns -1 with errno EIO. SQLite writes
// with pwrite/pwrite64, QFile and QSaveFile with write. Used by tst_ioerror only.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

const char *failingPath = nullptr;
long long budget = 0;

__attribute__((constructor)) void readSettings()
{
    failingPath = std::getenv("CAREERPLANNER_EIO_PATH");
    if (const char *after = std::getenv("CAREERPLANNER_EIO_AFTER_BYTES"))
        budget = std::atoll(after);
}

// True when this write must fail: the file matches and its share of the budget is spent.
bool failsNow(int fd, size_t count)
{
    if (!failingPath || !*failingPath)
        return false;
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0)
        return false;
    path[length] = '\0';
    if (!std::strstr(path, failingPath))
        return false;
    if (budget < static_cast<long long>(count)) {
        budget = 0;
        return true;
    }
    budget -= static_cast<long long>(count);
    return false;
}

template <typename Function> Function real(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (failsNow(fd, count)) {
        errno = EIO;
        return -1;
    }
    return next(fd, buffer, count);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (failsNow(fd, count)) {
        errno = EIO;
        return -1;
    }
    return next(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (failsNow(fd, count)) {
        errno = EIO;
        return -1;
    }
    return next(fd, buffer, count, offset);
}

} // extern "C"
