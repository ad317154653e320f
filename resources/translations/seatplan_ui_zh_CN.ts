<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnexPrint</name>
    <message>
        <source>Print annex</source>
        <translation>打印规划附件</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开项目。</translation>
    </message>
    <message>
        <source>The annex could not be composed: %1</source>
        <translation>无法生成规划附件：%1</translation>
    </message>
</context>
<context>
    <name>BoundaryReshape</name>
    <message>
        <source>The new boundary moves no zone of catchment %1 (a zone moves when more than half of it changes side).</source>
        <translation>新边界没有移动学区 %1 的任何片区（片区一半以上面积改变归属时才移动）。</translation>
    </message>
    <message>
        <source>Could not reshape catchment %1: %2</source>
        <translation>无法调整学区 %1 的边界：%2</translation>
    </message>
    <message>
        <source>Catchment %1 is locked: unlock it to change it.</source>
        <translation>学区 %1 已锁定：请先解锁再修改。</translation>
    </message>
    <message>
        <source>No zone could move: the zones concerned belong to locked catchments or touch no other catchment.</source>
        <translation>没有片区可以移动：相关片区属于已锁定的学区，或不与其他学区相邻。</translation>
    </message>
    <message>
        <source>Reshape catchment %1 (%2 zone(s) in, %3 out)</source>
        <translation>调整学区 %1 边界（划入 %2 个片区，划出 %3 个）</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) touch no other catchment and stay in %1.</source>
        <translation>
            <numerusform>%n 个片区不与其他学区相邻，仍留在 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Schools and catchments</source>
        <translation>学校与学区</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Demand (%1)</source>
        <translation>需求（%1）</translation>
    </message>
    <message>
        <source>Change in demand</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>Utilisation % (%1)</source>
        <translation>学位使用率 %（%1）</translation>
    </message>
    <message>
        <source>Change in utilisation (points)</source>
        <translation>使用率变化（百分点）</translation>
    </message>
    <message>
        <source>Shortfall (%1)</source>
        <translation>学位缺口（%1）</translation>
    </message>
    <message>
        <source>Change in shortfall</source>
        <translation>缺口变化</translation>
    </message>
    <message>
        <source>Flags raised</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Flags resolved</source>
        <translation>消除预警</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Catchment</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>Zones that changed school</source>
        <translation>改变对口学校的片区</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Schools (%1)</source>
        <translation>对口学校（%1）</translation>
    </message>
    <message>
        <source>Flags raised or resolved</source>
        <translation>新增或消除的预警</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>消除</translation>
    </message>
    <message>
        <source>Flags and first years, whole plan (%1)</source>
        <translation>全规划期预警及起始年份（%1）</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Feature id</source>
        <translation>要素编号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>County code</source>
        <translation>县区代码</translation>
    </message>
    <message>
        <source>Town code</source>
        <translation>镇街代码</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公办</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>Education group</source>
        <translation>教育集团</translation>
    </message>
    <message>
        <source>Primary classes</source>
        <translation>小学班级数</translation>
    </message>
    <message>
        <source>Junior classes</source>
        <translation>初中班级数</translation>
    </message>
    <message>
        <source>Primary students</source>
        <translation>小学在校生数</translation>
    </message>
    <message>
        <source>Junior students</source>
        <translation>初中在校生数</translation>
    </message>
    <message>
        <source>Largest class</source>
        <translation>最大班额</translation>
    </message>
    <message>
        <source>Students with disabilities</source>
        <translation>残疾学生数</translation>
    </message>
    <message>
        <source>Resource room</source>
        <translation>资源教室</translation>
    </message>
    <message>
        <source>Opening year</source>
        <translation>开办年份</translation>
    </message>
    <message>
        <source>Closing year</source>
        <translation>停办年份</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Planned level</source>
        <translation>规划学段</translation>
    </message>
    <message>
        <source>Planned classes</source>
        <translation>规划班级数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Site area (m²)</source>
        <translation>用地面积（m²）</translation>
    </message>
    <message>
        <source>Old floor area ratio</source>
        <translation>原容积率</translation>
    </message>
    <message>
        <source>New floor area ratio</source>
        <translation>新容积率</translation>
    </message>
    <message>
        <source>Residential share</source>
        <translation>住宅比例</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>住宅套数</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <source>School plot</source>
        <translation>配套学校地块</translation>
    </message>
    <message>
        <source>Land-use class</source>
        <translation>用地类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Births</source>
        <translation>出生人数</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生数</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>Town name</source>
        <translation>镇街名称</translation>
    </message>
    <message>
        <source>County name</source>
        <translation>县区名称</translation>
    </message>
    <message>
        <source>Plot name</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
</context>
<context>
    <name>ObjectMenu</name>
    <message>
        <source>Edit this school's catchment</source>
        <translation>编辑该校学区</translation>
    </message>
    <message>
        <source>Expand from a year...</source>
        <translation>自某年起扩建...</translation>
    </message>
    <message>
        <source>Convert from a year...</source>
        <translation>自某年起改制...</translation>
    </message>
    <message>
        <source>Close from a year...</source>
        <translation>自某年起撤并...</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>撤并 %1</translation>
    </message>
    <message>
        <source>No seats from school year</source>
        <translation>自该学年起无学位</translation>
    </message>
    <message>
        <source>Mark status...</source>
        <translation>标记状态...</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>The project is open in another SeatPlan (process %1 on %2 since %3).</source>
        <translation>该项目已在另一个学位规划程序中打开（主机 %2 上的进程 %1，自 %3 起）。</translation>
    </message>
    <message>
        <source>The project is open in another SeatPlan.</source>
        <translation>该项目已在另一个学位规划程序中打开。</translation>
    </message>
    <message>
        <source>The project cannot be locked for editing: %1</source>
        <translation>无法锁定项目以进行编辑：%1</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
