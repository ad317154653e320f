#!/usr/bin/env bash
# Configures (once) and builds SeatPlan into BUILD_DIR (default: build), Release with debug info.
# Ninja when present; -Werror when CI is set. Extra CMake options: SEATPLAN_CMAKE_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    # shellcheck disable=SC2086
    cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSEATPLAN_WERROR=$werror ${SEATPLAN_CMAKE_ARGS:-}
fi
cmake --build "$build_dir" --parallel "$(nproc)"
