#include "platform/imgui_renderer.h"

#include "platform/draw_fingerprint.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include <GLES3/gl3.h>

#include "imgui.h"

namespace waymark::platform {

namespace {

// Attribute locations are fixed in the shader, so linking needs no getAttribLocation.
constexpr GLuint kPositionAttribute = 0;
constexpr GLuint kUvAttribute = 1;
constexpr GLuint kColorAttribute = 2;

const char* const kVertexShader = R"(#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
out vec2 fragmentUv;
out vec4 fragmentColor;
void main() {
    fragmentUv = uv;
    fragmentColor = color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The atlas holds coverage only (one channel); ImGui's RGBA32 form of it is white everywhere.
const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragmentUv;
in vec4 fragmentColor;
layout(location = 0) out vec4 outColor;
void main() {
    outColor = vec4(fragmentColor.rgb, fragmentColor.a * texture(atlas, fragmentUv).r);
}
)";

struct ScissorBox {
    GLint x = -1, y = -1;
    GLsizei width = -1, height = -1;
    bool operator==(const ScissorBox&) const = default;
};

// What the renderer made, and the GL state it last set, so that a frame only sends changes.
struct Renderer {
    GLuint program = 0;
    GLint projectionLocation = -1;
    GLuint vertexArray = 0;
    GLuint vertexBuffer = 0;
    GLuint indexBuffer = 0;
    GLuint fontTexture = 0;
    GLuint boundTexture = 0;
    int viewportWidth = -1, viewportHeight = -1;
    ImVec2 projectedPos{-1, -1}, projectedSize{-1, -1};
    ScissorBox scissor;
    std::uint64_t shownFingerprint = 0;  // of the frame on the canvas; 0: none known
};

Renderer renderer;

// Compile problems only show when linking fails, so only then is the GL asked for logs: each
// status query waits for the GPU process.
GLuint compileShader(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

void printShaderLog(const char* what, GLuint shader) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "ImGui renderer: %s shader: %s\n", what, log);
}

void bindTexture(GLuint texture) {
    if (texture == renderer.boundTexture) return;
    glBindTexture(GL_TEXTURE_2D, texture);
    renderer.boundTexture = texture;
}

void setScissor(const ScissorBox& box) {
    if (box == renderer.scissor) return;
    glScissor(box.x, box.y, box.width, box.height);
    renderer.scissor = box;
}

void setViewport(int width, int height) {
    if (width == renderer.viewportWidth && height == renderer.viewportHeight) return;
    glViewport(0, 0, width, height);
    renderer.viewportWidth = width;
    renderer.viewportHeight = height;
}

// Maps ImGui's display rectangle to clip space (y down), sent only when the rectangle moves.
void setProjection(ImVec2 pos, ImVec2 size) {
    if (pos.x == renderer.projectedPos.x && pos.y == renderer.projectedPos.y && size.x == renderer.projectedSize.x &&
        size.y == renderer.projectedSize.y)
        return;
    const float left = pos.x, right = pos.x + size.x, top = pos.y, bottom = pos.y + size.y;
    const float projection[16] = {
        2.0f / (right - left), 0, 0, 0,
        0, 2.0f / (top - bottom), 0, 0,
        0, 0, -1, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1,
    };
    glUniformMatrix4fv(renderer.projectionLocation, 1, GL_FALSE, projection);
    renderer.projectedPos = pos;
    renderer.projectedSize = size;
}

// The vertex layout lives in the vertex array object, so it is described once.
void describeVertices() {
    glGenVertexArrays(1, &renderer.vertexArray);
    glBindVertexArray(renderer.vertexArray);
    glGenBuffers(1, &renderer.vertexBuffer);
    glGenBuffers(1, &renderer.indexBuffer);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, renderer.indexBuffer);
    glEnableVertexAttribArray(kPositionAttribute);
    glEnableVertexAttribArray(kUvAttribute);
    glEnableVertexAttribArray(kColorAttribute);
    const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
    glVertexAttribPointer(kPositionAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUvAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColorAttribute, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, col)));
}

