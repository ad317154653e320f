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
</TS>
