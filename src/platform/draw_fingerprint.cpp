#include "platform/draw_fingerprint.h"

#include <cstring>

#include "imgui.h"

namespace waymark::platform {

namespace {

// FNV-1a over 64-bit words: a few instructions a word, and the frame's vertices are at most a
// few hundred kilobytes.
class Hasher {
public:
    void words(const void* data, std::size_t bytes) {
        const auto* at = static_cast<const unsigned char*>(data);
        for (; bytes >= 8; bytes -= 8, at += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, at, 8);
            add(word);
        }
        std::uint64_t rest = 0;
        std::memcpy(&rest, at, bytes);
        add(rest ^ bytes);
    }
    template <class T> void value(const T& v) { words(&v, sizeof v); }
    std::uint64_t result() const { return hash_ == 0 ? 1 : hash_; }

private:
    void add(std::uint64_t word) { hash_ = (hash_ ^ word) * 0x100000001b3ULL; }
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::uint64_t drawFingerprint(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight) {
    Hasher h;
    h.value(framebufferWidth);
    h.value(framebufferHeight);
    h.value(drawData.DisplayPos);
    h.value(drawData.DisplaySize);
    h.value(drawData.FramebufferScale);
    for (const ImDrawList* list : drawData.CmdLists) {
        h.value(list->VtxBuffer.Size);
        h.words(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        h.value(list->IdxBuffer.Size);
        h.words(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& command : list->CmdBuffer) {
            if (command.UserCallback && command.UserCallback != ImDrawCallback_ResetRenderState) return 0;
            h.value(command.ClipRect);
            h.value(command.TextureId);
            h.value(command.VtxOffset);
            h.value(command.IdxOffset);
            h.value(command.ElemCount);
        }
    }
    return h.result();
}

}  // namespace waymark::platform
