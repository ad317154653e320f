#!/usr/bin/env bash
# Installs the Debian 12 packages SeatPlan needs to build, run and test.
# Idempotent: installs only what is missing, and runs `apt-get update` once, only then.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ ccache pkg-config
    # Qt 6: widgets, translations (lrelease/lupdate), SVG icons, charts
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    qt6-translations-l10n libgl-dev libqt6opengl6-dev clang-format
    # GIS stack and storage
    libgdal-dev gdal-bin libgeos-dev libproj-dev proj-bin libsqlite3-dev sqlite3
    # exact MILP for small siting problems
    libglpk-dev
    # tests and benchmarks
    catch2 libbenchmark-dev
    # fonts for Chinese text in the GUI and the annex PDF
    fonts-noto-cjk fonts-liberation2
    # headless GUI runs and PDF checks
    xvfb xauth poppler-utils xdotool
    # GeoPackage validation (GDAL's validate_gpkg.py) and benchmark data
    python3-gdal python3-numpy
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
