<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>--format must be table, json or csv, not '%1'</source>
        <translation>--format 只能是 table、json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>--years must look like 2021-2035 or 2025, not '%1'</source>
        <translation>--years 的格式应为 2021-2035 或 2025，而不是“%1”</translation>
    </message>
    <message>
        <source>--years: %1 ends before it starts</source>
        <translation>--years：%1 的结束年份早于起始年份</translation>
    </message>
    <message>
        <source>Project demand and compare it with seats, year by year (JSON input; see README).</source>
        <translation>逐年预测学位需求并与学位供给对比（JSON 输入，见 README）。</translation>
    </message>
    <message>
        <source>The project to analyse.</source>
        <translation>要分析的项目。</translation>
    </message>
    <message>
        <source>The scenario to analyse.</source>
        <translation>要分析的方案。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The years to report, e.g. 2021-2035 (default: base year to last year).</source>
        <translation>输出的年份范围，如 2021-2035（默认：基期年至末年）。</translation>
    </message>
    <message>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>输出格式：table、json 或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>expected one project, got %1</source>
        <translation>应指定一个项目，实际为 %1 个</translation>
    </message>
    <message>
        <source>cannot write '%1': %2</source>
        <translation type="vanished">无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 school rows, %3 flags</source>
        <translation>已写入 %1：学校行 %2 条，提示 %3 条</translation>
    </message>
    <message>
        <source>unknown scenario '%1' (the project has: %2)</source>
        <translation>未知方案“%1”（项目中的方案：%2）</translation>
    </message>
</context>
<context>
    <name>AnnexCommand</name>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>已写入 %1（%2 页）</translation>
    </message>
    <message>
        <source>Write the planning annex: PDF tables, charts and maps, and XLSX/CSV tables.</source>
        <translation>生成规划附件：PDF 附表、图表和图集，以及 XLSX/CSV 表格。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>Scenario to print (default: base).</source>
        <translation>要输出的情景（默认：base）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plan period (default: 2021-2025).</source>
        <translation>规划期（默认：2021-2025）。</translation>
    </message>
    <message>
        <source>FIRST-LAST</source>
        <translation>起始-结束</translation>
    </message>
    <message>
        <source>Only this county (6-digit code); repeat for several.</source>
        <translation>仅输出该县（市、区）（6位代码）；可重复指定多个。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Language of the annex: zh or en (default: the message language).</source>
        <translation type="vanished">附件语言：zh 或 en（默认：与提示信息语言一致）。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>Also write one PDF per county.</source>
        <translation>另为每个县（市、区）各输出一份 PDF。</translation>
    </message>
    <message>
        <source>Add one map page per town to the atlas.</source>
        <translation>图集中为每个镇（街）增加一幅图。</translation>
    </message>
    <message>
        <source>Paper: a4 (default) or a3, landscape.</source>
        <translation>纸张：a4（默认）或 a3，横向。</translation>
    </message>
    <message>
        <source>a4|a3</source>
        <translation>a4|a3</translation>
    </message>
    <message>
        <source>The PDF to write; the spreadsheets go beside it.</source>
        <translation>输出的 PDF 文件；表格文件写在同一目录。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>必须指定 -o FILE</translation>
    </message>
    <message>
        <source>--years must look like 2021-2025</source>
        <translation>--years 的格式应为 2021-2025</translation>
    </message>
    <message>
        <source>--paper must be a4 or a3</source>
        <translation>--paper 只能是 a4 或 a3</translation>
    </message>
    <message>
        <source>the project has no scenario '%1'</source>
        <translation>项目中没有名为“%1”的方案</translation>
    </message>
    <message>
        <source>loading %1 ...</source>
        <translation>正在读取 %1 ...</translation>
    </message>
    <message>
        <source>the project has no county %1</source>
        <translation>项目中没有县（市、区）%1</translation>
    </message>
    <message>
        <source>SeatPlan analysis, scenario %1</source>
        <translation type="vanished">SeatPlan 测算，情景 %1</translation>
    </message>
    <message>
        <source>analysing %1 ...</source>
        <translation type="vanished">正在测算 %1 ...</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Language of the annex: zh or en (default: zh, the language of official annexes).</source>
        <translation>附件语言：zh 或 en（默认 zh，即正式附件所用的中文）。</translation>
    </message>
