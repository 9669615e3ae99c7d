#pragma once
// "Plan together" (issue 23): the room's link and its QR code for phones, who is here (name and
// colour), this browser's own name and colour, and Stop sharing; or, when no room can be had,
// why in plain words (no sync server, offline, an ended room).
#include <optional>
#include <string>
#include <vector>

#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct RoomPerson {
    std::string name, colour;  // colour: "#rrggbb"
    bool me = false;
};

// The room as the page last described it (platform/room.h's status).
struct TogetherShown {
    enum class Phase { idle, starting, live, failed, closed };
    Phase phase = Phase::idle;
    bool owner = false;      // this browser started the room: Stop sharing ends it for everyone
    bool connected = false;
    std::string url;
    int qrSize = 0;          // the link's QR code: qrSize × qrSize modules, row by row, '1' dark
    std::string qrBits;
    std::string error, detail;  // why it failed or closed ("no-server", "offline", ...); the page's words
    std::vector<RoomPerson> people;
    std::string myName, myColour;
};

// The colours one can pick ("#rrggbb"), distinct on every theme's background.
const std::vector<std::string>& personColours();
// "#rrggbb" as a colour; grey when the text is not one.
ImVec4 personColour(const std::string& hex);
// Why there is no room, in the user's language ("" when there is one or it is on its way).
std::string togetherProblem(const TogetherShown& shown, const Strings& tr);

class TogetherDialog {
public:
    void open() { openRequested_ = true; }
    // Draws the dialog while open; returns TogetherAction (stop, leave, person) when chosen.
    std::optional<Intent> draw(const ViewContext& ctx, const TogetherShown& shown);

private:
    bool openRequested_ = false;
    Form form_;
};

}  // namespace waymark::ui
