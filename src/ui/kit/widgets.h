#pragma once
// Waymark's small building blocks on top of ImGui. Labels are translated text; ids keep an
// item's identity when the language changes ("Label###id").
#include <initializer_list>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/kit/item_locator.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

// A quiet button for secondary actions (rename, delete).
bool smallButton(const char* label, const char* id);
// The primary action of a region, in the accent colour.
bool accentButton(const char* label, const char* id, const Theme& theme);
// A destructive action, in the danger colour.
bool dangerButton(const char* label, const char* id, const Theme& theme);
// The answers under a question before something goes: the danger button (named confirmItem for
// tests and scripts, as item "confirm") and Cancel, which Escape also gives. Closes the popup
// it is drawn in on either answer.
enum class ConfirmAnswer { none, confirmed, cancelled };
ConfirmAnswer confirmOrCancel(const char* confirmLabel, const char* cancelLabel, ItemLocator& locator,
                              const std::string& confirmItem, const Theme& theme);
// A rounded label with a tinted background, e.g. an objective's kind.
void chip(const char* label, const ImVec4& color);
// text cut at a character boundary and ended with "…" so it fits maxWidth in the current font;
// text itself when it fits, empty when not even "…" does.
std::string fitText(const std::string& text, float maxWidth);
// A combo's preview for the next item (its width set): text that does not fit ends in "…"
// instead of being cut mid-letter by ImGui.
std::string comboPreview(const std::string& text);
// Continues the row with something this wide (after gap; the style's spacing when negative), or
// starts a new row when it would run past the column's edge: rows of buttons and filters that
// flow onto the next line on a phone instead of running off the screen.
void sameLineIfFits(float width, float gap = -1.0f);
// text broken into lines at word boundaries so each fits maxWidth in the current font, at most
// maxLines of them (the last ends in "…" when more would follow); a word wider than a line is cut.
std::vector<std::string> wrapText(const std::string& text, float maxWidth, int maxLines);
// Opens the modal dialog `title` ("Text###id") when openRequested (then clears it) and begins
// it centred, widthEm × heightEm font sizes, never larger than the window. False while closed;
// when true, end it with ImGui::EndPopup().
bool beginDialog(const std::string& title, bool& openRequested, float widthEm, float heightEm);
// Hands characters that were held back while a text field was on its way to the field, ahead of
// anything typed since: a field drops what arrives on its activation frame (1.90.1), so views
// hold it and replay it once the field is active.
void replayTypeAhead(std::vector<ImWchar>& held);
// The width a row of smallButtons with these labels takes, spacing included.
float actionButtonsWidth(std::initializer_list<const char*> labels);
// Whether buttons this wide fit beside a text in the current column and still leave the text
// room for a few words; when not (a phone), they go on a line of their own under it, so the
// text never wraps a letter a line.
bool buttonsFitBeside(float buttonsWidth);

}  // namespace waymark::ui
