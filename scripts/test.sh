#!/usr/bin/env bash
# Runs the whole test suite with CTest (GUI tests offscreen); non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 600
