#include "platform/chime.h"

// Defined in src/platform/js/chime.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void prepareAudio();
void playChime();
}

namespace waymark::platform {

namespace {

class WebChime final : public Chime {
public:
    void prepare() override { prepareAudio(); }
    void ring() override { playChime(); }
};

}  // namespace

Chime& webChime() {
    static WebChime chime;
    return chime;
}

}  // namespace waymark::platform
