#pragma once
// A canvas is invisible to screen readers. The app describes what the screen shows as a short
// list of nodes (headings, list items, text), which the page mirrors into visually hidden DOM,
// and announces changes through an aria-live region.
#include <string>
#include <vector>

namespace waymark::platform {

struct MirrorNode {
    enum class Role { heading, item, text };
    Role role = Role::text;
    int level = 2;     // headings: 1..4; items: the list they belong to starts at the first item
    std::string text;
    friend bool operator==(const MirrorNode&, const MirrorNode&) = default;
};

class ScreenReader {
public:
    virtual ~ScreenReader() = default;
    // Replaces the mirrored content with these nodes, in reading order.
    virtual void publish(const std::vector<MirrorNode>& nodes) = 0;
    // Says a short message politely (focus moved, advice appeared, an undo happened).
    virtual void announce(const std::string& message) = 0;
};

// The page's hidden mirror (web/shell/screen_reader.js builds the DOM).
ScreenReader& webScreenReader();

}  // namespace waymark::platform
