// libFuzzer target: the rate parser (600,000円/月, 60万円, 〜80万円, 時給3,000円, 応相談 …),
// with the properties of FuzzProperties::rate.
#include "FuzzProperties.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = FuzzProperties::rate(text); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}
