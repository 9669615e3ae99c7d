#include "ui/kit/text_field.h"

#include "core/plan/plan_json.h"  // kMaxTextLength

namespace waymark::ui {

namespace {

struct Field {
    std::string* text;
    size_t maxCharacters;
};

bool startsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

size_t characters(const char* text, int length) {
    size_t count = 0;
    for (int i = 0; i < length; ++i) count += startsCharacter(text[i]);
    return count;
}

int onEdit(ImGuiInputTextCallbackData* data) {
    Field& field = *static_cast<Field*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        // ImGui writes the text into the string's own storage: grow it first.
        field.text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = field.text->data();
        return 0;
    }
    // An edit took the text past the limit: what was just typed or pasted ends at the cursor, so
    // the surplus characters before the cursor go, and the rest of the text stays as it was.
    size_t surplus = characters(data->Buf, data->BufTextLen);
    if (surplus <= field.maxCharacters) return 0;
    surplus -= field.maxCharacters;
    int from = data->CursorPos;
    while (from > 0 && surplus > 0) {
        --from;
        if (startsCharacter(data->Buf[from])) --surplus;
    }
    data->DeleteChars(from, data->CursorPos - from);
    if (surplus > 0) {  // the cursor sat too early (never from typing): cut the end instead
        int end = data->BufTextLen;
        while (end > 0 && surplus > 0) {
            --end;
            if (startsCharacter(data->Buf[end])) --surplus;
        }
        data->DeleteChars(end, data->BufTextLen - end);
    }
    return 0;
}

}  // namespace

bool inputText(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags, size_t maxCharacters) {
    Field field{&text, maxCharacters > 0 ? maxCharacters : kMaxTextLength};
    flags |= ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit;
    return ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1, flags, onEdit, &field);
}

bool leftChanged(const std::string& text, const std::string& value) {
    return ImGui::IsItemDeactivatedAfterEdit() && text != value;
}

}  // namespace waymark::ui
