// libFuzzer target: the rate parser (600,000円/月, 60万円, 〜80万円, 時給3,000円, 応相談 …).
#include "core/RateParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedRate rate = RateParser::parse(text);
    // An accepted range is never inverted or negative.
    if (rate.error.isEmpty() && rate.minYen && rate.maxYen &&
        (*rate.minYen > *rate.maxYen || *rate.minYen < 0))
        __builtin_trap();
    Listing listing;
    RateParser::applyTo(rate, listing);
    return 0;
}
