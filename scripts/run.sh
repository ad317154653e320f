#!/usr/bin/env bash
# Starts SeatPlan on the bundled sample project; without a display, runs the headless main
# job (seatplan-cli on the sample project) and says where its outputs went.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
bin="$build_dir/bin"
sample=data/meizhou.gpkg

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display (DISPLAY and WAYLAND_DISPLAY unset): running the headless job"
    if [ ! -f "$sample" ]; then
        "$bin/seatplan-cli" version
        echo "run: the sample project $sample is not there yet; nothing else to run"
        exit 0
    fi
    out=out
    mkdir -p "$out"
    "$bin/seatplan-cli" analyze "$sample" --format json -o "$out/meizhou-analysis.json"
    "$bin/seatplan-cli" annex "$sample" -o "$out/meizhou-annex.pdf"
    echo "run: analysis written to $out/meizhou-analysis.json"
    echo "run: planning annex written to $out/meizhou-annex.pdf (tables also as .xlsx and .csv in $out/)"
    exit 0
fi

if [ -f "$sample" ]; then
    exec "$bin/seatplan" "$sample"
fi
exec "$bin/seatplan"
