#include "core/plan/channels.h"

namespace waymark {

std::span<const std::string_view> knownChannels() {
    static constexpr std::string_view kChannels[] = {
        "instagram", "facebook", "linkedin", "tiktok", "youtube", "x", "threads", "pinterest",
        "whatsapp", "google_business_profile", "newsletter", "blog",
    };
    return kChannels;
}

}  // namespace waymark
