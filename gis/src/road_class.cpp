#include "seatplan/gis/road_class.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace seatplan::gis {

namespace {

    bool containsAny(const std::string& text, std::initializer_list<std::string_view> words)
    {
        return std::any_of(words.begin(), words.end(),
            [&](std::string_view w) { return text.find(w) != std::string::npos; });
    }

} // namespace

RoadClass roadClassOfValue(const std::string& value)
{
    std::string v = value;
    std::transform(v.begin(), v.end(), v.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Order matters: "高速铁路" is a railway, "快速路" an expressway.
    if (containsAny(v, { "rail", "铁路", "轨道", "地铁" }))
        return RoadClass::Railway;
    if (containsAny(v, { "expressway", "motorway", "freeway", "高速", "快速路" }))
        return RoadClass::Expressway;
    if (containsAny(v, { "arterial", "trunk", "primary", "主干", "国道", "省道" }))
        return RoadClass::Arterial;
    return RoadClass::Local;
}

RoadClass roadClassOf(const VectorLayer& roads, std::size_t featureIndex)
{
    const char* field = roads.fieldIndex("kind") >= 0 ? "kind" : "class";
    return roadClassOfValue(toText(roads.value(featureIndex, field)));
}

} // namespace seatplan::gis
