// libFuzzer target: the profile JSON loader, with the properties of
// FuzzProperties::profileJson (a refusal says why; an accepted profile survives a round trip).
#include "FuzzProperties.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = FuzzProperties::profileJson(bytes); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}
