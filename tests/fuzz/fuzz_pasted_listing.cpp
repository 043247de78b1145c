// libFuzzer target: a listing pasted from a web page (項目 | 内容 tables, tab-separated rows,
// key: value lines).
#include "FuzzCatalogue.h"
#include "core/PastedListingParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    PastedListingParser::parse(text, fuzzCatalogue());
    return 0;
}
