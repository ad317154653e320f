<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LegendBuilder</name>
    <message>
        <source>Seats, %1 (%2)</source>
        <translation>学位，%1 年（%2）</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>shortfall %1</source>
        <translation>缺口 %1</translation>
    </message>
    <message>
        <source>surplus %1</source>
        <translation>富余 %1</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Schools: utilisation</source>
        <translation>学校：学位使用率</translation>
    </message>
    <message>
        <source>%1% or less</source>
        <translation>%1% 及以下</translation>
    </message>
    <message>
        <source>full (100%)</source>
        <translation>满额（100%）</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1% 及以上</translation>
    </message>
    <message>
        <source>size: enrolment</source>
        <translation>大小：在校生数</translation>
    </message>
    <message>
        <source>oversized school</source>
        <translation>超规模学校</translation>
    </message>
    <message>
        <source>large classes</source>
        <translation>大班额</translation>
    </message>
    <message>
        <source>service radius %1 m</source>
        <translation>服务半径 %1 米</translation>
    </message>
    <message>
        <source>Reserved school plots</source>
        <translation>预留教育用地</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>已征收</translation>
    </message>
    <message>
        <source>built</source>
        <translation>已建成</translation>
    </message>
</context>
<context>
    <name>SitingText</name>
    <message>
        <source>Seats %1 children who had no place at the existing schools; %2 of its children are newly within %3 m.</source>
        <translation>为现有学校容纳不下的 %1 名学生提供学位；其中 %2 名学生新进入 %3 米服务半径。</translation>
    </message>
    <message>
        <source>Puts %1 children newly within %2 m of their school.</source>
        <translation>使 %1 名学生新进入学校 %2 米服务半径内。</translation>
    </message>
    <message>
        <source>Shortens the mean trip of its %1 children from %2 m to %3 m.</source>
        <translation>使划入的 %1 名学生平均就学距离由 %2 米缩短到 %3 米。</translation>
    </message>
    <message>
        <source>too small for the smallest standard school</source>
        <translation>面积不足以建设最小标准规模的学校</translation>
    </message>
    <message>
        <source>closer to a railway than the clearance (GB 50099-2011)</source>
        <translation>距铁路小于防护距离（GB 50099-2011）</translation>
    </message>
    <message>
        <source>closer to an expressway or arterial road than the clearance (GB 50099-2011)</source>
        <translation>距高速公路或城市主干道小于防护距离（GB 50099-2011）</translation>
    </message>
    <message>
        <source>reserved for a school of another level</source>
        <translation>规划为其他学段学校用地</translation>
    </message>
    <message>
        <source>already built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>the scenario already places a school there</source>
        <translation>方案中已在此安排学校</translation>
    </message>
    <message>
        <source>The project has no roads layer: railway and arterial clearances were not checked.</source>
        <translation>项目没有道路图层：未检查铁路与主干道防护距离。</translation>
    </message>
    <message>
        <source>The roads layer has no railways: the railway clearance was not checked.</source>
        <translation>道路图层中没有铁路：未检查铁路防护距离。</translation>
    </message>
    <message>
        <source>The roads layer has no expressways or arterial roads: that clearance was not checked.</source>
        <translation>道路图层中没有高速公路或主干道：未检查该防护距离。</translation>
    </message>
    <message>
        <source>Distances: walking along the roads layer.</source>
        <translation>距离：沿道路图层的步行距离。</translation>
    </message>
    <message>
        <source>Distances: straight-line (no local streets to walk along in the roads layer).</source>
        <translation>距离：直线距离（道路图层中没有可步行的支路）。</translation>
    </message>
    <message>
        <source>Schools left out for want of a location: %1.</source>
        <translation>因缺少位置而未纳入的学校：%1 所。</translation>
    </message>
    <message>
        <source>Zones with children left out for want of a polygon: %1.</source>
        <translation>因缺少面要素而未纳入的有学龄儿童的单元：%1 个。</translation>
    </message>
    <message>
        <source>shortest total travel</source>
        <translation>总就学距离最短</translation>
    </message>
    <message>
        <source>most children within walking distance</source>
        <translation>步行距离内学生最多</translation>
    </message>
    <message>
        <source>fewest new schools</source>
        <translation>新建学校最少</translation>
    </message>
</context>
</TS>