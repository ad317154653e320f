<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>seatplan::ui::MainWindow</name>
    <message>
        <source>SeatPlan</source>
        <translation>学位规划</translation>
    </message>
    <message>
        <source>Open a project to see its map.</source>
        <translation>打开一个项目以查看地图。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>The project file %1 does not exist.</source>
        <translation>项目文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 - SeatPlan</source>
        <translation>%1 - 学位规划</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>SeatPlan projects (*.gpkg)</source>
        <translation>学位规划项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SeatPlan</source>
        <translation>关于学位规划(&amp;A)</translation>
    </message>
    <message>
        <source>About SeatPlan</source>
        <translation>关于学位规划</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SeatPlan %1&lt;/h3&gt;&lt;p&gt;Planning compulsory-education school seats and school sites.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;学位规划 %1&lt;/h3&gt;&lt;p&gt;义务教育学位与学校布点规划。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
