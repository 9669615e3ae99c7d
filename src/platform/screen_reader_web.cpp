#include <emscripten.h>

#include "platform/screen_reader.h"

namespace waymark::platform {

namespace {
// Nodes travel as one string: a role letter, the level digit, the text, and a newline (texts
// never contain newlines here: the app folds them to spaces).
EM_JS(void, jsPublishMirror, (const char* encoded), { Module["shell"]["publishMirror"](UTF8ToString(encoded)); });
EM_JS(void, jsAnnounce, (const char* message), { Module["shell"]["announce"](UTF8ToString(message)); });

class WebScreenReader final : public ScreenReader {
public:
    void publish(const std::vector<MirrorNode>& nodes) override {
        std::string encoded;
        for (const MirrorNode& n : nodes) {
            encoded += n.role == MirrorNode::Role::heading ? 'h' : n.role == MirrorNode::Role::item ? 'i' : 't';
            encoded += static_cast<char>('0' + n.level);
            for (char c : n.text) encoded += c == '\n' ? ' ' : c;
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
