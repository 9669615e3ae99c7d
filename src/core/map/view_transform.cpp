#include "core/map/view_transform.h"

#include <algorithm>
#include <cmath>

namespace waymark {

float clampZoom(float zoom) {
    if (!std::isfinite(zoom) || zoom <= 0) return 1;
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

void ViewTransform::zoomAbout(Point screen, float newZoom) {
    const Point fixed = toWorld(screen);
    zoom = clampZoom(newZoom);
    origin = {screen.x - fixed.x * scale(), screen.y - fixed.y * scale()};
}

void ViewTransform::setUnit(float newUnit, Point anchor) {
    if (!std::isfinite(newUnit) || newUnit <= 0) return;
    const Point fixed = toWorld(anchor);
    unit = newUnit;
    origin = {anchor.x - fixed.x * scale(), anchor.y - fixed.y * scale()};
}

ViewTransform fitTransform(const Box& world, const Box& screen, float unit, float margin, float maxZoom) {
    ViewTransform t;
    t.unit = unit > 0 && std::isfinite(unit) ? unit : 1;
    const float roomX = std::max(1.0f, screen.width() - 2 * margin), roomY = std::max(1.0f, screen.height() - 2 * margin);
    const float w = std::max(world.width(), 1e-3f), h = std::max(world.height(), 1e-3f);
    t.zoom = clampZoom(std::min({roomX / (w * t.unit), roomY / (h * t.unit), clampZoom(maxZoom)}));
    // Centred along an axis where the world fits; where it overflows (at the least zoom), its
    // start is shown, since a plan is read from its first objective.
    const auto place = [&](float worldMin, float worldSize, float screenMin, float room) {
        const float drawn = worldSize * t.scale();
        return drawn <= room ? screenMin + margin + (room - drawn) / 2 - worldMin * t.scale()
                             : screenMin + margin - worldMin * t.scale();
    };
    t.origin = {place(world.min.x, w, screen.min.x, roomX), place(world.min.y, h, screen.min.y, roomY)};
    return t;
}

}  // namespace waymark