// ImGui's blending and clipping, set once: nothing else in the app draws, and WebGL starts with
// depth, stencil and culling off.
void setFixedState() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_SCISSOR_TEST);
    glClearColor(1, 1, 1, 1);
    glActiveTexture(GL_TEXTURE0);  // the sampler uniform's default, unit 0
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
}

void drawList(const ImDrawList& list, ImVec2 clipOrigin, ImVec2 clipScale, int framebufferHeight) {
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    const GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (const ImDrawCmd& command : list.CmdBuffer) {
        if (command.UserCallback) {
            // ImGui's own "reset render state" marker needs nothing: this renderer never lets go of it.
            if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&list, &command);
            continue;
        }
        const float minX = (command.ClipRect.x - clipOrigin.x) * clipScale.x;
        const float minY = (command.ClipRect.y - clipOrigin.y) * clipScale.y;
        const float maxX = (command.ClipRect.z - clipOrigin.x) * clipScale.x;
        const float maxY = (command.ClipRect.w - clipOrigin.y) * clipScale.y;
        if (maxX <= minX || maxY <= minY || command.ElemCount == 0) continue;
        // WebGL has no base vertex: ImGui keeps each list's offsets at 0 unless told otherwise.
        IM_ASSERT(command.VtxOffset == 0);
        setScissor({static_cast<GLint>(minX), static_cast<GLint>(static_cast<float>(framebufferHeight) - maxY),
                    static_cast<GLsizei>(maxX - minX), static_cast<GLsizei>(maxY - minY)});
        bindTexture(static_cast<GLuint>(reinterpret_cast<std::intptr_t>(command.GetTexID())));
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), indexType,
                       reinterpret_cast<const void*>(command.IdxOffset * sizeof(ImDrawIdx)));
    }
}

}  // namespace

bool initImGuiRenderer() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "waymark_webgl2";

    const GLuint vertexShader = compileShader(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragmentShader = compileShader(GL_FRAGMENT_SHADER, kFragmentShader);
    renderer.program = glCreateProgram();
    glAttachShader(renderer.program, vertexShader);
    glAttachShader(renderer.program, fragmentShader);
    glLinkProgram(renderer.program);
    GLint linked = GL_FALSE;
    glGetProgramiv(renderer.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        printShaderLog("vertex", vertexShader);
        printShaderLog("fragment", fragmentShader);
        char log[1024] = {};
        glGetProgramInfoLog(renderer.program, sizeof log, nullptr, log);
        std::fprintf(stderr, "ImGui renderer: linking the shader failed: %s\n", log);
        return false;
    }
    glDetachShader(renderer.program, vertexShader);
    glDetachShader(renderer.program, fragmentShader);
    glDeleteShader(vertexShader);
    glDeleteShader(fragmentShader);
    renderer.projectionLocation = glGetUniformLocation(renderer.program, "projection");
    glUseProgram(renderer.program);

    describeVertices();
    setFixedState();
    glGenTextures(1, &renderer.fontTexture);
    bindTexture(renderer.fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return true;
}

void uploadImGuiFonts() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    bindTexture(renderer.fontTexture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    renderer.shownFingerprint = 0;  // the same vertices now sample other glyphs
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(renderer.fontTexture)));
}

bool renderImGuiFrame(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight) {
    // WebGL presents a canvas only in a frame that drew to it: one left alone keeps its picture.
    const std::uint64_t fingerprint = drawFingerprint(drawData, framebufferWidth, framebufferHeight);
    if (fingerprint != 0 && fingerprint == renderer.shownFingerprint) return false;
    renderer.shownFingerprint = fingerprint;
    setViewport(framebufferWidth, framebufferHeight);
    setScissor({0, 0, framebufferWidth, framebufferHeight});  // the clear obeys the scissor box
    glClear(GL_COLOR_BUFFER_BIT);
    if (framebufferWidth <= 0 || framebufferHeight <= 0) return true;

    setProjection(drawData.DisplayPos, drawData.DisplaySize);
    for (const ImDrawList* list : drawData.CmdLists) drawList(*list, drawData.DisplayPos, drawData.FramebufferScale, framebufferHeight);
    return true;
}

}  // namespace waymark::platform
