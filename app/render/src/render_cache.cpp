#include "seatplan/render/render_cache.h"

namespace seatplan::render {

QImage RenderCache::lookup(
    const QString& id, std::uint64_t revision, const MapTransform& transform) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->revision != revision || it->transform != transform)
        return {};
    return it->image;
}

void RenderCache::insert(
    const QString& id, std::uint64_t revision, const MapTransform& transform, const QImage& image)
{
    m_entries.insert(id, Entry { revision, transform, image });
}

} // namespace seatplan::render
