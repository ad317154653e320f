#include "seatplan/ui/tools/catchment_edits.h"

#include <algorithm>
#include <set>

namespace seatplan::ui {

std::vector<core::Catchment> effectiveCatchments(
    const core::PlanningInputs& inputs, const core::Scenario& scenario)
{
    std::vector<core::Catchment> out = inputs.catchments;
    for (const core::ScenarioEdit& edit : scenario.edits) {
        const auto* ce = std::get_if<core::CatchmentEdit>(&edit);
        if (!ce)
            continue;
        const auto found = std::find_if(out.begin(), out.end(),
            [&](const core::Catchment& c) { return c.id == ce->catchment.id; });
        if (ce->remove) {
            if (found != out.end())
                out.erase(found);
        } else if (found != out.end()) {
            *found = ce->catchment;
        } else {
            out.push_back(ce->catchment);
        }
    }
    return out;
}

const core::Catchment* findCatchment(
    const std::vector<core::Catchment>& catchments, const std::string& id)
{
    for (const core::Catchment& c : catchments)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::vector<std::string> zoneIdsOf(const core::Catchment& catchment)
{
    std::vector<std::string> ids;
    for (const core::ZoneShare& z : catchment.zones)
        ids.push_back(z.zoneId);
    return ids;
}

const core::Catchment* catchmentOfZone(
    const std::vector<core::Catchment>& catchments, const std::string& zoneId, core::Level level)
{
    const core::Catchment* best = nullptr;
    double bestShare = 0;
    for (const core::Catchment& c : catchments) {
        if (c.level != level)
            continue;
        for (const core::ZoneShare& z : c.zones)
            if (z.zoneId == zoneId && z.share > bestShare) {
                best = &c;
                bestShare = z.share;
            }
    }
    return best;
}

CatchmentChange assignZones(const std::vector<core::Catchment>& catchments,
    const std::string& targetId, const std::vector<std::string>& zoneIds)
{
    CatchmentChange change;
    const core::Catchment* target = findCatchment(catchments, targetId);
    if (!target)
        return change;
    if (target->locked) {
        change.targetLocked = true;
        return change;
    }
    std::set<std::string> moving(zoneIds.begin(), zoneIds.end());
    // Zones that a locked catchment of the level holds stay where they are.
    for (const core::Catchment& c : catchments) {
        if (!c.locked || c.level != target->level || c.id == targetId)
            continue;
        for (const core::ZoneShare& z : c.zones)
            if (moving.erase(z.zoneId))
                change.lockedZones.push_back(z.zoneId);
    }
    if (moving.empty())
        return change;

    core::Catchment grown = *target;
    for (const std::string& id : moving) {
        const auto found = std::find_if(grown.zones.begin(), grown.zones.end(),
            [&](const core::ZoneShare& z) { return z.zoneId == id; });
        if (found == grown.zones.end())
            grown.zones.push_back({ id, 1.0 });
        else
            found->share = 1.0;
    }
    if (!(grown == *target))
        change.edits.push_back({ std::move(grown), false });
    for (const core::Catchment& c : catchments) {
        if (c.id == targetId || c.level != target->level)
            continue;
        core::Catchment shrunk = c;
        std::erase_if(
            shrunk.zones, [&](const core::ZoneShare& z) { return moving.count(z.zoneId); });
        if (shrunk.zones.size() != c.zones.size())
            change.edits.push_back({ std::move(shrunk), false });
    }
    return change;
}

CatchmentChange splitCatchment(const core::Catchment& source,
    const std::vector<std::string>& zonesOut, const std::string& newId,
    const std::vector<core::SchoolShare>& newSchools,
    const std::vector<core::SchoolShare>& keptSchools)
{
    CatchmentChange change;
    if (source.locked) {
        change.targetLocked = true;
        return change;
    }
    const std::set<std::string> out(zonesOut.begin(), zonesOut.end());
    core::Catchment kept = source;
    if (!keptSchools.empty())
        kept.schools = keptSchools;
    core::Catchment split;
    split.id = newId;
    split.level = source.level;
    split.schools = newSchools.empty() ? source.schools : newSchools;
    std::erase_if(kept.zones, [&](const core::ZoneShare& z) {
        if (!out.count(z.zoneId))
            return false;
        split.zones.push_back(z);
        return true;
    });
    if (split.zones.empty() || kept.zones.empty())
        return change; // a split that leaves one side empty is no split
    change.edits.push_back({ std::move(kept), false });
    change.edits.push_back({ std::move(split), false });
    return change;
}

CatchmentChange mergeCatchments(const core::Catchment& target, const core::Catchment& other)
{
    CatchmentChange change;
    if (target.locked || other.locked || target.id == other.id || target.level != other.level) {
        change.targetLocked = target.locked || other.locked;
        return change;
    }
    core::Catchment merged = target;
    for (const core::ZoneShare& z : other.zones) {
        const auto found = std::find_if(merged.zones.begin(), merged.zones.end(),
            [&](const core::ZoneShare& m) { return m.zoneId == z.zoneId; });
        if (found == merged.zones.end())
            merged.zones.push_back(z);
        else
            found->share = std::min(1.0, found->share + z.share);
    }
    for (const core::SchoolShare& s : other.schools) {
        const bool known = std::any_of(merged.schools.begin(), merged.schools.end(),
            [&](const core::SchoolShare& m) { return m.schoolId == s.schoolId; });
        if (!known)
            merged.schools.push_back(s);
    }
    change.edits.push_back({ std::move(merged), false });
    change.edits.push_back({ other, true });
    return change;
}

std::string unusedCatchmentId(
    const std::vector<core::Catchment>& catchments, const std::string& stem)
{
    for (int n = 2;; ++n) {
        std::string id = stem + "-" + std::to_string(n);
        if (!findCatchment(catchments, id))
            return id;
    }
}

} // namespace seatplan::ui
