#pragma once

namespace seatplan::gis::sample {

/// A lon/lat pair in degrees.
struct LonLat {
    double lon = 0;
    double lat = 0;
};

/// Returns the GCJ-02 ("Mars") position of a WGS84 point inside China (the published
/// obfuscation formula; outside China it returns the input).
LonLat wgs84ToGcj02(LonLat wgs);

/// Returns the WGS84 position whose GCJ-02 position is `gcj`, by fixed-point iteration of
/// wgs84ToGcj02 (error < 1 cm after a few rounds).
LonLat gcj02ToWgs84(LonLat gcj);

} // namespace seatplan::gis::sample
