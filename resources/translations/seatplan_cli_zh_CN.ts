<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>VersionCommand</name>
    <message>
        <source>Print SeatPlan's version and the versions of GDAL, GEOS, PROJ, SQLite and Qt.</source>
        <translation>显示学位规划及 GDAL、GEOS、PROJ、SQLite、Qt 的版本。</translation>
    </message>
</context>
</TS>