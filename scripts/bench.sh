#!/usr/bin/env bash
# Builds and runs the benchmarks in bench/; every figure is printed with its unit.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
cmake --build "$build_dir" --target bench