</context>
<context>
    <name>ScenarioEditCommand</name>
    <message>
        <source>Add school %1</source>
        <translation>新增学校 %1</translation>
    </message>
    <message>
        <source>Expand school %1</source>
        <translation>扩建学校 %1</translation>
    </message>
    <message>
        <source>Close school %1</source>
        <translation>撤并学校 %1</translation>
    </message>
    <message>
        <source>Convert school %1</source>
        <translation>改制学校 %1</translation>
    </message>
    <message>
        <source>Remove catchment %1</source>
        <translation>删除学区 %1</translation>
    </message>
    <message>
        <source>Change catchment %1</source>
        <translation>修改学区 %1</translation>
    </message>
    <message>
        <source>Remove development %1</source>
        <translation>删除住宅项目 %1</translation>
    </message>
    <message>
        <source>Change development %1</source>
        <translation>修改住宅项目 %1</translation>
    </message>
    <message>
        <source>Mark plot %1 %2</source>
        <translation>标记地块 %1 为%2</translation>
    </message>
    <message>
        <source>built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>已征收</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划中</translation>
    </message>
</context>
<context>
    <name>SitingAcceptCommand</name>
    <message>
        <source>Accept %1 proposed school(s) into %2</source>
        <translation type="vanished">将 %1 所选址学校采纳到方案 %2</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::AnnexOptionsDialog</name>
    <message>
        <source>Print annex</source>
        <translation>打印规划附件</translation>
    </message>
    <message>
        <source>Chinese (official annex)</source>
        <translation>中文（正式附件）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3横向</translation>
    </message>
    <message>
        <source>Add one map page per town</source>
        <translation>另附各镇（街）图幅</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Plan period:</source>
        <translation>规划期：</translation>
    </message>
    <message>
        <source>Counties:</source>
        <translation>县（市、区）：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Preview...</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::AttributeDock</name>
    <message>
        <source>Attributes</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Filter rows...</source>
        <translation>筛选行...</translation>
    </message>
    <message>
        <source>Select by expression, e.g. students_primary &gt; 2000</source>
        <translation>按表达式选择，例如 students_primary &gt; 2000</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentBrushTool</name>
    <message>
        <source>Target catchment: %1. Click or paint zones to add them.</source>
        <translation>目标学区：%1。点击或涂刷小区将其划入。</translation>
    </message>
    <message>
        <source>Catchment %1 is locked: unlock it to change it.</source>
        <translation>学区 %1 已锁定：请先解锁再修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) belong to a locked catchment and were left there.</source>
        <translation>
            <numerusform>%n 个小区属于已锁定的学区，未作调整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n zone(s) to catchment %1</source>
        <translation>
            <numerusform>将 %n 个小区划入学区 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentDrawTool</name>
    <message>
        <source>Target catchment: %1. Click the corners of the new catchment; double-click to finish.</source>
        <translation>目标学区：%1。依次点击新学区的角点，双击结束。</translation>
    </message>
    <message>
        <source>A catchment needs at least three corners.</source>
        <translation>学区至少需要三个角点。</translation>
    </message>
    <message>
        <source>No zone lies mostly inside the drawn polygon.</source>
        <translation>没有小区的大部分面积位于所绘多边形内。</translation>
    </message>
    <message>
        <source>Catchment %1 is locked: unlock it to change it.</source>
        <translation>学区 %1 已锁定：请先解锁再修改。</translation>
    </message>
    <message>
        <source>Catchment %1 already has these zones.</source>
        <translation>学区 %1 已包含这些小区。</translation>
    </message>
    <message numerus="yes">
        <source>Draw catchment %1 (%n zone(s))</source>
        <translation>
            <numerusform>绘制学区 %1（%n 个小区）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentMergeTool</name>
    <message>
        <source>Target catchment: %1. Click a zone of the catchment to merge into it.</source>
        <translation>目标学区：%1。点击要并入的学区中的任一小区。</translation>
    </message>
    <message>
        <source>A locked catchment cannot be merged: unlock it first.</source>
        <translation>已锁定的学区不能合并：请先解锁。</translation>
    </message>
    <message>
        <source>Merge catchment %1 into %2</source>
        <translation>将学区 %1 并入 %2</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentReshapeTool</name>
    <message>
        <source>Target catchment: %1. Draw the new boundary from one point of its boundary to another; double-click to finish.</source>
        <translation>目标学区：%1。从其边界上的一点画新边界到另一点，双击结束。</translation>
    </message>
    <message>
        <source>Draw a line of at least two points from the boundary to the boundary.</source>
        <translation>请从边界到边界画一条至少两个点的线。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentSplitTool</name>
    <message>
        <source>Target catchment: %1. Draw the dividing line; double-click to finish.</source>
        <translation>目标学区：%1。绘制分割线，双击结束。</translation>
    </message>
    <message>
        <source>Catchment %1 is locked: unlock it to change it.</source>
        <translation>学区 %1 已锁定：请先解锁再修改。</translation>
    </message>
    <message>
        <source>The line leaves every zone of catchment %1 on one side.</source>
        <translation>该线未将学区 %1 的小区分为两侧。</translation>
    </message>
    <message numerus="yes">
        <source>Split catchment %1 (%n zone(s) to %2)</source>
        <translation>
            <numerusform>拆分学区 %1（%n 个小区划入 %2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CatchmentVertexTool</name>
    <message>
        <source>Drag a vertex of catchment %1; double-click an edge to add one, Delete removes the selected one.</source>
        <translation>拖动学区 %1 的边界节点；双击边线可添加节点，按 Delete 删除选中的节点。</translation>
    </message>
    <message>
        <source>Could not build the boundary of catchment %1: %2</source>
        <translation>无法生成学区 %1 的边界：%2</translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Target catchment: %1. Drag a vertex of its boundary; double-click an edge to add one, Delete removes the selected one.</source>
        <translation>目标学区：%1。拖动其边界节点；双击边线可添加节点，按 Delete 删除选中的节点。</translation>
    </message>
    <message>
        <source>A boundary keeps at least three vertices.</source>
        <translation>边界至少保留三个节点。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ChartDock</name>
    <message>
        <source>Demand and seats by year</source>
        <translation>各年需求与学位</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>Demand (seats)</source>
        <translation type="vanished">需求（学位）</translation>
    </message>
    <message>
        <source>Capacity (seats)</source>
        <translation type="vanished">容量（学位）</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>当前年份</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1：%2</translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="vanished">小学</translation>
    </message>
    <message>
        <source>junior</source>
        <translation type="vanished">初中</translation>
    </message>
    <message>
        <source>Demand and seats</source>
        <translation>需求与学位</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>学位使用率</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>%1 demand</source>
        <translation>%1需求</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1学位</translation>
    </message>
    <message>
        <source>Full (100%)</source>
        <translation>满额（100%）</translation>
    </message>
    <message>
        <source>%1: demand and seats</source>
        <translation>%1：学位需求与供给</translation>
    </message>
    <message>
        <source>%1: utilisation (demand / seats)</source>
        <translation>%1：学位使用率（需求/学位）</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CompareDialog</name>
    <message>
        <source>Comparing %1 with %2...</source>
        <translation>正在比较 %1 与 %2……</translation>
    </message>
    <message>
        <source>Year %1, %2, %3 (as in the main window)</source>
        <translation>%1 年，%2，%3（与主窗口一致）</translation>
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
        <source>low projection</source>
        <translation>低方案预测</translation>
    </message>
    <message>
        <source>high projection</source>
        <translation>高方案预测</translation>
    </message>
    <message>
        <source>medium projection</source>
        <translation>中方案预测</translation>
    </message>
    <message>
        <source>%1 against %2: %3 school(s) or catchment(s) listed, %4 zone(s) changed school, %5 flag(s) raised, %6 resolved.</source>
        <translation>%1 对比 %2：列出 %3 所学校或学区，%4 个片区改变对口学校，新增预警 %5 条，消除 %6 条。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础方案</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV, schools and catchments (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，学校与学区 (*.csv)</translation>
    </message>
    <message>
        <source>The comparison could not be written:
%1

Choose another folder or close the file if it is open in Excel.</source>
        <translation>无法写入比较结果：
%1

请选择其他文件夹，或先在 Excel 中关闭该文件。</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Scenario A (before):</source>
        <translation>方案 A（调整前）：</translation>
    </message>
    <message>
        <source>Scenario B (after):</source>
        <translation>方案 B（调整后）：</translation>
    </message>
    <message>
        <source>Changed rows only</source>
        <translation>仅显示有变化的行</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Schools and catchments</source>
        <translation>学校与学区</translation>
    </message>
    <message>
        <source>Zones that changed school</source>
        <translation>改变对口学校的片区</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Difference map</source>
        <translation>差异地图</translation>
    </message>
    <message>
        <source>Waiting for the analysis of %1...</source>
        <translation>正在等待 %1 的分析结果……</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::CompareMapView</name>
    <message>
        <source>No comparison to show.</source>
        <translation>暂无比较结果。</translation>
    </message>
    <message>
        <source>Change in shortfall (students)</source>
        <translation>学位缺口变化（人）</translation>
    </message>
    <message>
        <source>Zone changed school</source>
        <translation>改变对口学校的片区</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::DevelopmentDialog</name>
    <message>
        <source>Residential project %1</source>
        <translation>住宅项目 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site area (m²)</source>
        <translation>用地面积（m²）</translation>
    </message>
    <message>
        <source>Residential floor area (m², 0 = site × FAR)</source>
        <translation>住宅建筑面积（m²，0 = 用地×容积率）</translation>
    </message>
    <message>
        <source>Floor-area ratio before</source>
        <translation>原容积率</translation>
    </message>
    <message>
        <source>Floor-area ratio now (0 = unchanged)</source>
        <translation>现容积率（0 = 不变）</translation>
    </message>
    <message>
        <source>Dwellings (0 = from floor area)</source>
        <translation>住宅套数（0 = 按建筑面积推算）</translation>
    </message>
    <message>
        <source>Completion year</source>
        <translation>竣工年份</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::DevelopmentRegisterModel</name>
    <message>
        <source>its plot has %1 m², its seats need %2 m²</source>
        <translation>配套地块面积 %1 平方米，所需学位用地 %2 平方米</translation>
    </message>
    <message>
        <source>no reserved school plot</source>
        <translation>未预留配套学校用地</translation>
    </message>
    <message>
        <source>its school plot %1 is not in the plots layer</source>
        <translation>配套学校地块 %1 不在预留地块图层中</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>住宅套数</translation>
    </message>
    <message>
        <source>Primary seats needed</source>
        <translation>所需小学学位</translation>
    </message>
    <message>
        <source>Junior seats needed</source>
        <translation>所需初中学位</translation>
    </message>
    <message>
        <source>School plot</source>
        <translation>配套学校地块</translation>
    </message>
    <message>
        <source>Plot area (m²)</source>
        <translation>地块面积（平方米）</translation>
    </message>
    <message>
        <source>Land needed (m²)</source>
        <translation>用地需求（平方米）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::DevelopmentTool</name>
    <message>
        <source>Change development %1</source>
        <translation>修改住宅项目 %1</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::EditContext</name>
    <message>
        <source>School %1 serves no %2 catchment.</source>
        <translation>学校 %1 不属于任何%2学区。</translation>
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
        <source>This scenario cannot be edited: create or choose a scenario other than the base first.</source>
        <translation>此方案不可编辑：请先新建或选择基准方案以外的方案。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::EditTool</name>
    <message>
        <source>This scenario cannot be edited: create or choose a scenario other than the base first.</source>
        <translation>此方案不可编辑：请先新建或选择基准方案以外的方案。</translation>
    </message>
    <message>
        <source>Pick the catchment first: click one of its schools, or choose it in the Edit toolbar.</source>
        <translation>请先选择学区：点击其中一所学校，或在编辑工具栏中选择。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::EditToolbar</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>The catchment the tools edit (or click one of its schools)</source>
        <translation>工具所编辑的学区（也可点击其中的学校）</translation>
    </message>
    <message>
        <source>Assign zones (click or paint)</source>
        <translation>划入小区（点击或涂刷）</translation>
    </message>
    <message>
        <source>Draw catchment (double-click to finish)</source>
        <translation>绘制学区（双击结束）</translation>
    </message>
    <message>
        <source>Split catchment by a line</source>
        <translation>按线拆分学区</translation>
    </message>
    <message>
        <source>Merge a catchment into the target</source>
        <translation>将学区并入目标学区</translation>
    </message>
    <message>
        <source>Lock catchment</source>
        <translation>锁定学区</translation>
    </message>
    <message>
        <source>Schools of the catchment (多校划片)...</source>
        <translation>学区学校（多校划片）...</translation>
    </message>
    <message>
        <source>Generate catchments...</source>
        <translation>生成学区...</translation>
    </message>
    <message>
        <source>Place a new school</source>
        <translation>新建学校</translation>
    </message>
    <message>
        <source>Add or edit a residential project</source>
        <translation>新增或编辑住宅项目</translation>
    </message>
    <message>
        <source>(pick a catchment)</source>
        <translation>（选择学区）</translation>
    </message>
    <message>
        <source>Unlock catchment</source>
        <translation>解锁学区</translation>
    </message>
    <message>
        <source>Lock catchment %1</source>
        <translation>锁定学区 %1</translation>
    </message>
    <message>
        <source>Unlock catchment %1</source>
        <translation>解锁学区 %1</translation>
    </message>
    <message>
        <source>Catchment %1 is locked: unlock it to change it.</source>
        <translation>学区 %1 已锁定：请先解锁再修改。</translation>
    </message>
    <message>
        <source>Set the schools of catchment %1</source>
        <translation>设置学区 %1 的学校</translation>
    </message>
    <message>
        <source>Nearest school</source>
        <translation>最近学校</translation>
    </message>
    <message>
        <source>Voronoi cells of the schools</source>
        <translation>学校泰森多边形</translation>
    </message>
    <message>
        <source>Generate catchments</source>
        <translation>生成学区</translation>
    </message>
    <message>
        <source>Replace every unlocked catchment of this level by one per school, drawn by:</source>
        <translation>将本学段所有未锁定的学区替换为每校一个学区，划分方法：</translation>
    </message>
    <message>
        <source>Generate catchments (%1)</source>
        <translation>生成学区（%1）</translation>
    </message>
    <message>
        <source>Reshape catchment: redraw a stretch of its boundary (double-click to finish)</source>
        <translation>调整学区边界：重画一段边界（双击结束）</translation>
    </message>
    <message>
        <source>Edit catchment vertices: drag, double-click an edge to add, Delete to remove</source>
        <translation>编辑学区边界节点：拖动移动，双击边线添加，Delete 删除</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizard</name>
    <message>
        <source>Import layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>County boundaries</source>
        <translation>县（区）界</translation>
    </message>
    <message>
        <source>Towns and subdistricts</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Planning zones (residential areas)</source>
        <translation>规划片区（居住区）</translation>
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
        <source>Reserved school plots</source>
        <translation>教育预留地块</translation>
    </message>
    <message>
        <source>Residential developments</source>
        <translation>住宅项目</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Population raster</source>
        <translation>人口栅格</translation>
    </message>
    <message>
        <source>Population by age (cohorts table)</source>
        <translation>分年龄人口（表）</translation>
    </message>
    <message>
        <source>Births by year (table)</source>
        <translation>逐年出生人数（表）</translation>
    </message>
    <message>
        <source>Enrolment by grade (table)</source>
        <translation>分年级在校生（表）</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizardEncodingPage</name>
    <message>
        <source>Encoding and coordinate system</source>
        <translation>编码与坐标系</translation>
    </message>
    <message>
        <source>SeatPlan detects both; check them, above all when the CRS is only a guess.</source>
        <translation>学位规划会自动识别两者；请核对，尤其是坐标系只是推测时。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GBK (CP936)</source>
        <translation>GBK（CP936）</translation>
    </message>
    <message>
        <source>The file's own (or a guess)</source>
        <translation>文件自带（或推测）</translation>
    </message>
    <message>
        <source>WGS 84 lon/lat (EPSG:4326)</source>
        <translation>WGS 84 经纬度（EPSG:4326）</translation>
    </message>
    <message>
        <source>CGCS2000 lon/lat (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <source>GCJ-02 lon/lat (Amap, Tencent, DataV)</source>
        <translation>GCJ-02 经纬度（高德、腾讯、DataV）</translation>
    </message>
    <message>
        <source>BD-09 lon/lat (Baidu)</source>
        <translation>BD-09 经纬度（百度）</translation>
    </message>
    <message>
        <source>Pick an entry or type EPSG:N or a WKT definition.</source>
        <translation>选择一项，或输入 EPSG:N 或 WKT 定义。</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Coordinate system of the file:</source>
        <translation>文件的坐标系：</translation>
    </message>
    <message>
        <source>A raster: its CRS is read from the file; choose one above only when it has none. It is warped to the project CRS (%1) keeping the population total.</source>
        <translation>栅格：坐标系从文件读取，仅当文件没有坐标系时才在上方选择。导入时重投影到项目坐标系（%1），人口总数保持不变。</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings: %1</source>
        <translation>按这些设置无法读取该文件：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Encoding: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;编码：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#b35806'&gt;CRS: &lt;b&gt;%1 - a guess&lt;/b&gt;, the file does not say. %2&lt;/p&gt;&lt;p&gt;Boundaries from Amap, Tencent or DataV are GCJ-02 even when they claim WGS 84; choose GCJ-02 for them, or the layer lies some 500 m off.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b35806'&gt;坐标系：&lt;b&gt;%1（推测）&lt;/b&gt;，文件未注明。%2&lt;/p&gt;&lt;p&gt;来自高德、腾讯或 DataV 的边界即使标为 WGS 84，实际也是 GCJ-02（火星坐标），请选择 GCJ-02，否则图层会偏移约 500 米。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;CRS: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;坐标系：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (a table)</source>
        <translation>无（表格）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Correction: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;纠偏：%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n feature(s) read; the project CRS is %1.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已读取 %n 个要素；项目坐标系为 %1。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizardFieldsPage</name>
    <message>
        <source>Field mapping</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <source>Which column of the file fills each project field. Filled in from the column names; change any that are wrong.</source>
        <translation>文件中哪一列填入项目的各个字段。已按列名自动填写，如有错误请修改。</translation>
    </message>
    <message>
        <source>Project field</source>
        <translation>项目字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行取值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Every project field has a column.</source>
        <translation>每个项目字段都有对应的列。</translation>
    </message>
    <message>
        <source>Left empty (no column): %1.</source>
        <translation>留空（无对应列）：%1。</translation>
    </message>
    <message>
        <source>Columns not mapped, kept under their own names: %1.</source>
        <translation>未对应的列，按原名保留：%1。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizardPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The new layer (orange) over the project, in the project's coordinate system, and its first rows as they will be stored.</source>
        <translation>新图层（橙色）叠加在项目之上，已转换到项目坐标系；下方为将要写入的前几行。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>A raster is warped to the project CRS when imported; it is drawn once imported.</source>
        <translation>栅格在导入时重投影到项目坐标系，导入后即可显示。</translation>
    </message>
    <message numerus="yes">
        <source>A table without geometry: %n row(s).</source>
        <translation>
            <numerusform>无几何的表格：共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s).</source>
        <translation>
            <numerusform>共 %n 个要素。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style='color:#b2182b'&gt;The layer lies outside the project area: go back and check its coordinate system.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#b2182b'&gt;该图层位于项目范围之外：请返回检查其坐标系。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizardRunPage</name>
    <message>
        <source>Reading the file...</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Warping the raster to the project CRS...</source>
        <translation>正在将栅格重投影到项目坐标系…</translation>
    </message>
    <message>
        <source>Repairing geometries...</source>
        <translation>正在修复几何…</translation>
    </message>
    <message>
        <source>Mapping fields...</source>
        <translation>正在对应字段…</translation>
    </message>
    <message>
        <source>Writing into the project...</source>
        <translation>正在写入项目…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Importing %1 as %2...</source>
        <translation>正在将 %1 导入为“%2”…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feature(s) into %1. The project is reloaded.</source>
        <translation>
            <numerusform>已导入 %n 个要素到 %1，项目已重新加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消，项目未改动。</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>导入失败，项目未改动。</translation>
    </message>
    <message>
        <source>Go back to choose another layer role, encoding, CRS or field mapping.</source>
        <translation>请返回，重新选择图层用途、编码、坐标系或字段对应。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ImportWizardSourcePage</name>
    <message>
        <source>Source file and what it is</source>
        <translation>源文件及其用途</translation>
    </message>
    <message>
        <source>Choose a file (Shapefile, GeoJSON, GeoPackage, KML, CSV, Excel, GeoTIFF...) and the project layer it replaces.</source>
        <translation>选择文件（Shapefile、GeoJSON、GeoPackage、KML、CSV、Excel、GeoTIFF 等）以及它要替换的项目图层。</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Layer in the file:</source>
        <translation>文件中的图层：</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>GIS and table files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.csv *.xlsx *.xls *.tif *.tiff *.gdb);;All files (*)</source>
        <translation>GIS 与表格文件 (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.csv *.xlsx *.xls *.tif *.tiff *.gdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be read as GIS data or a table.</source>
        <translation>无法将此文件读取为 GIS 数据或表格。</translation>
    </message>
    <message>
        <source>A raster: it can be imported as the population raster.</source>
        <translation>栅格：可导入为人口栅格。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) in the file.</source>
        <translation>
            <numerusform>文件中有 %n 个图层。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Only a raster can be imported as the population raster, and a raster only as that.</source>
        <translation>只有栅格可以导入为人口栅格，栅格也只能导入为人口栅格。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::LayerCommands</name>
    <message>
        <source>Show layer</source>
        <translation>显示图层</translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation>隐藏图层</translation>
    </message>
    <message>
        <source>Change layer opacity</source>
        <translation>更改图层透明度</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>移动图层</translation>
    </message>
    <message>
        <source>Change layer style</source>
        <translation>修改图层样式</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>Move the layer up</source>
        <translation>上移图层</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>下移图层</translation>
    </message>
    <message>
        <source>Zoom to the layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <source>&amp;Style...</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Zoom to layer</source>
        <translation>缩放到图层(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::LayerStyleDialog</name>
    <message>
        <source>Style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（不标注）</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>填充颜色：</translation>
    </message>
    <message>
        <source>Fill opacity:</source>
        <translation>填充不透明度：</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>边线颜色：</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>边线宽度：</translation>
    </message>
    <message>
        <source>Point size:</source>
        <translation>点大小：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标注字段：</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>边线颜色</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::LayerTreeModel</name>
    <message>
        <source>Counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Demand zones</source>
        <translation>需求单元</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Catchments</source>
        <translation>招生片区</translation>
    </message>
    <message>
        <source>Reserved school plots</source>
        <translation>预留教育用地</translation>
    </message>
    <message>
        <source>Residential projects</source>
        <translation>住宅项目</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Population (persons per cell)</source>
        <translation>人口（每格人数）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n features</source>
        <translation>
            <numerusform>%1：%n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::MainWindow</name>
    <message>
        <source>SeatPlan</source>
        <translation>学位规划</translation>
    </message>
    <message>
        <source>Open a project to see its map.</source>
        <translation type="vanished">打开一个项目以查看地图。</translation>
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
        <translation type="vanished">%1 - 学位规划</translation>
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
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>地图无法绘制：%1</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>绘制用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>SeatPlan could not open %1:
%2

Check that the file is a SeatPlan project (a GeoPackage made by seatplan-cli) and not open in another program.</source>
        <translation>学位规划无法打开 %1：
%2

请确认该文件是学位规划项目（由 seatplan-cli 生成的 GeoPackage），且未被其他程序占用。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n layers)</source>
        <translation>
            <numerusform>已打开 %1（%n 个图层）</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message numerus="yes">
        <source>%n features selected</source>
        <translation>
            <numerusform>已选择 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a SeatPlan project (.gpkg) here to open it. Importing other files (Shapefile, GeoJSON, Excel) is done with seatplan-cli import for now.</source>
        <translation type="vanished">将学位规划项目（.gpkg）拖放到此处即可打开。导入其他文件（Shapefile、GeoJSON、Excel）目前请使用 seatplan-cli import。</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zoom to box</source>
        <translation>拉框缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Identify features</source>
        <translation>识别要素(&amp;I)</translation>
    </message>
    <message>
        <source>Select by &amp;rectangle</source>
        <translation>矩形选择(&amp;R)</translation>
    </message>
    <message>
        <source>Select by p&amp;olygon (double-click to finish)</source>
        <translation>多边形选择（双击结束）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Print &amp;annex...</source>
        <translation>打印规划附件(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import layer...</source>
        <translation>导入图层(&amp;I)…</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>Open a project first (File &gt; Open, or seatplan-cli new to make one): an imported layer goes into the open project.</source>
        <translation>请先打开项目（文件 &gt; 打开，或用 seatplan-cli new 新建）：导入的图层写入当前打开的项目。</translation>
    </message>
    <message>
        <source>Opening %1: reading the layers and analysing the plan...</source>
        <translation>正在打开 %1：读取图层并分析规划…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>%1 [%2] - SeatPlan</source>
        <translation>%1 [%2] - 学位规划</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础方案</translation>
    </message>
    <message>
        <source>%1
It is open read-only: edits cannot be saved.</source>
        <translation>%1
项目以只读方式打开：编辑无法保存。</translation>
    </message>
    <message>
        <source>The project is on a network drive (%1). SQLite's locking is unreliable there: copy it to a local disk to edit it safely.</source>
        <translation>项目位于网络驱动器上（%1）。SQLite 的文件锁在网络驱动器上不可靠：请复制到本地磁盘后再安全编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n edit(s)</source>
        <translation>
            <numerusform>%1：%n 项编辑</numerusform>
        </translation>
    </message>
    <message>
        <source>SeatPlan did not close properly last time. Every edit was saved as it was made and has been recovered:
%1</source>
        <translation>学位规划上次未正常关闭。每项编辑在进行时均已保存，现已恢复：
%1</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::MapCanvas</name>
    <message>
        <source>Open a project (File &gt; Open) or drop a GeoPackage here.</source>
        <translation>请打开项目（文件 &gt; 打开），或将 GeoPackage 拖放到此处。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::NewSchoolDialog</name>
    <message>
        <source>Public school</source>
        <translation>公办学校</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>新建学校</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Primary classes</source>
        <translation>小学班数</translation>
    </message>
    <message>
        <source>Junior classes</source>
        <translation>初中班数</translation>
    </message>
    <message>
        <source>Opening year</source>
        <translation>开办年份</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::PlanDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The project is open read-only: %1</source>
        <translation>项目以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Could not open scenario %1: %2</source>
        <translation>无法打开方案 %1：%2</translation>
    </message>
    <message>
        <source>The base scenario is read-only: create or choose a scenario to edit.</source>
        <translation>基准方案为只读：请新建或选择一个方案进行编辑。</translation>
    </message>
    <message>
        <source>The edit could not be saved: %1</source>
        <translation>编辑无法保存：%1</translation>
    </message>
    <message>
        <source>Scenario %1 is in use and cannot be deleted.</source>
        <translation>方案 %1 正在使用，无法删除。</translation>
    </message>
    <message>
        <source>The project is being reloaded.</source>
        <translation>正在重新载入项目。</translation>
    </message>
    <message>
        <source>Undo or redo could not be saved in the project: %1. The scenario is reloaded from the project file and the undo history cleared.</source>
        <translation>撤销或重做未能保存到项目：%1。已从项目文件重新载入方案，并清空撤销历史。</translation>
    </message>
    <message>
        <source>the project journal could not be read: %1</source>
        <translation>无法读取项目编辑日志：%1</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::PlotRegisterDock</name>
    <message>
        <source>Export the plot register</source>
        <translation>导出用地台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The register could not be written:
%1

Choose another folder or close the file if it is open in Excel.</source>
        <translation>台账无法写入：
%1

请选择其他文件夹，或关闭在 Excel 中打开的该文件。</translation>
    </message>
    <message>
        <source>Plot register</source>
        <translation>教育用地台账</translation>
    </message>
    <message>
        <source>All plots</source>
        <translation>全部地块</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>未通过核查</translation>
    </message>
    <message>
        <source>Passing checks</source>
        <translation>通过核查</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>导出到 Excel...</translation>
    </message>
    <message>
        <source>Residential projects</source>
        <translation>住宅项目</translation>
    </message>
    <message>
        <source>Reserved plots</source>
        <translation>预留地块</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::PlotRegisterModel</name>
    <message>
        <source>area below the land its school needs</source>
        <translation>面积小于所规划学校的用地需求</translation>
    </message>
    <message>
        <source>no seat shortfall in its town in %1</source>
        <translation>%1 年所在镇街无学位缺口</translation>
    </message>
    <message>
        <source>built</source>
        <translation type="vanished">已建成</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation type="vanished">已征收</translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="vanished">规划</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Land needed (m²)</source>
        <translation>用地需求（平方米）</translation>
    </message>
    <message>
        <source>Town shortfall (seats)</source>
        <translation>镇街学位缺口</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no residents within its service radius (%1 m)</source>
        <translation>服务半径（%1 米）内无居民</translation>
    </message>
    <message>
        <source>overlaps land where no school may be built: %1</source>
        <translation>占用不得建设学校的用地：%1</translation>
    </message>
    <message>
        <source>closer than %1 m to a railway</source>
        <translation>距铁路不足 %1 米</translation>
    </message>
    <message>
        <source>closer than %1 m to an expressway or arterial road</source>
        <translation>距高速公路或主干道不足 %1 米</translation>
    </message>
    <message>
        <source>Residents within service radius</source>
        <translation>服务半径内居民</translation>
    </message>
    <message>
        <source>Restricted land overlap</source>
        <translation>占用限制用地</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::PlotStatusDialog</name>
    <message>
        <source>Plot %1</source>
        <translation>地块 %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="vanished">规划中</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation type="vanished">已征收</translation>
    </message>
    <message>
        <source>built</source>
        <translation type="vanished">已建成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ResultsDock</name>
    <message>
        <source>Year %1</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>No analysis results for this project yet: the map shows the data only. Results appear once the project holds cohorts and catchments.</source>
        <translation>本项目尚无分析结果：地图仅显示数据。项目包含人口队列和招生片区后即显示结果。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a feature on the map (Identify tool) or select a row to see its attributes, results and flags.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在地图上点击要素（识别工具）或选择一行，查看其属性、结果和预警。&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n features selected; showing the first.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已选择 %n 个要素，显示第一个。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;Results %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;%1 年结果&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;demand %2&lt;/td&gt;&lt;td&gt;seats %3&lt;/td&gt;&lt;td&gt;shortfall %4&lt;/td&gt;&lt;td&gt;surplus %5&lt;/td&gt;&lt;td&gt;utilisation %6%&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;需求 %2&lt;/td&gt;&lt;td&gt;学位 %3&lt;/td&gt;&lt;td&gt;缺口 %4&lt;/td&gt;&lt;td&gt;富余 %5&lt;/td&gt;&lt;td&gt;使用率 %6%&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Flags&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;预警&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attributes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;属性&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>Map: towns by shortfall</source>
        <translation>地图：按镇街学位缺口</translation>
    </message>
    <message>
        <source>Map: catchments by shortfall</source>
        <translation>地图：按片区学位缺口</translation>
    </message>
    <message>
        <source>Map: counties by shortfall</source>
        <translation>地图：按县区学位缺口</translation>
    </message>
    <message>
        <source>Table: schools</source>
        <translation>表：学校</translation>
    </message>
    <message>
        <source>Table: catchments</source>
        <translation>表：招生片区</translation>
    </message>
    <message>
        <source>Table: towns</source>
        <translation>表：镇街</translation>
    </message>
    <message>
        <source>Table: counties</source>
        <translation>表：县区</translation>
    </message>
    <message>
        <source>Service radius</source>
        <translation>服务半径</translation>
    </message>
    <message>
        <source>The year shown on the map and in the tables</source>
        <translation>地图和表格所显示的年份</translation>
    </message>
    <message>
        <source>Low projection</source>
        <translation>低方案</translation>
    </message>
    <message>
        <source>Medium projection</source>
        <translation>中方案</translation>
    </message>
    <message>
        <source>High projection</source>
        <translation>高方案</translation>
    </message>
    <message>
        <source>The low, medium or high variant of the population projection (from the project's assumption ranges)</source>
        <translation>人口预测的低、中、高方案（依据项目的假设区间）</translation>
    </message>
    <message numerus="yes">
        <source>%n catchment(s) fall into separate pieces: %1</source>
        <translation type="vanished">
            <numerusform>%n 个学区分成了互不相连的几块：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catchment(s) fall into separate pieces. &lt;a href=&quot;pieces&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n 个学区分成了互不相连的几块。&lt;a href=&quot;pieces&quot;&gt;查看&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ResultsModel</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Demand (seats)</source>
        <translation>需求（学位）</translation>
    </message>
    <message>
        <source>Capacity (seats)</source>
        <translation>容量（学位）</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>富余</translation>
    </message>
    <message>
        <source>Classes short</source>
        <translation>缺班数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>The zones of this catchment fall into %1 separate pieces.</source>
        <translation>该学区的小区分成了 %1 块互不相连的区域。</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>块数</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ScenarioDock</name>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&lt;no edits&gt;</source>
        <translation>&lt;无编辑&gt;</translation>
    </message>
    <message>
        <source>Base (read-only)</source>
        <translation>基准（只读）</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete scenario %1 and its edits? This cannot be undone.</source>
        <translation>删除方案 %1 及其全部编辑？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ScenariosMenu</name>
    <message>
        <source>Sce&amp;narios</source>
        <translation>方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios...</source>
        <translation>比较方案(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SchoolChangeDialog</name>
    <message>
        <source>Expand %1</source>
        <translation>扩建 %1</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>改制 %1</translation>
    </message>
    <message>
        <source>From school year</source>
        <translation>自学年</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>新类型</translation>
    </message>
    <message>
        <source>Primary classes after</source>
        <translation>改制后小学班数</translation>
    </message>
    <message>
        <source>Junior classes after</source>
        <translation>改制后初中班数</translation>
    </message>
    <message>
        <source>Primary classes added</source>
        <translation>增加小学班数</translation>
    </message>
    <message>
        <source>Junior classes added</source>
        <translation>增加初中班数</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SchoolPlaceTool</name>
    <message>
        <source>Add school %1</source>
        <translation>新建学校 %1</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SchoolSharesDialog</name>
    <message>
        <source>Schools of catchment %1</source>
        <translation>学区 %1 的学校</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Share of the catchment's demand each school takes (all 0 = by capacity).</source>
        <translation>各校承担本学区学位需求的比例（全为 0 = 按学位容量分配）。</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SchoolTypeCombo</name>
    <message>
        <source>Primary school</source>
        <translation type="vanished">小学</translation>
    </message>
    <message>
        <source>Junior secondary school</source>
        <translation type="vanished">初级中学</translation>
    </message>
    <message>
        <source>Nine-year school</source>
        <translation type="vanished">九年一贯制学校</translation>
    </message>
    <message>
        <source>Twelve-year school</source>
        <translation type="vanished">十二年一贯制学校</translation>
    </message>
    <message>
        <source>Teaching point</source>
        <translation type="vanished">教学点</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SitingDialog</name>
    <message>
        <source>Site schools</source>
        <translation>学校选址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>New schools (at most)</source>
        <translation>新建学校数（上限）</translation>
    </message>
    <message>
        <source>Classes (at most)</source>
        <translation>新增班数（上限）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Search time (s)</source>
        <translation>求解时间（秒）</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>work-plan target year</source>
        <translation>工作方案目标年</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept into scenario</source>
        <translation>采纳到方案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Searching... best cost so far %1</source>
        <translation>正在求解……当前最优目标值 %1</translation>
    </message>
    <message>
        <source>Building the siting problem...</source>
        <translation>正在构建选址问题……</translation>
    </message>
    <message>
        <source>Siting failed: %1</source>
        <translation>选址失败：%1</translation>
    </message>
    <message>
        <source>%1 new school(s), %2 classes, found in %3 s%4. Children with a seat: %5 (%6 within %7 m); without a seat: %8.</source>
        <translation>新建学校 %1 所，共 %2 个班，用时 %3 秒%4。有学位的学龄儿童：%5 名（%7 米内 %6 名）；无学位：%8 名。</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>Nothing to accept: run the siting first.</source>
        <translation>没有可采纳的结果：请先运行选址。</translation>
    </message>
    <message>
        <source>The project is read-only: %1</source>
        <translation type="vanished">项目为只读：%1</translation>
    </message>
    <message>
        <source>The active scenario changed since the run: run the siting again.</source>
        <translation type="vanished">运行后当前方案已改变：请重新运行选址。</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>The base cannot be edited. Name of the new scenario for the proposal:</source>
        <translation>基础方案不可编辑。请输入用于保存选址结果的新方案名称：</translation>
    </message>
    <message>
        <source>Siting proposal</source>
        <translation>选址方案</translation>
    </message>
    <message>
        <source>Proposed by the siting tool</source>
        <translation>由选址工具生成</translation>
    </message>
    <message>
        <source>Scenario %1 cannot be edited.</source>
        <translation type="vanished">方案 %1 不可编辑。</translation>
    </message>
    <message>
        <source>Accept %1 proposed school(s)</source>
        <translation type="vanished">采纳 %1 所选址学校</translation>
    </message>
    <message>
        <source>Accepted into scenario %1.</source>
        <translation>已采纳到方案 %1。</translation>
    </message>
    <message>
        <source>Give the new scenario a name other than the base.</source>
        <translation>请为新方案指定一个不同于基础方案的名称。</translation>
    </message>
    <message>
        <source>The proposal could not be saved: %1</source>
        <translation>无法保存选址结果：%1</translation>
    </message>
    <message>
        <source>Accept %1 proposed school(s) into %2</source>
        <translation>将 %1 所选址学校纳入方案 %2</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::SitingSiteModel</name>
    <message>
        <source>Plot</source>
        <translation>用地</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班数</translation>
    </message>
    <message>
        <source>Seats added</source>
        <translation>新增学位</translation>
    </message>
    <message>
        <source>Newly within walking distance</source>
        <translation>新增步行范围内学生</translation>
    </message>
    <message>
        <source>Shortfall closed</source>
        <translation>填补学位缺口</translation>
    </message>
    <message>
        <source>Why this plot</source>
        <translation>选址理由</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::StandardsDock</name>
    <message>
        <source>Standards in use</source>
        <translation>采用的标准</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Project override</source>
        <translation>项目覆盖</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>seatplan::ui::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Site schools...</source>
        <translation>学校选址(&amp;S)…</translation>
    </message>
</context>
</TS>
