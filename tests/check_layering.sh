#!/usr/bin/env bash
# Fails, naming each file, when core/ includes Qt, GDAL/OGR/CPL, GEOS, PROJ or SQLite headers,
# or gis/ includes Qt. (ARCHITECTURE.md: app -> gis -> core; core std-only; gis Qt-free.)
set -u
root=${1:-.}
status=0

banned_core='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]|qt|gdal|ogr|cpl_|geos|proj\.h|proj/|sqlite3)'
banned_gis='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]|qt)'
banned_gis_public='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gdal|ogr|cpl_|geos|proj\.h|proj/|sqlite3)'

check() {
    local dir=$1 pattern=$2 what=$3
    [ -d "$root/$dir" ] || return 0
    while IFS= read -r hit; do
        echo "layering: $hit: $what"
        status=1
    done < <(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.in' \
        "$pattern" "$root/$dir" | sed "s#^$root/##")
}

check core "$banned_core" "core/ may use only the C++ standard library"
check gis "$banned_gis" "gis/ must not include Qt"
check gis/include "$banned_gis_public" "public gis headers must not include C library headers (use pimpl)"

if [ $status -eq 0 ]; then
    echo "layering: core is std-only, gis is Qt-free, public gis headers are clean"
fi
exit $status
