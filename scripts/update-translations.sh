#!/usr/bin/env bash
# Refreshes resources/translations/*_zh_CN.ts from the sources with Qt's lupdate.
# New messages arrive as "unfinished": translate them (Qt Linguist, or edit the XML).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
dir=resources/translations
"$lupdate" -locations none -extensions cpp,h app/cli -ts $dir/seatplan_cli_zh_CN.ts
"$lupdate" -locations none -extensions cpp,h -I app/ui/include app/ui app/desktop -ts $dir/seatplan_ui_zh_CN.ts
"$lupdate" -locations none -extensions cpp,h app/render -ts $dir/seatplan_render_zh_CN.ts
# lupdate writes apostrophes as &apos;; the files keep a plain ' (valid XML, which Linguist
# reads alike), so that a refresh shows only the messages it changed.
for ts in $dir/seatplan_*_zh_CN.ts; do
    sed -i "s/&apos;/'/g" "$ts"
done
