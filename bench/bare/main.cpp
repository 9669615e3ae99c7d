// The benchmark's baseline: about the least a Dear ImGui page can be. GLFW and OpenGL3
// backends, ImGui's built-in font, one window with some text, and Emscripten's main loop drawing
// every frame, as ImGui's own examples do. Written for the benchmark, not copied from them.
//
// Two choices keep the comparison with the app fair (see bench/README.md):
// - a WebGL2 context (GLSL "#version 300 es"), the API the app draws with;
// - a canvas backing store in device pixels, as the app has, so both clear and fill as many
//   pixels. No resize handling: the benchmark never resizes the page.
#include <cmath>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

static GLFWwindow* window = nullptr;

static void frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    ImGui::Begin("Bare Dear ImGui");
    ImGui::Text("Dear ImGui %s, GLFW and OpenGL3 backends on WebGL2.", IMGUI_VERSION);
    ImGui::Text("This page redraws every frame: %.0f frames per second.", ImGui::GetIO().Framerate);
    ImGui::End();

    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.45f, 0.55f, 0.60f, 1.00f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);

    // Created at its final size: 3.1.6's glfwSetWindowSize would ask for fullscreen whenever the
    // size equals the screen's, glfwCreateWindow just sizes the canvas.
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    const double dpr = emscripten_get_device_pixel_ratio();
    window = glfwCreateWindow(static_cast<int>(std::lround(cssWidth * dpr)), static_cast<int>(std::lround(cssHeight * dpr)),
                              "Bare Dear ImGui", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // built without file functions, as the example is
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
