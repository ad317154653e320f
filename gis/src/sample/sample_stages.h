#pragma once
// The stages of the sample generator, run in this order by buildSampleProject(). Each stage
// reads what the earlier ones filled in and draws from its own random stream.

#include "sample_model.h"
#include "sample_random.h"

#include <string>

namespace seatplan::gis {
class Project;
}

namespace seatplan::gis::sample {

/// Real: imports the DataV county polygons into `store` through gis::importFile (GCJ-02
/// corrected, projected to EPSG:4548) and reads them back; returns the import report text.
std::string loadCounties(SampleProject& project, Project& store);
/// Generated: township seeds and polygons (Voronoi per county), urban flags, target
/// populations that sum to each county's census total with its urban share.
void generateTowns(SampleProject& project, SampleRandom random);
/// Generated: zones (village/community cells, Voronoi per township), ~2000 × scale.
void generateZones(SampleProject& project, SampleRandom random, int scale);
/// Generated: the population grid, zone populations (its sums) and zone cohorts.
void generatePopulation(SampleProject& project, SampleRandom random, int scale);
/// Real 2021/2022 city births split over counties; 2014-2020 from the census ages.
void generateBirths(SampleProject& project);
/// Generated: schools and education groups following school-age population.
void generateSchools(SampleProject& project, SampleRandom random, int scale);
/// Generated: enrolment by grade 2016-2020 consistent with the birth cohorts.
void generateEnrolment(SampleProject& project, SampleRandom random);
/// Generated: base catchments, nearest school per level within each county (Voronoi).
void generateCatchments(SampleProject& project);
/// Generated: reserved school plots and residential developments.
void generatePlotsAndDevelopments(SampleProject& project, SampleRandom random);
/// Generated: `count` land-use polygons (grid squares clipped to counties) and schematic roads.
void generateLandUseAndRoads(SampleProject& project, SampleRandom random, int count);

/// Returns the county's short name (梅江区 -> 梅江, 兴宁市 -> 兴宁) for school names.
std::string shortCountyName(const std::string& name);

} // namespace seatplan::gis::sample
