#include "sample_geometry.h"
#include "sample_stages.h"
#include "sample_writer.h"

namespace seatplan::gis::sample {

void generateCatchments(SampleProject& project)
{
    int nextId = 1;
    for (std::size_t c = 0; c < project.counties.size(); ++c) {
        for (const char* level : { "primary", "junior" }) {
            const bool primary = std::string(level) == "primary";
            std::vector<Xy> seeds;
            std::vector<std::string> ids;
            std::vector<const School*> points;
            for (const auto& school : project.schools) {
                if (project.towns[school.town].county != c || school.openingYear)
                    continue;
                if ((primary ? school.studentsPrimary : school.studentsJunior) <= 0)
                    continue;
                // A teaching point serves a few hamlets inside a full school's area: it shares
                // that school's catchment (多校划片) instead of getting a cell of its own.
                if (school.level == SchoolLevel::TeachingPoint) {
                    points.push_back(&school);
                    continue;
                }
                // Schools at the same spot share one catchment as well.
                bool merged = false;
                for (std::size_t i = 0; i < seeds.size() && !merged; ++i)
                    if (distance2(seeds[i], school.location) < 1.0) {
                        ids[i] += "," + schoolId(school.id);
                        merged = true;
                    }
                if (!merged) {
                    seeds.push_back(school.location);
                    ids.push_back(schoolId(school.id));
                }
            }
            if (seeds.empty())
                continue;
            auto cells = voronoiCells(seeds, *project.counties[c].geometry);
            for (const School* point : points) {
                std::size_t nearest = 0;
                for (std::size_t i = 0; i < seeds.size(); ++i)
                    if (distance2(seeds[i], point->location)
                        < distance2(seeds[nearest], point->location))
                        nearest = i;
                ids[nearest] += "," + schoolId(point->id);
            }
            for (std::size_t i = 0; i < seeds.size(); ++i)
                project.catchments.push_back({ nextId++, level, ids[i], std::move(cells[i]) });
        }
    }
}

} // namespace seatplan::gis::sample
