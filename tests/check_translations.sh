#!/usr/bin/env bash
# Checks that every translatable string of each app library is in its zh_CN .ts file and
# translated: runs lupdate over the sources into a scratch copy and fails on any entry that
# is new or unfinished.
set -u
root=$1
lupdate=${2:-lupdate}
status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

declare -A sources=(
    [seatplan_cli]="app/cli"
    [seatplan_ui]="app/ui app/desktop"
    [seatplan_render]="app/render"
)
for name in "${!sources[@]}"; do
    ts="$root/resources/translations/${name}_zh_CN.ts"
    if [ ! -f "$ts" ]; then
        echo "translations: $ts is missing"
        status=1
        continue
    fi
    cp "$ts" "$scratch/$name.ts"
    dirs=()
    for d in ${sources[$name]}; do dirs+=("$root/$d"); done
    "$lupdate" -silent -locations none -extensions cpp,h -I "$root/app/ui/include" "${dirs[@]}" -ts "$scratch/$name.ts" \
        >/dev/null 2>&1 || { echo "translations: lupdate failed for $name"; status=1; continue; }
    unfinished=$(grep -c 'type="unfinished"' "$scratch/$name.ts")
    if [ "$unfinished" -gt 0 ]; then
        echo "translations: ${name}_zh_CN.ts: $unfinished message(s) new or unfinished:"
        grep -B3 'type="unfinished"' "$scratch/$name.ts" | grep '<source>' | head -20
        echo "  run scripts/update-translations.sh and translate them"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: all messages translated"
exit $status
