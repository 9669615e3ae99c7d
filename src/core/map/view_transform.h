#pragma once
// A canvas's view: where the world (a layout measured in em) lands on the screen (pixels). One
// transform serves drawing and hit testing, so what is drawn is what is clicked at every zoom
// and devicePixelRatio (the node editors' habit, ../shared/docs/style.md).
namespace waymark {

struct Point {
    float x = 0, y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

// An axis-aligned rectangle, min inclusive, max exclusive.
struct Box {
    Point min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    Point center() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
    bool contains(Point p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    bool overlaps(const Box& o) const { return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y; }
    friend bool operator==(const Box&, const Box&) = default;
};

inline constexpr float kMinZoom = 0.1f;  // 10%: a thousand goals fit a projector
inline constexpr float kMaxZoom = 4.0f;  // 400%: one card fills a phone

// zoom held to [kMinZoom, kMaxZoom]; a zoom that is not a finite positive number gives 1.
float clampZoom(float zoom);

struct ViewTransform {
    Point origin;    // where the world's (0, 0) is drawn, in screen pixels
    float zoom = 1;  // 1 = 100%
    float unit = 1;  // pixels per world unit at 100%: the font size, devicePixelRatio included

    // Screen pixels per world unit.
    float scale() const { return zoom * unit; }
    Point toScreen(Point world) const { return {origin.x + world.x * scale(), origin.y + world.y * scale()}; }
    Point toWorld(Point screen) const { return {(screen.x - origin.x) / scale(), (screen.y - origin.y) / scale()}; }
    Box toScreen(const Box& world) const { return {toScreen(world.min), toScreen(world.max)}; }
    Box toWorld(const Box& screen) const { return {toWorld(screen.min), toWorld(screen.max)}; }
    // Sets the zoom (clamped) so the world point under `screen` stays under it.
    void zoomAbout(Point screen, float newZoom);
    // Moves the world by delta screen pixels (a drag).
    void panBy(Point delta) { origin = {origin.x + delta.x, origin.y + delta.y}; }
    // Takes a new unit (the font size or devicePixelRatio changed), keeping the world point
    // under `anchor` (a screen point, e.g. the canvas's corner) under it.
    void setUnit(float newUnit, Point anchor);
};

// The transform that shows `world` whole and centred in `screen`, `margin` pixels inside each
// edge, at the largest zoom up to maxZoom; at least kMinZoom, where a huge world overflows and
// its top-left start is shown instead.
ViewTransform fitTransform(const Box& world, const Box& screen, float unit, float margin, float maxZoom = kMaxZoom);

}  // namespace waymark
