// The plan map's view transform: what is drawn at a point is what a click there hits, at every
// zoom and devicePixelRatio, and zooming keeps the point under the pointer where it is.
#include <doctest/doctest.h>

#include <initializer_list>

#include "core/map/view_transform.h"

using namespace waymark;

namespace {
void checkNear(Point a, Point b, float tolerance = 1e-3f) {
    CHECK(a.x == doctest::Approx(b.x).epsilon(tolerance));
    CHECK(a.y == doctest::Approx(b.y).epsilon(tolerance));
}
}  // namespace

TEST_CASE("world to screen and back is the identity at every zoom and unit") {
    for (float unit : {17.0f, 25.5f, 34.0f})
        for (float zoom : {0.1f, 0.37f, 1.0f, 2.5f, 4.0f}) {
            ViewTransform t{{123.5f, -40}, zoom, unit};
            const Point world{12.25f, -7.5f};
            checkNear(t.toWorld(t.toScreen(world)), world);
            CHECK(t.toScreen(world).x == doctest::Approx(123.5f + 12.25f * zoom * unit));
        }
}

TEST_CASE("zooming about the pointer keeps the world point under the pointer") {
    ViewTransform t{{300, 200}, 1, 17};
    const Point pointer{640, 410};
    const Point before = t.toWorld(pointer);
    for (float zoom : {1.2f, 3.7f, 0.25f, 1.0f}) {
        t.zoomAbout(pointer, zoom);
        CHECK(t.zoom == doctest::Approx(zoom));
        checkNear(t.toWorld(pointer), before);
        checkNear(t.toScreen(before), pointer);
    }
}

TEST_CASE("zoom is clamped to 10%..400% and the pointer still holds its point") {
    ViewTransform t{{0, 0}, 1, 17};
    const Point pointer{50, 60};
    const Point before = t.toWorld(pointer);
    t.zoomAbout(pointer, 100);
    CHECK(t.zoom == kMaxZoom);
    checkNear(t.toWorld(pointer), before);
    t.zoomAbout(pointer, 0.001f);
    CHECK(t.zoom == kMinZoom);
    checkNear(t.toWorld(pointer), before);
    CHECK(clampZoom(-1) == 1);
    CHECK(clampZoom(0.5f) == 0.5f);
}

TEST_CASE("a new devicePixelRatio keeps the world point at the anchor") {
    ViewTransform t{{80, 90}, 1.5f, 17};
    const Point corner{10, 20};
    const Point before = t.toWorld(corner);
    t.setUnit(34, corner);
    CHECK(t.unit == 34);
    CHECK(t.zoom == 1.5f);
    checkNear(t.toWorld(corner), before);
}

TEST_CASE("panning moves the world by the drag, in screen pixels") {
    ViewTransform t{{0, 0}, 2, 17};
    const Point world{3, 4};
    const Point was = t.toScreen(world);
    t.panBy({25, -10});
    checkNear(t.toScreen(world), {was.x + 25, was.y - 10});
}

TEST_CASE("fit shows the world whole and centred, at most at the zoom asked") {
    const Box screen{{0, 100}, {1280, 720}};
    const Box world{{0, 0}, {100, 40}};
    const ViewTransform t = fitTransform(world, screen, 17, 20, kMaxZoom);
    const Box drawn = t.toScreen(world);
    CHECK(drawn.min.x >= 20 - 1e-3f);
    CHECK(drawn.max.x <= 1260 + 1e-3f);
    CHECK(drawn.min.y >= 120 - 1e-3f);
    CHECK(drawn.max.y <= 700 + 1e-3f);
    // One axis is filled up to the margins, and the drawing is centred.
    CHECK(drawn.width() == doctest::Approx(1240));
    CHECK(drawn.center().y == doctest::Approx(410));
    // A small world is not blown up past the zoom asked for.
    const ViewTransform small = fitTransform({{0, 0}, {5, 2}}, screen, 17, 20, 1);
    CHECK(small.zoom == 1);
    checkNear(small.toScreen(Point{2.5f, 1}), screen.center());
}

TEST_CASE("a world too big for the least zoom shows its top-left start") {
    const Box screen{{0, 0}, {1280, 720}};
    const ViewTransform t = fitTransform({{0, 0}, {60, 20000}}, screen, 17, 20);
    CHECK(t.zoom == kMinZoom);
    CHECK(t.toScreen(Point{0, 0}).y == doctest::Approx(20));
}
