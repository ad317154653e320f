#include "seatplan/gis/import_report.h"

namespace seatplan::gis {

std::string ImportReport::text() const
{
    std::string out;
    const auto line = [&out](const std::string& text) { out += text + "\n"; };
    line("source: " + source + (sourceLayer.empty() ? "" : " (layer " + sourceLayer + ")"));
    if (!encoding.empty())
        line("encoding: " + encoding);
    if (!sourceCrs.empty())
        line("source CRS: " + sourceCrs + (crsGuessed ? " (GUESSED: " + crsReason + ")" : ""));
    if (!correction.empty())
        line("correction: " + correction);
    line("features: " + std::to_string(featuresRead) + " read, " + std::to_string(featuresWritten)
        + " written");
    for (const std::string& m : mapped)
        line("field " + m);
    if (!unmapped.empty()) {
        std::string list;
        for (const std::string& u : unmapped)
            list += (list.empty() ? "" : ", ") + u;
        line("not found in the source (left empty): " + list);
    }
    if (placement && placement->verdict != Placement::Verdict::Fine)
        line("WARNING: " + placement->message(source, sourceLayer));
    for (const std::string& note : notes)
        line("note: " + note);
    constexpr std::size_t kShownRepairs = 50;
    for (std::size_t i = 0; i < repairs.size() && i < kShownRepairs; ++i)
        line("repair: feature " + std::to_string(repairs[i].fid) + ": " + repairs[i].problem
            + " -> " + repairs[i].fix);
    if (repairs.size() > kShownRepairs)
        line("repair: ... and " + std::to_string(repairs.size() - kShownRepairs) + " more");
    return out;
}

} // namespace seatplan::gis
