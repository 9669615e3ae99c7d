// libFuzzer target for the plan reader (scripts/fuzz.sh builds and runs it; scripts/test.sh runs
// it for a few seconds). Any input: no crash, no sanitizer report, no hang. A refusal says why in
// a message that stays short (what it quotes of the file is an excerpt). A file that loads must
// survive a round trip: written out and read back, it is the same plan and the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/method/plan_load.h"
#include "core/plan/plan_json.h"

namespace {
// The longest refusal: a path of 32 levels (kMaxJsonDepth) of keys quoted as 64-character
// excerpts of up to 4 bytes a character, and the message around it.
constexpr size_t kMaxRefusalBytes = 16 * 1024;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const waymark::LoadResult loaded = waymark::loadPlanFile(text);
    if (!loaded.plan) {
        if (loaded.error.code.empty()) std::abort();  // a refusal always says why
        if (loaded.error.str().size() > kMaxRefusalBytes) std::abort();
        return 0;
    }
    const std::string written = waymark::serializePlanDocument(*loaded.plan);
    const waymark::LoadResult again = waymark::loadPlanFile(written);
    if (!again.plan || !(*again.plan == *loaded.plan)) std::abort();
    if (waymark::serializePlanDocument(*again.plan) != written) std::abort();
    return 0;
}
