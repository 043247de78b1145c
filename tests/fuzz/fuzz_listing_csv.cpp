// libFuzzer target: a listings file as the import reads it — encoding detection (BOM, UTF-8,
// CP932), JSON or CSV, RFC 4180 records, header aliases, every field's parser.
#include "FuzzCatalogue.h"
#include "core/ListingFileReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ListingImportPreview preview = ListingFileReader::parse(bytes, fuzzCatalogue());
    // Every accepted listing came from a line of the file; rejected rows name one.
    for (const ImportedListing &listing : preview.accepted) {
        if (listing.line < 1)
            __builtin_trap();
    }
    return 0;
}