</context>
<context>
    <name>CatchmentsCommand</name>
    <message>
        <source>Draw catchments around the schools of one level: Voronoi cells clipped to each county, or whole zones to the nearest school.</source>
        <translation>按学段围绕学校划分学区：按县区裁剪的泰森多边形，或将整个小区划入最近的学校。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>voronoi (cells clipped to the county) or nearest (zones to the nearest school of their county).</source>
        <translation>voronoi（按县区裁剪的泰森多边形）或 nearest（小区划入本县区最近的学校）。</translation>
    </message>
    <message>
        <source>The school level: primary or junior.</source>
        <translation>学段：primary（小学）或 junior（初中）。</translation>
    </message>
    <message>
        <source>Write the catchments to FILE (.gpkg, .geojson, .shp, .kml, .csv, .xlsx, .fgb); without it a summary is printed.</source>
        <translation>将学区写入 FILE（.gpkg、.geojson、.shp、.kml、.csv、.xlsx、.fgb）；不指定则打印摘要。</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>unknown --method '%1' (use voronoi or nearest)</source>
        <translation>未知的 --method“%1”（请用 voronoi 或 nearest）</translation>
    </message>
    <message>
        <source>unknown --level '%1' (use primary or junior)</source>
        <translation>未知的 --level“%1”（请用 primary 或 junior）</translation>
    </message>
    <message>
        <source>drawing %1 catchments (%2) ...</source>
        <translation>正在划分%1学区（%2）……</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n school(s) of this level lie in no county and were left out.</source>
        <translation>
            <numerusform>警告：该学段有 %n 所学校不在任何县区内，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n school(s) share a location with another school and got no cell of their own.</source>
        <translation>
            <numerusform>警告：%n 所学校与其他学校位置重合，未单独划区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n county(ies) have no school of this level.</source>
        <translation>
            <numerusform>警告：%n 个县区没有该学段的学校。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n zone(s) lie in a county without a school of this level and were not assigned.</source>
        <translation>
            <numerusform>警告：%n 个小区所在县区没有该学段的学校，未划入学区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n catchment(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个学区写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catchment(s) from %1 schools:</source>
        <translation>
            <numerusform>由 %1 所学校划出 %n 个学区：</numerusform>
        </translation>
    </message>
    <message>
        <source>id	school	county	area (km2)	zones</source>
        <translation>编号	学校	县区	面积（平方千米）	小区数</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>SeatPlan (学位规划) %1: school-seat planning without a display.</source>
        <translation>学位规划 (SeatPlan) %1：无界面的学位规划命令行工具。</translation>
    </message>
    <message>
        <source>Usage: seatplan-cli [--lang zh|en] &lt;command&gt; [options] [arguments]</source>
        <translation>用法：seatplan-cli [--lang zh|en] &lt;命令&gt; [选项] [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Language of messages (default: from the locale or SEATPLAN_LANG).</source>
        <translation>提示信息的语言（默认取系统区域设置或 SEATPLAN_LANG）。</translation>
    </message>
    <message>
        <source>Run 'seatplan-cli &lt;command&gt; --help' for a command's options.</source>
        <translation>运行 'seatplan-cli &lt;命令&gt; --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal error, 2 usage error, 3 bad input data.</source>
        <translation>退出码：0 成功，1 内部错误，2 用法错误，3 输入数据有误。</translation>
    </message>
    <message>
        <source>seatplan-cli: unknown command '%1'.</source>
        <translation>seatplan-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run 'seatplan-cli --help' for the list of commands.</source>
        <translation>运行 'seatplan-cli --help' 查看命令列表。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Run 'seatplan-cli %1 --help' for usage.</source>
        <translation>运行 'seatplan-cli %1 --help' 查看用法。</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>cannot write '%1': %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>--format must be table, csv or json, not '%1'</source>
        <translation>--format 只能是 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--year must be a year like 2025, not '%1'</source>
        <translation>--year 应为年份，如 2025，而不是“%1”</translation>
    </message>
    <message>
        <source>--variant must be low, medium, high or all, not '%1'</source>
        <translation>--variant 只能是 low、medium、high 或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>Compare two scenarios: demand, utilisation and flags per school and catchment, and the zones that changed school.</source>
        <translation>比较两个方案：各学校和学区的需求、学位使用率与提示，以及改变就读学校的片区。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>The scenario to compare against.</source>
        <translation>作为比较基准的方案。</translation>
    </message>
    <message>
        <source>The scenario to compare.</source>
        <translation>要比较的方案。</translation>
    </message>
    <message>
        <source>Only this year (default: every year).</source>
        <translation>只比较该年份（默认：所有年份）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Projection variant: low, medium, high or all.</source>
        <translation>预测方案：low（低）、medium（中）、high（高）或 all（全部）。</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>预测方案</translation>
    </message>
    <message>
        <source>Also list rows that did not change.</source>
        <translation>同时列出没有变化的行。</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>输出格式：table、csv 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>expected PROJECT A B, got %1 arguments</source>
        <translation>应指定 PROJECT A B 三个参数，实际为 %1 个</translation>
    </message>
    <message>
        <source>unknown scenario '%1'</source>
        <translation>未知方案“%1”</translation>
    </message>
    <message>
        <source>cannot write '%1': %2</source>
        <translation type="vanished">无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 zones changed school, %3 flags changed</source>
        <translation>已写入 %1：%2 个片区改变就读学校，%3 条提示有变化</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Catchments</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>消除</translation>
    </message>
    <message>
        <source>Zones that changed school</source>
        <translation>改变就读学校的片区</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a project layer to a file; the format follows the extension.</source>
        <translation>将项目图层写出为文件，格式由扩展名决定。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>The layer to export, e.g. schools.</source>
        <translation>要导出的图层，例如 schools。</translation>
    </message>
    <message>
        <source>The output: .gpkg, .shp, .geojson, .kml, .csv, .xlsx or .fgb.</source>
        <translation>输出文件：.gpkg、.shp、.geojson、.kml、.csv、.xlsx 或 .fgb。</translation>
    </message>
    <message>
        <source>expected PROJECT, LAYER and FILE</source>
        <translation>需要 PROJECT、LAYER 和 FILE 三个参数</translation>
    </message>
    <message>
        <source>exporting %1 ...</source>
        <translation>正在导出 %1 ……</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a file GDAL reads into a project layer or table, with a report.</source>
        <translation>将 GDAL 可读的文件导入项目图层或数据表，并给出导入报告。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>The file to import (Shapefile, GeoJSON, GeoPackage, KML, CSV, XLSX, GeoTIFF, ...).</source>
        <translation>要导入的文件（Shapefile、GeoJSON、GeoPackage、KML、CSV、XLSX、GeoTIFF 等）。</translation>
    </message>
    <message>
        <source>What the file is: county, towns, zones, schools, catchments, plots, developments, landuse, roads, population, cohorts, births or enrolment.</source>
        <translation>文件的用途：county（县区）、towns（镇街）、zones（片区）、schools（学校）、catchments（学区）、plots（预留用地）、developments（住宅项目）、landuse（用地）、roads（道路）、population（人口栅格）、cohorts（年龄人口）、births（出生）或 enrolment（在校生）。</translation>
    </message>
    <message>
        <source>The layer (or sheet) to read in a file with several.</source>
        <translation>文件含多个图层（或工作表）时要读取的那一个。</translation>
    </message>
    <message>
        <source>Text encoding of a .dbf or CSV, e.g. GBK or UTF-8 (default: detect).</source>
        <translation>.dbf 或 CSV 的文字编码，例如 GBK 或 UTF-8（默认自动识别）。</translation>
    </message>
    <message>
        <source>The file's CRS when missing or wrong: EPSG:N, or gcj02 / bd09 for Amap/Tencent/DataV or Baidu lon/lat.</source>
        <translation>文件坐标系缺失或有误时指定：EPSG:N；高德/腾讯/DataV 经纬度用 gcj02，百度用 bd09。</translation>
    </message>
    <message>
        <source>Map a column explicitly: target=source (repeatable).</source>
        <translation type="vanished">显式指定字段对应：目标字段=源字段（可重复）。</translation>
    </message>
    <message>
        <source>Mark the layer as generated (synthetic) data in its provenance.</source>
        <translation>在来源记录中将该图层标记为生成（合成）数据。</translation>
    </message>
    <message>
        <source>expected PROJECT and FILE</source>
        <translation>需要 PROJECT 和 FILE 两个参数</translation>
    </message>
    <message>
        <source>--as is required</source>
        <translation>必须指定 --as</translation>
    </message>
    <message>
        <source>unknown --as '%1'</source>
        <translation>未知的 --as 取值“%1”</translation>
    </message>
    <message>
        <source>--field needs target=source, not '%1'</source>
        <translation>--field 的格式应为 目标=源字段，而不是“%1”</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2 as %3.</source>
        <translation>已将 %1 导入 %2 的 %3。</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <translation type="vanished">%1（图层 %2）</translation>
    </message>
    <message>
        <source>%1 km off the project's counties (%2 km east, %3 km north)</source>
        <translation type="vanished">偏离项目县区 %1 千米（向东 %2 千米，向北 %3 千米）</translation>
    </message>
    <message>
        <source>warning: %1 lies %2: Amap/DataV/Tencent coordinates (GCJ-02) are about 560 m off here; import with --source-crs gcj02 (or bd09 for Baidu).</source>
        <translation type="vanished">警告：%1 %2：高德/DataV/腾讯坐标（GCJ-02）在本地偏移约 560 米；请用 --source-crs gcj02 导入（百度坐标用 bd09）。</translation>
    </message>
    <message>
        <source>warning: %1 lies %2: a wrongly placed dataset, do not use it as it is.</source>
        <translation type="vanished">警告：%1 %2：数据位置错误，请勿直接使用。</translation>
    </message>
    <message>
        <source>warning: %1 barely overlaps the project's counties: only %2% of its features lie inside them (bounding box overlap %3%); check the file, its CRS and --source-crs.</source>
        <translation type="vanished">警告：%1 与项目县区几乎不重叠：仅 %2% 的要素位于县区内（外包框重叠 %3%）；请检查文件、其坐标系和 --source-crs。</translation>
    </message>
    <message>
        <source>Map a column explicitly: target=source, or target= to leave the field empty (repeatable).</source>
        <translation>显式映射列：目标=源列，或 目标= 使该字段留空（可重复）。</translation>
    </message>
</context>
<context>
    <name>LayersCommand</name>
    <message>
        <source>List a project's layers and tables with their feature and row counts.</source>
        <translation>列出项目的图层和数据表及其要素数、行数。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>Project %1, CRS %2, schema version %3</source>
        <translation>项目 %1，坐标系 %2，结构版本 %3</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create an empty project GeoPackage with the standard layers and tables.</source>
        <translation>新建空项目 GeoPackage，含标准图层和数据表。</translation>
    </message>
    <message>
        <source>The project file to create (.gpkg).</source>
        <translation>要新建的项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>Project CRS, a projected CRS in metres (default EPSG:4548).</source>
        <translation>项目坐标系，须为以米为单位的投影坐标系（默认 EPSG:4548）。</translation>
    </message>
    <message>
        <source>Project title.</source>
        <translation>项目标题。</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>覆盖已有文件。</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>Created %1 (CRS %2).</source>
        <translation>已新建 %1（坐标系 %2）。</translation>
    </message>
</context>
<context>
    <name>PlotsCommand</name>
    <message>
        <source>Check reserved school plots: area against the land needed, demand zones within the service radius, shortfall catchments touched, land use, constraint layers and distance from railways and arterial roads.</source>
        <translation>核查预留学校用地：面积与所需用地、服务半径内的需求小区、涉及的缺口学区、用地性质、限制图层，以及与铁路和主干道的距离。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>Write the table to FILE (.xlsx or .csv); without it the table is printed.</source>
        <translation>将表格写入 FILE（.xlsx 或 .csv）；不指定则打印表格。</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>unknown output format '%1' (use .xlsx or .csv)</source>
        <translation>未知的输出格式“%1”（请用 .xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>checking plots ...</source>
        <translation>正在核查用地……</translation>
    </message>
    <message>
        <source>warning: the project cannot be analysed (%1); land needed and shortfalls are left empty.</source>
        <translation>警告：项目无法分析（%1）；所需用地和学位缺口留空。</translation>
    </message>
    <message>
        <source>Plot checks</source>
        <translation>用地核查</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Planned level</source>
        <translation>规划学段</translation>
    </message>
    <message>
        <source>Planned classes</source>
        <translation>规划班数</translation>
    </message>
    <message>
        <source>Area (m2)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Land needed (m2)</source>
        <translation>所需用地（平方米）</translation>
    </message>
    <message>
        <source>Land adequate</source>
        <translation>用地是否足够</translation>
    </message>
    <message>
        <source>Zones within service radius</source>
        <translation>服务半径内小区数</translation>
    </message>
    <message>
        <source>Population within service radius</source>
        <translation>服务半径内人口</translation>
    </message>
    <message>
        <source>Catchments touched</source>
        <translation>涉及学区</translation>
    </message>
    <message>
        <source>Shortfall catchments (seats)</source>
        <translation>缺口学区（学位）</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Constraint overlaps</source>
        <translation>限制图层重叠</translation>
    </message>
    <message>
        <source>Railway distance (m)</source>
        <translation>距铁路（米）</translation>
    </message>
    <message>
        <source>Railway clearance kept</source>
        <translation>满足铁路间距</translation>
    </message>
    <message>
        <source>Arterial distance (m)</source>
        <translation>距主干道（米）</translation>
    </message>
    <message>
        <source>Arterial clearance kept</source>
        <translation>满足主干道间距</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plot(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个地块写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) fail the land or clearance check.</source>
        <translation>
            <numerusform>%n 个地块未通过用地或间距核查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>--%1 must be a whole number of at least %2, not '%3'</source>
        <translation>--%1 必须是不小于 %2 的整数，而不是“%3”</translation>
    </message>
    <message>
        <source>Build the Meizhou sample project (real boundaries and census, generated schools).</source>
        <translation>生成梅州示例项目（真实边界与人口普查数据，生成的学校）。</translation>
    </message>
    <message>
        <source>The GeoPackage to write (replaced if it exists).</source>
        <translation>要写入的 GeoPackage（已存在则覆盖）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Multiply zones, schools and raster cells by N (for benchmarks).</source>
        <translation>将分区、学校和栅格单元数量放大 N 倍（用于基准测试）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of generated land-use polygons (e.g. 300000 for benchmarks).</source>
        <translation>生成的用地多边形数量（基准测试可用 300000）。</translation>
    </message>
    <message>
        <source>The folder of real input data (boundaries, codes, census).</source>
        <translation>真实输入数据所在文件夹（边界、区划代码、人口普查）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>the real-data folder '%1' does not exist</source>
        <translation>真实数据文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>Wrote %1: %2 counties, %3 towns, %4 zones, %5 schools, %6 catchments, %7 plots, %8 developments, %9 land-use polygons</source>
        <translation>已写入 %1：%2 个县区、%3 个镇街、%4 个分区、%5 所学校、%6 个学区、%7 块用地、%8 个住宅项目、%9 个用地多边形</translation>
    </message>
    <message>
        <source>Population %1 (2020 census) on a %2 x %3 grid</source>
        <translation>人口 %1（2020 年人口普查），栅格 %2 × %3</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <source>usage: seatplan-cli scenario %1</source>
        <translation>用法：seatplan-cli scenario %1</translation>
    </message>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>nothing to undo in '%1'</source>
        <translation>方案“%1”没有可撤销的编辑</translation>
    </message>
    <message>
        <source>Undid edit %1 (%2)</source>
        <translation>已撤销编辑 %1（%2）</translation>
    </message>
    <message>
        <source>nothing to redo in '%1'</source>
        <translation>方案“%1”没有可重做的编辑</translation>
    </message>
    <message>
        <source>Redid edit %1 (%2)</source>
        <translation>已重做编辑 %1（%2）</translation>
    </message>
    <message>
        <source>List, create, copy, rename or delete a project's scenarios, or edit one.</source>
        <translation>列出、新建、复制、重命名或删除项目的方案，或编辑某个方案。</translation>
    </message>
    <message>
        <source>list, create, copy, rename, delete, edit, undo or redo.</source>
        <translation>list（列出）、create（新建）、copy（复制）、rename（重命名）、delete（删除）、edit（编辑）、undo（撤销）或 redo（重做）。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>The scenario (copy and rename: FROM TO; edit: NAME EDIT, the edit as JSON or @file).</source>
        <translation>方案名（copy 和 rename：原名 新名；edit：方案名 编辑内容，JSON 文本或 @文件）。</translation>
    </message>
    <message>
        <source>The new scenario's description.</source>
        <translation>新方案的说明。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The scenario a new one derives from.</source>
        <translation>新方案所基于的方案。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>expected an action and a PROJECT</source>
        <translation>需要一个操作和一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>unknown action '%1' (expected list, create, copy, rename, delete, edit, undo or redo)</source>
        <translation>未知操作“%1”（应为 list、create、copy、rename、delete、edit、undo 或 redo）</translation>
    </message>
    <message>
        <source>Warning: %1 is on a network file system (%2); SQLite's locking may not protect it. Copy it to a local disk to edit it safely.</source>
        <translation>警告：%1 位于网络文件系统（%2）上，SQLite 的文件锁可能无法保护它。请复制到本地磁盘后再编辑。</translation>
    </message>
    <message>
        <source>%1 is open in another SeatPlan (process %2 on %3); close it there first</source>
        <translation>%1 已在另一个学位规划中打开（%3 上的进程 %2），请先在那里关闭</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>Created scenario '%1'</source>
        <translation>已新建方案“%1”</translation>
    </message>
    <message>
        <source>Copied scenario '%1' to '%2'</source>
        <translation>已将方案“%1”复制为“%2”</translation>
    </message>
    <message>
        <source>Renamed scenario '%1' to '%2'</source>
        <translation>已将方案“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Deleted scenario '%1'</source>
        <translation>已删除方案“%1”</translation>
    </message>
    <message>
        <source>Added edit %1 (%2) to '%3'</source>
        <translation>已向方案“%3”添加编辑 %1（%2）</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>Propose sites and sizes for new schools that close the seat shortfall.</source>
        <translation>为新建学校推荐选址和规模，弥补学位缺口。</translation>
    </message>
    <message>
        <source>The project file (.gpkg); not needed with --orlib.</source>
        <translation>项目文件（.gpkg）；使用 --orlib 时不需要。</translation>
    </message>
    <message>
        <source>Solve an OR-Library capacitated p-median instance instead of a project.</source>
        <translation>求解 OR-Library 容量约束 p-中位问题算例，而不是项目。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>With --orlib: real Euclidean distances (the published optima truncate them).</source>
        <translation>与 --orlib 同用：使用真实欧氏距离（公布的最优值对距离取整）。</translation>
    </message>
    <message>
        <source>School level to site: primary or junior.</source>
        <translation>选址的学段：primary（小学）或 junior（初中）。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Scenario to start from (default: base).</source>
        <translation>作为起点的方案（默认：base）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Most new schools to propose (default: 5).</source>
        <translation>最多推荐的新建学校数（默认：5）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>What to optimise: pmedian (travel), coverage (children within walking distance) or mincount (fewest new schools).</source>
        <translation>优化目标：pmedian（出行距离）、coverage（步行距离内的儿童数）或 mincount（新建学校最少）。</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE.</source>
        <translation>将结果以 JSON 写入文件。</translation>
    </message>
    <message>
        <source>Search for at most this many seconds (default: 1.5).</source>
        <translation>最多搜索的秒数（默认：1.5）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--orlib takes no PROJECT argument</source>
        <translation>--orlib 不接受 PROJECT 参数</translation>
    </message>
    <message>
        <source>expected one PROJECT argument (or --orlib FILE)</source>
        <translation>需要一个 PROJECT 参数（或 --orlib 文件）</translation>
    </message>
    <message>
        <source>--time-limit needs a positive number of seconds</source>
        <translation>--time-limit 需要一个正的秒数</translation>
    </message>
    <message>
        <source>no feasible assignment found: the medians cannot hold every node</source>
        <translation>未找到可行分配：中位点容量无法容纳所有节点</translation>
    </message>
    <message>
        <source>siting a project (%1) is not implemented yet; use --orlib FILE</source>
        <translation type="vanished">暂不支持对项目（%1）选址；请使用 --orlib 文件</translation>
    </message>
    <message>
        <source>--level must be primary or junior, not '%1'</source>
        <translation>--level 须为 primary 或 junior，而不是“%1”</translation>
    </message>
    <message>
        <source>--objective must be pmedian, coverage or mincount, not '%1'</source>
        <translation>--objective 须为 pmedian、coverage 或 mincount，而不是“%1”</translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt;= 0, not '%2'</source>
        <translation>--%1 需要不小于 0 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>Year whose projected demand is to be seated (default: the work-plan target year).</source>
        <translation>按哪一年的预测需求配置学位（默认：工作方案目标年）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Site only in this county or town (its code; default: the whole project).</source>
        <translation>只在该县（区）或镇（街道）内选址（填代码；默认：整个项目）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Most classes over all new schools (default: no limit).</source>
        <translation>全部新建学校合计班数上限（默认：不限）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--level primary|junior is required</source>
        <translation>必须指定 --level primary|junior</translation>
    </message>
    <message>
        <source>the project has no scenario '%1'</source>
        <translation>项目中没有名为“%1”的方案</translation>
    </message>
    <message>
        <source>primary schools</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>junior schools</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Siting %1 for %2 (scenario %3): %4 zones with %5 children, %6 existing schools, %7 candidate plots (%8 excluded).</source>
        <translation>为 %2 年选址%1（方案 %3）：%4 个需求单元共 %5 名学龄儿童，现有学校 %6 所，候选用地 %7 块（排除 %8 块）。</translation>
    </message>
    <message>
        <source>  Plot %1 left out: %2.</source>
        <translation>  用地 %1 未纳入：%2。</translation>
    </message>
    <message>
        <source>Objective: %1; at most %2 new schools. Found in %3 s.</source>
        <translation>目标：%1；最多新建 %2 所学校。用时 %3 秒。</translation>
    </message>
    <message>
        <source>Proposed %1 new school(s), %2 classes:</source>
        <translation>建议新建学校 %1 所，共 %2 个班：</translation>
    </message>
    <message>
        <source>  %1 %2: %3 classes, %4 seats; %5 children assigned, %6 newly within %7 m, shortfall closed %8.</source>
        <translation>  %1 %2：%3 个班，%4 个学位；划入学生 %5 名，新增 %7 米内就学 %6 名，填补缺口 %8 个学位。</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    理由：%1</translation>
    </message>
    <message>
        <source>Children with a seat: %1 (%2 within %3 m); without a seat: %4. Mean trip %5 m.</source>
        <translation>有学位的学龄儿童：%1 名（%3 米内 %2 名）；无学位：%4 名。平均就学距离 %5 米。</translation>
    </message>
    <message>
        <source>constraint broken: %1</source>
        <translation>约束未满足：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, schema, standard layers and geometries.</source>
        <translation>检查项目文件：SQLite 完整性、结构版本、标准图层和几何。</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>项目文件（.gpkg）。</translation>
    </message>
    <message>
        <source>expected one PROJECT argument</source>
        <translation>需要一个 PROJECT 参数</translation>
    </message>
    <message>
        <source>checking %1 ...</source>
        <translation>正在检查 %1 ……</translation>
    </message>
    <message>
        <source>Problems found: %1.</source>
        <translation>发现问题：%1 个。</translation>
    </message>
    <message>
        <source>%1 is a valid SeatPlan project.</source>
        <translation>%1 是有效的学位规划项目。</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <source>Print SeatPlan's version and the versions of GDAL, GEOS, PROJ, SQLite and Qt.</source>
        <translation>显示学位规划及 GDAL、GEOS、PROJ、SQLite、Qt 的版本。</translation>
    </message>
</context>
</TS>
