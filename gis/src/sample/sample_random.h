#pragma once

#include <cstdint>
#include <random>

namespace seatplan::gis::sample {

/**
 * The sample generator's random source: std::mt19937_64 (whose output sequence the C++
 * standard fixes) with uniform and normal draws written here, because the std distributions
 * may differ between standard-library versions and the sample must be byte-reproducible.
 * One instance per generation stage (see fork()); not thread-safe.
 */
class SampleRandom {
public:
    explicit SampleRandom(std::uint64_t seed);

    /// Returns an independent stream for a named stage, so that changing one stage does not
    /// shift the draws of the others.
    SampleRandom fork(std::uint64_t salt) const;

    /// Returns a uniform double in [0, 1) built from the top 53 bits of one engine draw.
    double uniform();
    /// Returns a uniform double in [lo, hi).
    double uniform(double lo, double hi);
    /// Returns a uniform integer in [lo, hi] (both included).
    int uniformInt(int lo, int hi);
    /// Returns a normal draw (Box-Muller, no cached second value).
    double normal(double mean, double sd);
    /// Returns true with probability p.
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_seed;
    std::mt19937_64 m_engine;
};

} // namespace seatplan::gis::sample
