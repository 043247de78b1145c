// libFuzzer target: a listing pasted from a web page (項目 | 内容 tables, tab-separated rows,
// key: value lines), with the properties of FuzzProperties::pastedListing.
#include "FuzzProperties.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = FuzzProperties::pastedListing(text); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}
