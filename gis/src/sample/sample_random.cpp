#include "sample_random.h"

#include <cmath>
#include <numbers>

namespace seatplan::gis::sample {

namespace {

    // SplitMix64 finaliser: spreads a seed and a salt into an unrelated engine seed.
    std::uint64_t mix(std::uint64_t value)
    {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }

} // namespace

SampleRandom::SampleRandom(std::uint64_t seed)
    : m_seed(seed)
    , m_engine(seed)
{
}

SampleRandom SampleRandom::fork(std::uint64_t salt) const
{
    return SampleRandom(mix(m_seed ^ mix(salt)));
}

double SampleRandom::uniform()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double SampleRandom::uniform(double lo, double hi)
{
    return lo + (hi - lo) * uniform();
}

int SampleRandom::uniformInt(int lo, int hi)
{
    const auto span = static_cast<double>(hi - lo + 1);
    const int value = lo + static_cast<int>(std::floor(uniform() * span));
    return value > hi ? hi : value;
}

double SampleRandom::normal(double mean, double sd)
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace seatplan::gis::sample
