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
        <translation>无法写入“%1”：%2</translation>
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
    <name>VersionCommand</name>
    <message>
        <source>Print SeatPlan's version and the versions of GDAL, GEOS, PROJ, SQLite and Qt.</source>
        <translation>显示学位规划及 GDAL、GEOS、PROJ、SQLite、Qt 的版本。</translation>
    </message>
</context>
</TS>