// libFuzzer target: the profile JSON loader. A profile it accepts must survive a round trip.
#include "core/ProfileJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto profile = ProfileJson::fromBytes(bytes, &error);
    if (!profile) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const auto again = ProfileJson::fromBytes(ProfileJson::toBytes(*profile), &error);
    if (!again || !(*again == *profile))
        __builtin_trap();
    return 0;
}
