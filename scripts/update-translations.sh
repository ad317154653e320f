#!/usr/bin/env bash
# Refreshes resources/translations/*_zh_CN.ts from the sources with Qt's lupdate.
# New messages arrive as "unfinished": translate them (Qt Linguist, or edit the XML).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -locations none -extensions cpp,h app/cli -ts resources/translations/seatplan_cli_zh_CN.ts
"$lupdate" -locations none -extensions cpp,h -I app/ui/include app/ui app/desktop -ts resources/translations/seatplan_ui_zh_CN.ts
"$lupdate" -locations none -extensions cpp,h app/render -ts resources/translations/seatplan_render_zh_CN.ts
