#include "platform/screen_reader.h"

// Defined in src/platform/js/screen_reader.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsPublishMirror(const char* encoded);
void jsAnnounce(const char* message);
}

namespace waymark::platform {

namespace {

// Nodes travel as one C string: a role letter, the level digit, the text, and a newline. A plan's
// text may hold any control character (docs/plan-format.md): each is folded to a space, so a
// line break cannot start a node and a NUL cannot end the mirror.
class WebScreenReader final : public ScreenReader {
public:
    void publish(const std::vector<MirrorNode>& nodes) override {
        std::string encoded;
        for (const MirrorNode& n : nodes) {
            encoded += n.role == MirrorNode::Role::heading ? 'h' : n.role == MirrorNode::Role::item ? 'i' : 't';
            encoded += static_cast<char>('0' + n.level);
            for (char c : n.text) encoded += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
            encoded += '\n';
        }
        jsPublishMirror(encoded.c_str());
    }
    void announce(const std::string& message) override { jsAnnounce(message.c_str()); }
};
}  // namespace

ScreenReader& webScreenReader() {
    static WebScreenReader reader;
    return reader;
}

}  // namespace waymark::platform
