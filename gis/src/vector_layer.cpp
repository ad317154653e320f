#include "seatplan/gis/vector_layer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace seatplan::gis {

void Extent::include(double x, double y)
{
    minX = std::min(minX, x);
    minY = std::min(minY, y);
    maxX = std::max(maxX, x);
    maxY = std::max(maxY, y);
}

void Extent::include(const Extent& other)
{
    if (other.isEmpty())
        return;
    include(other.minX, other.minY);
    include(other.maxX, other.maxY);
}

bool Extent::intersects(const Extent& other) const
{
    return !isEmpty() && !other.isEmpty() && minX <= other.maxX && other.minX <= maxX
        && minY <= other.maxY && other.minY <= maxY;
}

Extent Geometry::extent() const
{
    Extent box;
    for (const Coord& c : coords)
        box.include(c.x, c.y);
    return box;
}

Geometry Geometry::point(double x, double y)
{
    Geometry g;
    g.addPoint(x, y);
    return g;
}

namespace {
    void startPart(Geometry& g, GeometryKind kind)
    {
        g.kind = kind;
        if (g.rings.empty())
            g.rings.push_back(0);
        if (g.parts.empty())
            g.parts.push_back(0);
    }
    void endRing(Geometry& g)
    {
        g.rings.push_back(static_cast<std::uint32_t>(g.coords.size()));
    }
    void endPart(Geometry& g)
    {
        g.parts.push_back(static_cast<std::uint32_t>(g.rings.size() - 1));
    }
} // namespace

void Geometry::addPoint(double x, double y)
{
    startPart(*this, GeometryKind::Point);
    coords.push_back({ x, y });
    endRing(*this);
    endPart(*this);
}

void Geometry::addLine(const std::vector<Coord>& line)
{
    startPart(*this, GeometryKind::Line);
    coords.insert(coords.end(), line.begin(), line.end());
    endRing(*this);
    endPart(*this);
}

void Geometry::addPolygon(const std::vector<std::vector<Coord>>& shellThenHoles)
{
    startPart(*this, GeometryKind::Polygon);
    for (const auto& ring : shellThenHoles) {
        coords.insert(coords.end(), ring.begin(), ring.end());
        if (!ring.empty() && (ring.front().x != ring.back().x || ring.front().y != ring.back().y))
            coords.push_back(ring.front());
        endRing(*this);
    }
    endPart(*this);
}

std::string toText(const FieldValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        std::ostringstream out;
        out.precision(15);
        out << *d;
        return out.str();
    }
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    return {};
}

std::optional<double> toDouble(const FieldValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* s = std::get_if<std::string>(&value)) {
        const char* begin = s->c_str();
        while (*begin == ' ')
            ++begin;
        char* end = nullptr;
        const double parsed = std::strtod(begin, &end);
        if (end == begin)
            return std::nullopt;
        while (*end == ' ')
            ++end;
        if (*end != '\0')
            return std::nullopt;
        return parsed;
    }
    return std::nullopt;
}

std::optional<std::int64_t> toInt64(const FieldValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return *i;
    const auto d = toDouble(value);
    if (!d || !std::isfinite(*d))
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(*d));
}

Extent VectorLayer::extent() const
{
    Extent box;
    for (const Feature& f : features)
        box.include(f.geometry.extent());
    return box;
}

int VectorLayer::fieldIndex(const std::string& fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == fieldName)
            return static_cast<int>(i);
    }
    return -1;
}

int VectorLayer::addField(const std::string& fieldName, FieldType type)
{
    const int existing = fieldIndex(fieldName);
    if (existing >= 0)
        return existing;
    fields.push_back({ fieldName, type });
    for (Feature& f : features)
        f.values.resize(fields.size());
    return static_cast<int>(fields.size() - 1);
}

const FieldValue& VectorLayer::value(std::size_t featureIndex, const std::string& fieldName) const
{
    static const FieldValue kNull;
    const int index = fieldIndex(fieldName);
    if (index < 0 || featureIndex >= features.size())
        return kNull;
    const auto& values = features[featureIndex].values;
    return static_cast<std::size_t>(index) < values.size() ? values[index] : kNull;
}

void VectorLayer::setValue(Feature& feature, const std::string& fieldName, FieldValue value) const
{
    const int index = fieldIndex(fieldName);
    if (index < 0)
        return;
    if (feature.values.size() < fields.size())
        feature.values.resize(fields.size());
    feature.values[index] = std::move(value);
}

std::int64_t VectorLayer::indexOfFid(std::int64_t fid) const
{
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (features[i].fid == fid)
            return static_cast<std::int64_t>(i);
    }
    return -1;
}

} // namespace seatplan::gis
