// libFuzzer target: a listings file as the import reads it — encoding detection (BOM, UTF-8,
// CP932), JSON or CSV, RFC 4180 records, header aliases, every field's parser — with the
// properties of FuzzProperties::listingFile (lines, rate bounds, export round trips).
#include "FuzzProperties.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const QString problem = FuzzProperties::listingFile(bytes); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}
