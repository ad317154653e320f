#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/; every figure is printed with its unit.
# The Meizhou-scale data the targets were measured on is made once into bench-data/ by
# ../shared/bench/make_bench_data.py (Debian's python3 has GDAL's bindings; about 35 s).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
shared=${SEATPLAN_SHARED_DIR:-../shared}

if [ ! -f bench-data/landuse.gpkg ]; then
    if [ ! -f "$shared/bench/make_bench_data.py" ]; then
        echo "bench: $shared/bench/make_bench_data.py not found; put shared/ beside the checkout" >&2
        exit 1
    fi
    echo "bench: making the benchmark data in bench-data/ (once)"
    /usr/bin/python3 "$shared/bench/make_bench_data.py" bench-data
fi
cmake --build "$build_dir" --target bench
