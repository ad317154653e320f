#pragma once

#include "seatplan/render/map_transform.h"

#include <QHash>
#include <QImage>
#include <QString>

#include <cstdint>

namespace seatplan::render {

/**
 * Rendered images of single layers, keyed by layer id, layer revision and view. A layer whose
 * data and style did not change since the last render of the same view is not painted again:
 * toggling, restyling or re-thematising one layer repaints only that layer.
 * Keeps one image per layer (the latest view). GUI thread only.
 */
class RenderCache {
public:
    /// Returns the cached image of layer `id` at `revision` for `transform`, or a null image.
    QImage lookup(const QString& id, std::uint64_t revision, const MapTransform& transform) const;
    /// Stores the image of layer `id` (replacing any other image of that layer).
    void insert(const QString& id, std::uint64_t revision, const MapTransform& transform,
        const QImage& image);
    /// Drops the image of layer `id`.
    void invalidate(const QString& id) { m_entries.remove(id); }
    void clear() { m_entries.clear(); }
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry {
        std::uint64_t revision = 0;
        MapTransform transform;
        QImage image;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace seatplan::render
