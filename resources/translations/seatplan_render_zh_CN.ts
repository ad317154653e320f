<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnexAtlas</name>
    <message>
        <source>no shortfall</source>
        <translation>无缺口</translation>
    </message>
    <message>
        <source>short 1-199</source>
        <translation>缺口1—199个</translation>
    </message>
    <message>
        <source>short 200-499</source>
        <translation>缺口200—499个</translation>
    </message>
    <message>
        <source>short 500+</source>
        <translation>缺口500个及以上</translation>
    </message>
    <message>
        <source>reserved plot</source>
        <translation>预留教育用地</translation>
    </message>
    <message>
        <source>county boundary</source>
        <translation>县（市、区）界</translation>
    </message>
    <message>
        <source>town boundary</source>
        <translation>镇（街）界</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>8. Atlas</source>
        <translation>八、图集</translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation>坐标系统：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>Map review no. (审图号): __________</source>
        <translation>审图号：__________</translation>
    </message>
    <message>
        <source>Prepared by: %1  %2</source>
        <translation>编制单位：%1  %2</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>Legend (%1 catchments, shortfall %2)</source>
        <translation>图例（%1招生片区%2年学位缺口）</translation>
    </message>
    <message>
        <source>Seat shortfall maps by county, one for primary and one for junior catchments, coloured by their %1 shortfall, with schools, reserved plots and boundaries.</source>
        <translation>各县（市、区）小学、初中学位缺口分区图各一幅：底色为招生片区%1年学位缺口，叠加学校、预留教育用地及行政界线。</translation>
    </message>
    <message>
        <source>%1: %2 seat shortfall map</source>
        <translation>%1%2学位缺口分区图</translation>
    </message>
    <message>
        <source>%1 %2: %3 seat shortfall map</source>
        <translation>%1%2%3学位缺口分区图</translation>
    </message>
</context>
<context>
    <name>AnnexBalance</name>
    <message>
        <source>2. Seat demand and supply by year</source>
        <translation>二、学位需求与供给</translation>
    </message>
    <message>
        <source>Demand is public-seat demand; supply is classes times the standard class size; the shortfall is the sum of catchment shortfalls (seats do not move between catchments).</source>
        <translation>学位需求为公办学位需求（户籍适龄儿童按入学率、民办就读比例折算，加随迁子女公办就读部分）；学位供给为公办学校班数乘标准班额；缺口为各招生片区缺口之和（学位不跨片区调剂）。</translation>
    </message>
    <message>
        <source>Seat demand and supply by year (counties and towns)</source>
        <translation>分年度学位需求与供给表（县、镇街）</translation>
    </message>
    <message>
        <source>Unit: seats</source>
        <translation>单位：个</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>供给</translation>
    </message>
    <message>
        <source>short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Note: bold rows are county totals; medium projection variant.</source>
        <translation>注：加粗行为县（市、区）合计；预测采用中方案。</translation>
    </message>
    <message>
        <source>%1: seat demand and supply</source>
        <translation>%1学位需求与供给</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>学位（个）</translation>
    </message>
    <message>
        <source> supply</source>
        <translation>学位供给</translation>
    </message>
    <message>
        <source> demand</source>
        <translation>学位需求</translation>
    </message>
</context>
<context>
    <name>AnnexContext</name>
    <message>
        <source>Table %1</source>
        <translation>附表%1</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>图%1</translation>
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
        <source>nine-year</source>
        <translation>九年一贯制</translation>
    </message>
    <message>
        <source>twelve-year</source>
        <translation>十二年一贯制</translation>
    </message>
    <message>
        <source>teaching point</source>
        <translation>教学点</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year as a column heading</comment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>AnnexCover</name>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <translation>%1—%2年</translation>
    </message>
    <message>
        <source>%1: compulsory-education seat plan, annex tables and maps</source>
        <translation>%1“十四五”义务教育学位建设规划附表</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>规划情景：</translation>
    </message>
    <message>
        <source>Plan period:</source>
        <translation>规划期：</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>坐标系统：</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>编制日期：</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>%1: compulsory-education seat plan %2, annex tables and maps</source>
        <translation>%1义务教育学位建设规划（%2）附表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
</context>
<context>
    <name>AnnexDefaults</name>
    <message>
        <source>county budget + higher-level subsidies</source>
        <translation>县级财政+上级补助</translation>
    </message>
    <message>
        <source>%1 education bureau</source>
        <translation>%1教育局</translation>
    </message>
    <message>
        <source>SeatPlan default after ANNEX.md's project table (funders: central, provincial, city or county, bonds; responsible unit); set the project metadata annex.funding_source and annex.responsible_unit to override</source>
        <translation>SeatPlan默认值，依据ANNEX.md附表1（资金来源：中央/省/市县/债券；责任单位）；可在项目元数据annex.funding_source、annex.responsible_unit中设置</translation>
    </message>
</context>
<context>
    <name>AnnexLand</name>
    <message>
        <source>6. Land for schools</source>
        <translation>六、教育用地保障</translation>
    </message>
    <message>
        <source>Reserved school plots</source>
        <translation>教育预留用地情况表</translation>
    </message>
    <message>
        <source>Units: m2, mu, classes</source>
        <translation>单位：㎡、亩、班</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街）</translation>
    </message>
    <message>
        <source>Planned school</source>
        <translation>规划
学校</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>规划
班数</translation>
    </message>
    <message>
        <source>Area (m2)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Needed (m2)</source>
        <translation>需用地（㎡）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>用地
状态</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>planned size unknown</source>
        <translation>规划规模未定</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>面积达标</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>面积不足</translation>
    </message>
    <message>
        <source>outside the shortfall area</source>
        <translation>不在缺口片区</translation>
    </message>
    <message>
        <source>to acquire</source>
        <translation>待征收</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已划拨</translation>
    </message>
    <message>
        <source>built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>(no plot)</source>
        <translation>（缺少预留用地）</translation>
    </message>
    <message>
        <source>shortfall area without a reserved plot</source>
        <translation>缺口片区无预留用地</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Residential projects: seats and school land</source>
        <translation>住宅项目配套学位及用地情况表</translation>
    </message>
    <message>
        <source>Units: m2, dwellings, persons, seats</source>
        <translation>单位：㎡、套、人、个</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>住宅项目</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>住宅建筑面积</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>需配套学位</translation>
    </message>
    <message>
        <source>junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Seats from FAR uplift</source>
        <translation>容积率调整新增学位</translation>
    </message>
    <message>
        <source>School plot</source>
        <translation>配建地块</translation>
    </message>
    <message>
        <source>no school plot</source>
        <translation>未配建学校用地</translation>
    </message>
    <message>
        <source>plot adequate</source>
        <translation>配建用地达标</translation>
    </message>
    <message>
        <source>plot too small</source>
        <translation>配建用地不足</translation>
    </message>
    <message>
        <source>Note: seats from seats per 1,000 residents (%1 primary, %2 junior); FAR uplifts raise seats in proportion.</source>
        <translation>注：学位按千人指标测算（小学%1、初中%2个/千人），容积率调整按比例增加学位。</translation>
    </message>
</context>
<context>
    <name>AnnexLedger</name>
    <message>
        <source>7. Assumptions and parameters</source>
        <translation>七、假设与参数</translation>
    </message>
    <message>
        <source>Parameters used and their sources</source>
        <translation>规划测算参数及来源表</translation>
    </message>
    <message>
        <source>Units: per row</source>
        <translation>单位：见各行</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of words</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Check: V = read in the source document; V2 = from a secondary source only; C = computed from verified figures; M = working assumption, to be confirmed; I = inferred. Key: the parameter's name in the project's standards table and in STANDARDS.md.</source>
        <translation>核验：V＝已在原文件中核实；V2＝仅见于二手来源；C＝由已核实数据计算；M＝工作假定，待核实；I＝推断。参数键：该参数在项目标准表及STANDARDS.md中的名称。</translation>
    </message>
    <message>
        <source>Basis or source</source>
        <translation>依据或来源</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>参数键</translation>
    </message>
    <message>
        <source>Compulsory Education Law art. 11; Guangdong 6+3 system, 31 August cut-off</source>
        <translation>《义务教育法》第十一条；广东省“六三”学制，8月31日入学截止</translation>
    </message>
    <message>
        <source>建标102-2002 art. 6; 教督〔2017〕6号</source>
        <translation>建标102-2002 第六条；教督〔2017〕6号</translation>
    </message>
    <message>
        <source>建标109-2008 art. 8, long term</source>
        <translation>建标109-2008 第八条（远期）</translation>
    </message>
    <message>
        <source>Ministry of Education class-size bands: 56–65 large, 66 and more oversized</source>
        <translation>教育部班额分级：56–65人为大班额，66人及以上为超大班额</translation>
    </message>
    <message>
        <source>教督〔2017〕6号, government provision item 4</source>
        <translation>教督〔2017〕6号 政府保障程度第4项</translation>
    </message>
    <message>
        <source>国办发〔2018〕27号, rural small schools below 100 students</source>
        <translation>国办发〔2018〕27号 乡村小规模学校（不足100人）</translation>
    </message>
    <message>
        <source>建标102-2002 / 建标109-2008 standard school sizes; 36 classes assumed</source>
        <translation>建标102-2002、建标109-2008 标准办学规模；36班为假定</translation>
    </message>
    <message>
        <source>Guangdong standard for standardised compulsory schools (2013), art. 3</source>
        <translation>《广东省义务教育标准化学校标准》（2013）第三条</translation>
    </message>
    <message>
        <source>GB 50180 appendix A / GB 50180-2018 life circles</source>
        <translation>GB 50180 附录A／GB 50180-2018 生活圈</translation>
    </message>
    <message>
        <source>GB 50099-2011 Code for design of schools, 4.1.6</source>
        <translation>GB 50099-2011《中小学校设计规范》4.1.6</translation>
    </message>
    <message>
        <source>STANDARDS.md 5.1: seats per 1,000 residents = 6 or 3 cohorts × birth rate (Changle)</source>
        <translation>STANDARDS.md 5.1：千人指标=6或3个年龄组×出生率（长乐）</translation>
    </message>
    <message>
        <source>Meizhou 2021 statistical bulletin, 8.69‰</source>
        <translation>梅州市2021年统计公报，8.69‰</translation>
    </message>
    <message>
        <source>Meizhou 2022 statistical bulletin, 7.34‰</source>
        <translation>梅州市2022年统计公报，7.34‰</translation>
    </message>
    <message>
        <source>≈ Meizhou 2021 births 49,900 / women aged 15–49 (≈ 22% of 3.87 million)</source>
        <translation>≈梅州市2021年出生4.99万人÷15–49岁妇女（约占387万人的22%）</translation>
    </message>
    <message>
        <source>New commodity housing planned at 3.0–3.2 persons per dwelling</source>
        <translation>新建商品住宅按每户3.0–3.2人规划</translation>
    </message>
    <message>
        <source>Typical unit mix, 90–120 m² per dwelling</source>
        <translation>常见户型，每户90–120㎡</translation>
    </message>
    <message>
        <source>教督〔2017〕6号, 7 resource indicators</source>
        <translation>教督〔2017〕6号 资源配置7项指标</translation>
    </message>
    <message>
        <source>教督〔2017〕6号, coefficients of variation 0.50 / 0.45</source>
        <translation>教督〔2017〕6号 差异系数0.50／0.45</translation>
    </message>
    <message>
        <source>Split formula of the balance coefficients, 1 : 1.1 : 1.32</source>
        <translation>测算均衡系数拆分公式1∶1.1∶1.32</translation>
    </message>
    <message>
        <source>Hebei rules for 优质均衡: teaching points under 50 students excluded</source>
        <translation>河北省优质均衡具体办法：不足50人的教学点不参与计算</translation>
    </message>
    <message>
        <source>Meizhou 2021 work plan</source>
        <translation>梅州市2021年工作方案</translation>
    </message>
    <message>
        <source>教督〔2017〕6号 item 15: at least 85% in public schools</source>
        <translation>教督〔2017〕6号 第15项：公办学校就读比例不低于85%</translation>
    </message>
    <message>
        <source>Guide to resource rooms in ordinary schools (2016): 5 or more disabled students</source>
        <translation>《普通学校特殊教育资源教室建设指南》（2016）：残疾学生5人及以上</translation>
    </message>
    <message>
        <source>Meizhou target of at least 98% (national 95%)</source>
        <translation>梅州市目标不低于98%（全国95%）</translation>
    </message>
    <message>
        <source>建标102-2002 table 4-1, 24 classes, planning indicator</source>
        <translation>建标102-2002 表4-1，24班，规划指标</translation>
    </message>
    <message>
        <source>ANNEX.md unit costs: Guangdong county schools 5,000–5,600 yuan/m² in total</source>
        <translation>ANNEX.md 单方造价：广东县域学校总投资5000–5600元/㎡</translation>
    </message>
    <message>
        <source>ANNEX.md: 郁南县南都学校 feasibility approval, 13,892 / 2,538 / 520 (10,000 yuan)</source>
        <translation>ANNEX.md：郁南县南都学校可研批复 13892／2538／520万元</translation>
    </message>
    <message>
        <source>Typical county school construction, 2 years</source>
        <translation>县域学校一般建设周期2年</translation>
    </message>
    <message>
        <source>中央编办发〔2014〕72号 staffing standard 1:19 / 1:13.5</source>
        <translation>中央编办发〔2014〕72号 教职工编制标准1∶19／1∶13.5</translation>
    </message>
    <message>
        <source>SeatPlan default assumption, set per project</source>
        <translation>SeatPlan默认假定，可按项目设置</translation>
    </message>
    <message>
        <source>2020 census single-year ages (七普)</source>
        <translation>第七次全国人口普查（2020年）分年龄人口</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>31 August cut-off: (12 − cut-off month) / 12 of the births of year Y−7, the rest of Y−6</source>
        <translation>8月31日入学截止：Y−7年出生人口的(12−截止月)/12，其余为Y−6年出生</translation>
    </message>
    <message>
        <source>Disabled children in ordinary schools are part of the cohorts and need ordinary seats; resource rooms are checked per school</source>
        <translation>随班就读残疾儿童计入适龄人口并占用普通学位；资源教室逐校核查</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>分析设置</translation>
    </message>
    <message>
        <source>Project data</source>
        <translation>项目数据</translation>
    </message>
    <message>
        <source>Enrolment history (education statistics)</source>
        <translation>历年在校生（教育事业统计）</translation>
    </message>
    <message>
        <source>Project override, or cohorts × birth rate × adjustment (STANDARDS.md 5.1)</source>
        <translation>项目设定值，或年龄组数×出生率×调整系数（STANDARDS.md 5.1）</translation>
    </message>
    <message>
        <source>%1 edits on parent scenario %2</source>
        <translation>在上级方案%2基础上调整%1处</translation>
    </message>
    <message>
        <source>Variant printed in this annex</source>
        <translation>本附件采用的方案</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>规划方案</translation>
    </message>
    <message>
        <source>Base year of the projection</source>
        <translation>预测基年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Last projected year</source>
        <translation>预测末年</translation>
    </message>
    <message>
        <source>Grade-1 entrants born seven years before entry</source>
        <translation>一年级新生中入学前第7年出生者比例</translation>
    </message>
    <message>
        <source>share of grade-1 entrants</source>
        <translation>占一年级新生比例</translation>
    </message>
    <message>
        <source>Disabled children in ordinary schools (随班就读)</source>
        <translation>随班就读残疾儿童</translation>
    </message>
    <message>
        <source>Projection variants analysed</source>
        <translation>分析的预测方案</translation>
    </message>
    <message>
        <source>Planning zones</source>
        <translation>规划单元</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Schools in the scenario</source>
        <translation>方案内学校</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>所</translation>
    </message>
    <message>
        <source>Catchments in the scenario</source>
        <translation>方案内服务区（学区）</translation>
    </message>
    <message>
        <source>Birth records</source>
        <translation>出生人口记录</translation>
    </message>
    <message>
        <source>records (area × year)</source>
        <translation>条（地区×年）</translation>
    </message>
    <message>
        <source>Enrolment records</source>
        <translation>在校生记录</translation>
    </message>
    <message>
        <source>records (school × year × grade)</source>
        <translation>条（学校×年×年级）</translation>
    </message>
    <message>
        <source>Grade progression ratios, %1</source>
        <translation>%1年级升级比</translation>
    </message>
    <message>
        <source>grade g → g+1 (- = net migration used)</source>
        <translation>g年级→g+1年级（“-”表示采用净迁移）</translation>
    </message>
    <message>
        <source>Seats per 1,000 residents used, primary</source>
        <translation>采用的千人学位指标（小学）</translation>
    </message>
    <message>
        <source>seats per 1,000 residents</source>
        <translation>个/千人</translation>
    </message>
    <message>
        <source>Seats per 1,000 residents used, junior secondary</source>
        <translation>采用的千人学位指标（初中）</translation>
    </message>
    <message>
        <source>Projection variant</source>
        <translation>预测方案</translation>
    </message>
    <message>
        <source>Funding source of the projects</source>
        <translation>项目资金来源</translation>
    </message>
    <message>
        <source>Responsible unit of the projects</source>
        <translation>项目责任单位</translation>
    </message>
    <message>
        <source>School entry age</source>
        <translation>入学年龄</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Primary grades</source>
        <translation>小学年级数</translation>
    </message>
    <message>
        <source>grades</source>
        <translation>个年级</translation>
    </message>
    <message>
        <source>Junior secondary grades</source>
        <translation>初中年级数</translation>
    </message>
    <message>
        <source>Enrolment cut-off month</source>
        <translation>入学年龄截止月份</translation>
    </message>
    <message>
        <source>month (1–12)</source>
        <translation>月（1–12）</translation>
    </message>
    <message>
        <source>Standard class size, primary</source>
        <translation>标准班额（小学）</translation>
    </message>
    <message>
        <source>students per class</source>
        <translation>人/班</translation>
    </message>
    <message>
        <source>Rural class size in the long term, primary</source>
        <translation>农村学校远期班额（小学）</translation>
    </message>
    <message>
        <source>Standard class size, junior secondary</source>
        <translation>标准班额（初中）</translation>
    </message>
    <message>
        <source>Rural class size in the long term, junior secondary</source>
        <translation>农村学校远期班额（初中）</translation>
    </message>
    <message>
        <source>Use the rural long-term class sizes</source>
        <translation>是否采用农村远期班额</translation>
    </message>
    <message>
        <source>0 = no, 1 = yes</source>
        <translation>0=否，1=是</translation>
    </message>
    <message>
        <source>Large class: from</source>
        <translation>大班额下限</translation>
    </message>
    <message>
        <source>students</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Oversized class: from</source>
        <translation>超大班额下限</translation>
    </message>
    <message>
        <source>Maximum school size, primary</source>
        <translation>学校规模上限（小学）</translation>
    </message>
    <message>
        <source>Maximum school size, junior secondary</source>
        <translation>学校规模上限（初中）</translation>
    </message>
    <message>
        <source>Maximum school size, nine-year school</source>
        <translation>学校规模上限（九年一贯制）</translation>
    </message>
    <message>
        <source>Maximum school size, twelve-year school</source>
        <translation>学校规模上限（十二年一贯制）</translation>
    </message>
    <message>
        <source>Small rural school: fewer than</source>
        <translation>乡村小规模学校：少于</translation>
    </message>
    <message>
        <source>Maximum classes per school</source>
        <translation>每校最多班数</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Standard school sizes, primary</source>
        <translation>标准办学规模（小学）</translation>
    </message>
    <message>
        <source>Standard school sizes, junior secondary</source>
        <translation>标准办学规模（初中）</translation>
    </message>
    <message>
        <source>Standard school sizes, nine-year school</source>
        <translation>标准办学规模（九年一贯制）</translation>
    </message>
    <message>
        <source>Site area per student, primary</source>
        <translation>生均用地面积（小学）</translation>
    </message>
    <message>
        <source>m² per student</source>
        <translation>㎡/生</translation>
    </message>
    <message>
        <source>Site area per student in the city centre, primary</source>
        <translation>中心城区生均用地面积（小学）</translation>
    </message>
    <message>
        <source>Service radius, primary</source>
        <translation>服务半径（小学）</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Site area per student, junior secondary</source>
        <translation>生均用地面积（初中）</translation>
    </message>
    <message>
        <source>Site area per student in the city centre, junior secondary</source>
        <translation>中心城区生均用地面积（初中）</translation>
    </message>
    <message>
        <source>Service radius, junior secondary</source>
        <translation>服务半径（初中）</translation>
    </message>
    <message>
        <source>Distance from railways</source>
        <translation>与铁路的距离</translation>
    </message>
    <message>
        <source>Distance from arterial roads</source>
        <translation>与城市主干道的距离</translation>
    </message>
    <message>
        <source>Birth rate for residential projects</source>
        <translation>住宅项目测算出生率</translation>
    </message>
    <message>
        <source>per mille</source>
        <translation>‰</translation>
    </message>
    <message>
        <source>Age cohorts in the 1,000-resident index, primary</source>
        <translation>千人指标年龄组数（小学）</translation>
    </message>
    <message>
        <source>single-year cohorts</source>
        <translation>个年龄组</translation>
    </message>
    <message>
        <source>Seats per 1,000 residents set by the project, primary</source>
        <translation>项目设定千人学位指标（小学）</translation>
    </message>
    <message>
        <source>seats per 1,000 residents (0 = derived)</source>
        <translation>个/千人（0=按公式推算）</translation>
    </message>
    <message>
        <source>Age cohorts in the 1,000-resident index, junior secondary</source>
        <translation>千人指标年龄组数（初中）</translation>
    </message>
    <message>
        <source>Seats per 1,000 residents set by the project, junior secondary</source>
        <translation>项目设定千人学位指标（初中）</translation>
    </message>
    <message>
        <source>Adjustment of the 1,000-resident index</source>
        <translation>千人指标调整系数</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Persons per dwelling</source>
        <translation>户均人口</translation>
    </message>
    <message>
        <source>persons per dwelling</source>
        <translation>人/户</translation>
    </message>
    <message>
        <source>Floor area per dwelling</source>
        <translation>户均住宅建筑面积</translation>
    </message>
    <message>
        <source>m² per dwelling</source>
        <translation>㎡/户</translation>
    </message>
    <message>
        <source>Enrolment rate</source>
        <translation>入学率</translation>
    </message>
    <message>
        <source>share (0–1)</source>
        <translation>比例（0–1）</translation>
    </message>
    <message>
        <source>Migrant children in public schools</source>
        <translation>随迁子女在公办学校就读比例</translation>
    </message>
    <message>
        <source>Pupils in private schools</source>
        <translation>民办学校就读比例</translation>
    </message>
    <message>
        <source>Migrant children among pupils</source>
        <translation>随迁子女占比</translation>
    </message>
    <message>
        <source>Crude birth rate, low variant</source>
        <translation>出生率（低方案）</translation>
    </message>
    <message>
        <source>General fertility rate, low variant</source>
        <translation>一般生育率（低方案）</translation>
    </message>
    <message>
        <source>births per 1,000 women aged 15–49</source>
        <translation>‰（每千名15–49岁妇女）</translation>
    </message>
    <message>
        <source>Net migration rate, low variant</source>
        <translation>净迁移率（低方案）</translation>
    </message>
    <message>
        <source>share per year</source>
        <translation>比例/年</translation>
    </message>
    <message>
        <source>Urbanisation shift, low variant</source>
        <translation>城镇化转移率（低方案）</translation>
    </message>
    <message>
        <source>Crude birth rate, medium variant</source>
        <translation>出生率（中方案）</translation>
    </message>
    <message>
        <source>General fertility rate, medium variant</source>
        <translation>一般生育率（中方案）</translation>
    </message>
    <message>
        <source>Net migration rate, medium variant</source>
        <translation>净迁移率（中方案）</translation>
    </message>
    <message>
        <source>Urbanisation shift, medium variant</source>
        <translation>城镇化转移率（中方案）</translation>
    </message>
    <message>
        <source>Crude birth rate, high variant</source>
        <translation>出生率（高方案）</translation>
    </message>
    <message>
        <source>General fertility rate, high variant</source>
        <translation>一般生育率（高方案）</translation>
    </message>
    <message>
        <source>Net migration rate, high variant</source>
        <translation>净迁移率（高方案）</translation>
    </message>
    <message>
        <source>Urbanisation shift, high variant</source>
        <translation>城镇化转移率（高方案）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teachers above the required degree, primary</source>
        <translation>优质均衡标准：高于规定学历教师数（小学）</translation>
    </message>
    <message>
        <source>teachers per 100 students</source>
        <translation>人/百生</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teachers above the required degree, junior secondary</source>
        <translation>优质均衡标准：高于规定学历教师数（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: county-level or higher key teachers, primary</source>
        <translation>优质均衡标准：县级及以上骨干教师数（小学）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: county-level or higher key teachers, junior secondary</source>
        <translation>优质均衡标准：县级及以上骨干教师数（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: PE and art teachers, primary</source>
        <translation>优质均衡标准：体育、艺术专任教师数（小学）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: PE and art teachers, junior secondary</source>
        <translation>优质均衡标准：体育、艺术专任教师数（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teaching and auxiliary rooms, primary</source>
        <translation>优质均衡标准：生均教学及辅助用房面积（小学）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teaching and auxiliary rooms, junior secondary</source>
        <translation>优质均衡标准：生均教学及辅助用房面积（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: sports grounds and halls, primary</source>
        <translation>优质均衡标准：生均体育运动场馆面积（小学）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: sports grounds and halls, junior secondary</source>
        <translation>优质均衡标准：生均体育运动场馆面积（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teaching equipment, primary</source>
        <translation>优质均衡标准：生均教学仪器设备值（小学）</translation>
    </message>
    <message>
        <source>yuan per student</source>
        <translation>元/生</translation>
    </message>
    <message>
        <source>Quality-balance threshold: teaching equipment, junior secondary</source>
        <translation>优质均衡标准：生均教学仪器设备值（初中）</translation>
    </message>
    <message>
        <source>Quality-balance threshold: networked multimedia classrooms, primary</source>
        <translation>优质均衡标准：网络多媒体教室数（小学）</translation>
    </message>
    <message>
        <source>rooms per 100 students</source>
        <translation>间/百生</translation>
    </message>
    <message>
        <source>Quality-balance threshold: networked multimedia classrooms, junior secondary</source>
        <translation>优质均衡标准：网络多媒体教室数（初中）</translation>
    </message>
    <message>
        <source>Indicators a school must meet</source>
        <translation>每校须达标指标数</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Minimum of each indicator</source>
        <translation>各项指标最低达标比例</translation>
    </message>
    <message>
        <source>share of the threshold</source>
        <translation>占标准值比例</translation>
    </message>
    <message>
        <source>Limit of the coefficient of variation, primary</source>
        <translation>差异系数上限（小学）</translation>
    </message>
    <message>
        <source>coefficient of variation</source>
        <translation>差异系数</translation>
    </message>
    <message>
        <source>Limit of the coefficient of variation, junior secondary</source>
        <translation>差异系数上限（初中）</translation>
    </message>
    <message>
        <source>Weight of junior grades in through schools</source>
        <translation>一贯制学校初中学段权重</translation>
    </message>
    <message>
        <source>weight (primary = 1)</source>
        <translation>权重（小学=1）</translation>
    </message>
    <message>
        <source>Weight of senior grades in through schools</source>
        <translation>一贯制学校高中学段权重</translation>
    </message>
    <message>
        <source>Teaching points excluded below</source>
        <translation>不参与计算的教学点人数下限</translation>
    </message>
    <message>
        <source>Target enrolment rate</source>
        <translation>目标入学率</translation>
    </message>
    <message>
        <source>Target completion rate (巩固率)</source>
        <translation>目标巩固率</translation>
    </message>
    <message>
        <source>Target share of migrant children in public schools</source>
        <translation>目标随迁子女公办学校就读比例</translation>
    </message>
    <message>
        <source>Target enrolment rate of disabled children</source>
        <translation>目标残疾儿童入学率</translation>
    </message>
    <message>
        <source>Resource room required from</source>
        <translation>设置资源教室的残疾学生数下限</translation>
    </message>
    <message>
        <source>Boarding schools per town</source>
        <translation>每镇寄宿制学校数</translation>
    </message>
    <message>
        <source>Education groups per county</source>
        <translation>每县教育集团数</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Target year of the work plan</source>
        <translation>工作方案目标年</translation>
    </message>
    <message>
        <source>Floor area per student, primary</source>
        <translation>生均建筑面积（小学）</translation>
    </message>
    <message>
        <source>Floor area per student, junior secondary</source>
        <translation>生均建筑面积（初中）</translation>
    </message>
    <message>
        <source>Construction cost per m² of floor area</source>
        <translation>单方造价</translation>
    </message>
    <message>
        <source>yuan per m²</source>
        <translation>元/㎡</translation>
    </message>
    <message>
        <source>Share of works cost (工程费)</source>
        <translation>工程费占比</translation>
    </message>
    <message>
        <source>Share of other costs (其他费用)</source>
        <translation>工程建设其他费用占比</translation>
    </message>
    <message>
        <source>Share of contingency (预备费)</source>
        <translation>预备费占比</translation>
    </message>
    <message>
        <source>Construction period</source>
        <translation>建设周期</translation>
    </message>
    <message>
        <source>Students per teacher, primary</source>
        <translation>生师比（小学）</translation>
    </message>
    <message>
        <source>students per teacher</source>
        <translation>生/师</translation>
    </message>
    <message>
        <source>Students per teacher, junior secondary</source>
        <translation>生师比（初中）</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低方案</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中方案</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高方案</translation>
    </message>
    <message>
        <source>Project base data, no edits</source>
        <translation>项目基础数据，未作调整</translation>
    </message>
    <message>
        <source>%1 edits on the project base data</source>
        <translation>在项目基础数据上调整%1处</translation>
    </message>
    <message>
        <source>each county's</source>
        <translation>各县（市、区）</translation>
    </message>
</context>
<context>
    <name>AnnexProject</name>
    <message>
        <source>base: nearest-school catchments, schools as of 2020 (generated)</source>
        <translation>基准情景：就近入学招生片区，学校为2020年现状，数据为模拟生成</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实数据</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>模拟生成</translation>
    </message>
    <message>
        <source>real+generated</source>
        <translation>真实数据+模拟生成</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)</source>
        <translation>2000国家大地坐标系（CGCS2000），3度带高斯-克吕格投影，中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
        <source>SeatPlan analysis, scenario %1</source>
        <translation>SeatPlan学位规划测算（情景：%1）</translation>
    </message>
    <message>
        <source>(organisation)</source>
        <translation>（编制单位）</translation>
    </message>
    <message>
        <source>counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>towns</source>
        <translation>镇（街）</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>统计小区</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>catchments</source>
        <translation>招生片区</translation>
    </message>
    <message>
        <source>reserved plots</source>
        <translation>预留教育用地</translation>
    </message>
    <message>
        <source>residential projects</source>
        <translation>住宅项目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>project metadata annex.funding_source / annex.responsible_unit (unset ones: SeatPlan default)</source>
        <translation>项目元数据annex.funding_source、annex.responsible_unit（未设置的采用SeatPlan默认值）</translation>
    </message>
</context>
<context>
    <name>AnnexProjects</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>改扩建</translation>
    </message>
    <message>
        <source>relocation</source>
        <translation>迁建</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>续建</translation>
    </message>
    <message>
        <source>new start</source>
        <translation>新开工</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>to acquire</source>
        <translation>待征收</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已划拨</translation>
    </message>
    <message>
        <source>built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>reserved plot %1</source>
        <translation>预留地块 %1</translation>
    </message>
    <message>
        <source>to be found</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>%1 expansion</source>
        <translation>%1改扩建工程</translation>
    </message>
    <message>
        <source>existing campus</source>
        <translation>现有校园</translation>
    </message>
    <message>
        <source>%1 conversion</source>
        <translation>%1改扩建工程</translation>
    </message>
    <message>
        <source>New %2 in %1</source>
        <translation>%1新建%2</translation>
    </message>
    <message>
        <source>Catchment %1 seats</source>
        <translation>%1片区学位扩容工程</translation>
    </message>
    <message>
        <source>sized to catchment %1's shortfall</source>
        <translation>按片区%1缺口测算</translation>
    </message>
    <message>
        <source>4. School construction projects</source>
        <translation>四、学校建设项目</translation>
    </message>
    <message>
        <source>Projects are the scenario's new schools, expansions and relocations, plus reserve projects sized to the remaining catchment shortfall. Floor area at %1 m2 (primary) and %2 m2 (junior) per student; investment at %3 yuan/m2, of which works, other costs and contingency are %4%, %5% and %6%; land not included.</source>
        <translation>建设项目包括本情景的新建、改扩建、迁建项目，以及按剩余片区缺口测算的储备项目。建筑面积按生均建筑面积标准（小学%1㎡、初中%2㎡）测算，总投资按%3元/㎡估算，其中工程费、工程建设其他费用、预备费分别占%4%、%5%、%6%，不含土地费用。</translation>
    </message>
    <message>
        <source>Compulsory-education school construction projects</source>
        <translation>“十四五”期间义务教育学校建设项目表</translation>
    </message>
    <message>
        <source>Units: classes, seats, mu, m2, 10,000 yuan</source>
        <translation>单位：班、个、亩、㎡、万元</translation>
    </message>
    <message>
        <source>Seats added</source>
        <translation>新增学位（个）</translation>
    </message>
    <message>
        <source>Investment (10,000 yuan)</source>
        <translation>总投资（万元）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>所在镇
（街）</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>建设
性质</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>项目
状态</translation>
    </message>
    <message>
        <source>Classes after</source>
        <translation>建成后办学
规模（班）</translation>
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
        <source>Land (mu)</source>
        <translation>用地面积
（亩）</translation>
    </message>
    <message>
        <source>Land status</source>
        <translation>用地落实
情况</translation>
    </message>
    <message>
        <source>Floor area (m2)</source>
        <translation>建筑面积
（㎡）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>works</source>
        <translation>工程费</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>预备费</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金
来源</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工年</translation>
    </message>
    <message>
        <source>End</source>
        <translation>竣工年</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note: estimates without land acquisition; the funding split is fixed at approval; reserve projects are sized to the remaining shortfall and use reserved plots first.</source>
        <translation>注：投资为估算，不含土地征收费用；各级资金分担比例在项目立项时确定；“储备”项目按剩余缺口测算，选址以预留地块为先。</translation>
    </message>
</context>
<context>
    <name>AnnexSchools</name>
    <message>
        <source>5. Oversized schools and large classes</source>
        <translation>五、超规模学校与大班额</translation>
    </message>
    <message>
        <source>Oversized schools and large classes</source>
        <translation>超规模学校和大班额学校明细表</translation>
    </message>
    <message>
        <source>Units: students, classes</source>
        <translation>单位：人、班</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>学校
类型</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班数</translation>
    </message>
    <message>
        <source>Mean class</source>
        <translation>平均
班额</translation>
    </message>
    <message>
        <source>Largest class</source>
        <translation>最大
班额</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>规模
上限</translation>
    </message>
    <message>
        <source>Above cap</source>
        <translation>超出
人数</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>计划消除
时间</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>above size cap</source>
        <translation>超规模</translation>
    </message>
    <message>
        <source>oversized class (66+)</source>
        <translation>超大班额</translation>
    </message>
    <message>
        <source>large class (56-65)</source>
        <translation>大班额</translation>
    </message>
    <message>
        <source> education bureau</source>
        <translation>教育局</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source> schools</source>
        <translation>所</translation>
    </message>
    <message>
        <source>Note: large classes %1-%2 students, oversized %3 and more; caps %4 (primary, junior) and %5 (nine-year).</source>
        <translation>注：大班额为%1—%2人，超大班额为%3人及以上；规模上限小学、初中%4人，九年一贯制%5人。</translation>
    </message>
</context>
<context>
    <name>AnnexShortfall</name>
    <message>
        <source>3. Shortfall catchments and seats to build</source>
        <translation>三、学位缺口片区及分年度建设需求</translation>
    </message>
    <message>
        <source>Catchments short of seats by year</source>
        <translation>学位缺口招生片区分年度缺口表</translation>
    </message>
    <message>
        <source>Units: seats, classes</source>
        <translation>单位：个、班</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街）</translation>
    </message>
    <message>
        <source>Catchment</source>
        <translation>招生片区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>seats short</source>
        <translation>缺口学位</translation>
    </message>
    <message>
        <source>classes needed</source>
        <translation>需增班数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note: classes = shortfall / standard class size (%1 primary, %2 junior), rounded up.</source>
        <translation>注：缺口学位为片区公办学位需求减片区学位供给；需增班数按标准班额（小学%1人、初中%2人）向上取整。</translation>
    </message>
    <message>
        <source>Seats and classes to build per year by county</source>
        <translation>各县（市、区）分年度新增学位建设需求表</translation>
    </message>
    <message>
        <source>seats added</source>
        <translation>新增学位</translation>
    </message>
    <message>
        <source>classes added</source>
        <translation>新增班数</translation>
    </message>
    <message>
        <source>cumulative seats</source>
        <translation>累计新增学位</translation>
    </message>
    <message>
        <source>land (mu)</source>
        <translation>需用地（亩）</translation>
    </message>
    <message>
        <source>Units: seats, classes, teachers, mu</source>
        <translation>单位：个、班、人、亩</translation>
    </message>
    <message>
        <source>teachers to add</source>
        <translation>需新增
教师（人）</translation>
    </message>
    <message>
        <source>Note: closes catchment shortfalls by %1 and keeps them closed; land at %2 m2 (primary) and %3 m2 (junior) per student; teachers at one per %4 primary and %5 junior students (staffing standard) for the classes added.</source>
        <translation>注：按%1年前消除片区缺口并保持无缺口测算；用地按生均用地标准（小学%2㎡、初中%3㎡）；需新增教师按教职工编制标准（小学1:%4、初中1:%5）以新增班级学生数测算。</translation>
    </message>
</context>
<context>
    <name>AnnexTargets</name>
    <message>
        <source>Enrolment rate</source>
        <translation>义务教育入学率</translation>
    </message>
    <message>
        <source>Consolidation rate</source>
        <translation>九年义务教育巩固率</translation>
    </message>
    <message>
        <source>Migrant children in public or purchased places</source>
        <translation>随迁子女在公办学校（含政府购买学位）就读比例</translation>
    </message>
    <message>
        <source>Enrolment of disabled children</source>
        <translation>适龄残疾儿童少年入学率</translation>
    </message>
    <message>
        <source>Resource rooms where required</source>
        <translation>应设资源教室学校的设置比例</translation>
    </message>
    <message>
        <source>Boarding schools per town (fewest)</source>
        <translation>每个乡镇寄宿制学校（所，最少的乡镇）</translation>
    </message>
    <message>
        <source>Education groups</source>
        <translation>教育集团（个）</translation>
    </message>
    <message>
        <source>qualified teachers per 100</source>
        <translation>每百名学生拥有高于规定学历教师数</translation>
    </message>
    <message>
        <source>key teachers per 100</source>
        <translation>每百名学生拥有县级以上骨干教师数</translation>
    </message>
    <message>
        <source>PE and art teachers per 100</source>
        <translation>每百名学生拥有体育、艺术专任教师数</translation>
    </message>
    <message>
        <source>teaching area per student</source>
        <translation>生均教学及辅助用房面积</translation>
    </message>
    <message>
        <source>sports area per student</source>
        <translation>生均体育运动场馆面积</translation>
    </message>
    <message>
        <source>equipment value per student</source>
        <translation>生均教学仪器设备值</translation>
    </message>
    <message>
        <source>multimedia rooms per 100</source>
        <translation>每百名学生拥有网络多媒体教室数</translation>
    </message>
    <message>
        <source>1. Work-plan targets by county</source>
        <translation>一、工作方案目标达成情况</translation>
    </message>
    <message>
        <source>Each county's work-plan targets with the measured or derived figure and whether it is met; for the 优质均衡 indicators, the coefficient of variation between schools.</source>
        <translation>按县（市、区）列出工作方案各项目标的目标值、现状或测算值及是否达标；优质均衡各项指标列出校际差异系数。</translation>
    </message>
    <message>
        <source>Work-plan targets by county</source>
        <translation>各县（市、区）工作方案目标达成情况表</translation>
    </message>
    <message>
        <source>Units: %, schools, groups, students</source>
        <translation>单位：%、所、个、人</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>现状/测算值</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标情况</translation>
    </message>
    <message>
        <source>%2 seat shortfall in %1 (seats)</source>
        <translation>%1年%2学位缺口（个）</translation>
    </message>
    <message>
        <source>Schools with large classes (56+)</source>
        <translation>有大班额（56人及以上）的学校（所）</translation>
    </message>
    <message>
        <source>Schools with oversized classes (66+)</source>
        <translation>有超大班额（66人及以上）的学校（所）</translation>
    </message>
    <message>
        <source>Schools above the size cap</source>
        <translation>超规模学校（所）</translation>
    </message>
    <message>
        <source>优质均衡 %1 %2 CV</source>
        <translation>优质均衡 %1 %2 差异系数</translation>
    </message>
    <message>
        <source>Note: targets from the work plan and 教督〔2017〕6号; see the assumptions ledger.</source>
        <translation>注：目标值取自工作方案及《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号），见假设与参数表。</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Nine-year</source>
        <translation>九年一贯制</translation>
    </message>
    <message>
        <source>Twelve-year</source>
        <translation>十二年一贯制</translation>
    </message>
    <message>
        <source>Teaching point</source>
        <translation>教学点</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>已征收</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低方案</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中方案</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高方案</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FlagText</name>
    <message>
        <source>Over capacity</source>
        <translation>学位不足</translation>
    </message>
    <message>
        <source>School too large</source>
        <translation>大校额</translation>
    </message>
    <message>
        <source>Oversized class</source>
        <translation>超大班额</translation>
    </message>
    <message>
        <source>Large class</source>
        <translation>大班额</translation>
    </message>
    <message>
        <source>Class above standard</source>
        <translation>班额超标准</translation>
    </message>
    <message>
        <source>Small rural school</source>
        <translation>乡村小规模学校</translation>
    </message>
    <message>
        <source>No resource room</source>
        <translation>未设资源教室</translation>
    </message>
    <message>
        <source>No boarding school</source>
        <translation>无寄宿制学校</translation>
    </message>
    <message>
        <source>Few education groups</source>
        <translation>教育集团不足</translation>
    </message>
    <message>
        <source>Shortfall without land</source>
        <translation>缺口无预留用地</translation>
    </message>
    <message>
        <source>Zone not covered</source>
        <translation>片区未全覆盖</translation>
    </message>
    <message>
        <source>Plot too small</source>
        <translation>用地面积不足</translation>
    </message>
    <message>
        <source>No adequate school plot</source>
        <translation>无达标配套学校用地</translation>
    </message>
    <message>
        <source>Utilisation above 100% from %1, up to %2%.</source>
        <translation>自 %1 年起使用率超过 100%，最高 %2%。</translation>
    </message>
    <message>
        <source>%1 students, above the cap of %2.</source>
        <translation>在校生 %1 人，超过规模上限 %2 人。</translation>
    </message>
    <message>
        <source>A class of %1 students (oversized: %2 or more).</source>
        <translation>有 %1 人的班级（超大班额：%2 人及以上）。</translation>
    </message>
    <message>
        <source>A class of %1 students (large: %2 or more).</source>
        <translation>有 %1 人的班级（大班额：%2 人及以上）。</translation>
    </message>
    <message>
        <source>A class of %1 students, above the standard of %2.</source>
        <translation>有 %1 人的班级，超过标准班额 %2 人。</translation>
    </message>
    <message>
        <source>A rural school with only %1 students (fewer than %2).</source>
        <translation>乡村学校仅有学生 %1 人（不足 %2 人）。</translation>
    </message>
    <message>
        <source>%1 disabled students but no resource room (required from %2).</source>
        <translation>有残疾学生 %1 人但未设资源教室（%2 人起应设）。</translation>
    </message>
    <message>
        <source>No public boarding school (at least %1 required).</source>
        <translation>没有公办寄宿制学校（应至少 %1 所）。</translation>
    </message>
    <message>
        <source>%1 education groups (target %2).</source>
        <translation>教育集团 %1 个（目标 %2 个）。</translation>
    </message>
    <message>
        <source>Short of up to %1 seats from %2, and no school land reserved.</source>
        <translation>自 %2 年起最多缺少 %1 个学位，且未预留教育用地。</translation>
    </message>
    <message>
        <source>Only %1% in a %2 catchment.</source>
        <translation>仅 %1% 划入%2学区。</translation>
    </message>
    <message>
        <source>%1 m2; the planned school needs %2 m2.</source>
        <translation>面积 %1 平方米，规划学校需 %2 平方米。</translation>
    </message>
    <message>
        <source>Its school plot has %1 m2; it needs %2 m2.</source>
        <translation>配套学校用地 %1 平方米，需 %2 平方米。</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>Topology Validation Error</source>
        <translation>拓扑检查错误</translation>
    </message>
    <message>
        <source>Repeated Point</source>
        <translation>重复点</translation>
    </message>
    <message>
        <source>Hole lies outside shell</source>
        <translation>内环位于外环之外</translation>
    </message>
    <message>
        <source>Holes are nested</source>
        <translation>内环相互嵌套</translation>
    </message>
    <message>
        <source>Interior is disconnected</source>
        <translation>内部不连通</translation>
    </message>
    <message>
        <source>Self-intersection</source>
        <translation>自相交</translation>
    </message>
    <message>
        <source>Ring Self-intersection</source>
        <translation>环自相交</translation>
    </message>
    <message>
        <source>Nested shells</source>
        <translation>外环相互嵌套</translation>
    </message>
    <message>
        <source>Duplicate Rings</source>
        <translation>重复的环</translation>
    </message>
    <message>
        <source>Too few distinct points in geometry component</source>
        <translation>几何部件的不同点太少</translation>
    </message>
    <message>
        <source>Invalid Coordinate</source>
        <translation>无效坐标</translation>
    </message>
    <message>
        <source>Ring is not closed</source>
        <translation>环未闭合</translation>
    </message>
    <message>
        <source>%1 (given)</source>
        <translation>%1（指定）</translation>
    </message>
    <message>
        <source>as declared by the .cpg / .dbf</source>
        <translation>按 .cpg / .dbf 的声明</translation>
    </message>
    <message>
        <source>%1 (detected; no .cpg)</source>
        <translation>%1（自动检测；无 .cpg）</translation>
    </message>
    <message>
        <source>%1 with the %2 offset (given)</source>
        <translation>%1，含 %2 偏移（指定）</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1（推测）</translation>
    </message>
    <message>
        <source>x %1..%2, y %3..%4</source>
        <translation>x %1..%2，y %3..%4</translation>
    </message>
    <message>
        <source>no coordinates to guess from</source>
        <translation>没有可用于推测的坐标</translation>
    </message>
    <message>
        <source>%1 look like longitude/latitude in China; read as WGS84 (CGCS2000 differs by less than a metre). Data from Amap, Tencent or DataV is GCJ-02 and Baidu's is BD-09: say so (--source-crs gcj02 or bd09).</source>
        <translation>坐标范围 %1 像中国境内的经纬度，按 WGS84 读取（与 CGCS2000 相差不到 1 米）。高德、腾讯或 DataV 的数据是 GCJ-02，百度的是 BD-09：请指明（--source-crs gcj02 或 bd09）。</translation>
    </message>
    <message>
        <source>%1 look like 3-degree Gauss-Kruger with zone prefix %2 (central meridian %3°E); read as CGCS2000 (Beijing 1954 / Xian 1980 data would be off by tens of metres).</source>
        <translation>坐标范围 %1 像带带号 %2 的 3 度带高斯-克吕格坐标（中央经线东经 %3°），按 CGCS2000 读取（北京 1954 / 西安 1980 数据会偏差数十米）。</translation>
    </message>
    <message>
        <source>%1 look like 3-degree Gauss-Kruger metres without zone prefix; read with the project's central meridian (%2°E, CGCS2000).</source>
        <translation>坐标范围 %1 像不带带号的 3 度带高斯-克吕格米制坐标，按项目的中央经线（东经 %2°，CGCS2000）读取。</translation>
    </message>
    <message>
        <source>%1 match no CRS SeatPlan can guess; give the source CRS.</source>
        <translation>坐标范围 %1 与 SeatPlan 能推测的坐标系都不符；请指定源坐标系。</translation>
    </message>
    <message>
        <source>%1 -&gt; WGS84 (published formula, iterated inverse)</source>
        <translation>%1 -&gt; WGS84（公开公式，迭代求逆）</translation>
    </message>
    <message>
        <source>note: a bare JSON array of features, read as a FeatureCollection</source>
        <translation>说明：要素的纯 JSON 数组，按 FeatureCollection 读取</translation>
    </message>
    <message>
        <source>note: the file has %1 layers (%2); the first was read, choose another layer to read that one</source>
        <translation>说明：文件有 %1 个图层（%2）；已读取第一个，如需其他图层请另行选择</translation>
    </message>
    <message>
        <source>note: text that was not UTF-8 was read as CP936/GBK</source>
        <translation>说明：非 UTF-8 的文本已按 CP936/GBK 读取</translation>
    </message>
    <message>
        <source>note: %1 geometry part(s) of another dimension than the layer's were dropped</source>
        <translation>说明：已丢弃 %1 个与图层维度不同的几何部件</translation>
    </message>
    <message>
        <source>note: points from the columns %1 / %2</source>
        <translation>说明：点坐标取自 %1 / %2 列</translation>
    </message>
    <message>
        <source>note: %1 row(s) without usable coordinates skipped</source>
        <translation>说明：已跳过 %1 行无可用坐标的记录</translation>
    </message>
    <message>
        <source>note: polygons reduced to a point inside each (GEOS PointOnSurface)</source>
        <translation>说明：面已转为各自内部的一个点（GEOS PointOnSurface）</translation>
    </message>
    <message>
        <source>note: %1 row(s) with empty or non-numeric values skipped</source>
        <translation>说明：已跳过 %1 行值为空或非数字的记录</translation>
    </message>
    <message>
        <source>note: warped to %1 with sum resampling: %2 persons before, %3 after</source>
        <translation>说明：已按求和重采样投影到 %1：之前 %2 人，之后 %3 人</translation>
    </message>
    <message>
        <source>note: %1 x %2 cells, %3 persons in total</source>
        <translation>说明：%1 × %2 个像元，共 %3 人</translation>
    </message>
    <message>
        <source>field %1 &lt;- %2</source>
        <translation>字段 %1 &lt;- %2</translation>
    </message>
    <message>
        <source>field %1_primary/%1_junior (by level) &lt;- %2</source>
        <translation>字段 %1_primary/%1_junior（按学段）&lt;- %2</translation>
    </message>
    <message>
        <source>not found in the source (left empty): %1</source>
        <translation>源数据中未找到（留空）：%1</translation>
    </message>
    <message>
        <source>coordinates that are not numbers (NaN or infinite)</source>
        <translation>坐标不是数字（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>a ring or line with too few points</source>
        <translation>环或线的点数太少</translation>
    </message>
    <message>
        <source>GEOS cannot build the polygon: %1</source>
        <translation>GEOS 无法构建该面：%1</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>empty geometry</source>
        <translation>空几何</translation>
    </message>
    <message>
        <source>%1 at (%2 %3)</source>
        <translation type="vanished">%1，位于 (%2 %3)</translation>
    </message>
    <message>
        <source>geometry removed</source>
        <translation>已删除几何</translation>
    </message>
    <message>
        <source>the affected parts removed</source>
        <translation>已删除受影响的部件</translation>
    </message>
    <message>
        <source>made valid with GEOS MakeValid (structure method)</source>
        <translation>已用 GEOS MakeValid（structure 方法）修复</translation>
    </message>
    <message>
        <source>geometry removed (nothing polygonal left)</source>
        <translation>已删除几何（修复后不剩面）</translation>
    </message>
    <message>
        <source>feature removed</source>
        <translation>已删除要素</translation>
    </message>
    <message>
        <source>%1, %2 collapsed part(s) dropped</source>
        <translation>%1，丢弃 %2 个退化部件</translation>
    </message>
    <message>
        <source>%1; feature removed</source>
        <translation>%1；已删除要素</translation>
    </message>
    <message>
        <source>repair: feature %1: %2 -&gt; %3</source>
        <translation>修复：要素 %1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <translation>%1（图层 %2）</translation>
    </message>
    <message>
        <source>%1 km off the project's counties (%2 km east, %3 km north)</source>
        <translation>偏离项目县区 %1 千米（向东 %2 千米，向北 %3 千米）</translation>
    </message>
    <message>
        <source>%1 km off the same %2 features (matched by id) already in the project (%3 km east, %4 km north)</source>
        <translation>与项目中已有的同一批 %2 个要素（按编号匹配）相差 %1 千米（向东 %3 千米，向北 %4 千米）</translation>
    </message>
    <message>
        <source>warning: %1 lies %2: Amap/DataV/Tencent coordinates (GCJ-02) are about 560 m off here; import with --source-crs gcj02 (or bd09 for Baidu).</source>
        <translation>警告：%1 %2：高德/DataV/腾讯坐标（GCJ-02）在本地偏移约 560 米；请用 --source-crs gcj02 导入（百度坐标用 bd09）。</translation>
    </message>
    <message>
        <source>warning: %1 lies %2: a wrongly placed dataset, do not use it as it is.</source>
        <translation>警告：%1 %2：数据位置错误，请勿直接使用。</translation>
    </message>
    <message>
        <source>warning: %1 barely overlaps the project's counties: only %2% of its features lie inside them (bounding box overlap %3%); check the file, its CRS and --source-crs.</source>
        <translation>警告：%1 与项目县区几乎不重叠：仅 %2% 的要素位于县区内（外包框重叠 %3%）；请检查文件、其坐标系和 --source-crs。</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>warping</source>
        <translation>重投影</translation>
    </message>
    <message>
        <source>repairing</source>
        <translation>修复几何</translation>
    </message>
    <message>
        <source>mapping fields</source>
        <translation>映射字段</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>source: %1 (layer %2)</source>
        <translation>来源：%1（图层 %2）</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>source CRS: %1</source>
        <translation>源坐标系：%1</translation>
    </message>
    <message>
        <source>GUESSED CRS: %1</source>
        <translation>坐标系为推测：%1</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>校正：%1</translation>
    </message>
    <message>
        <source>features: %1 read, %2 written</source>
        <translation>要素：读取 %1 个，写入 %2 个</translation>
    </message>
    <message>
        <source>repair: ... and %1 more</source>
        <translation>修复：……另有 %1 处</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1 km off where their town codes put them (%2 of %3 points outside their own town, %4 once moved back by the GCJ-02 offset of %5 km east, %6 km north)</source>
        <translation>偏离其镇街代码所指镇街 %1 千米（%3 个点中有 %2 个不在所属镇街内，按 GCJ-02 偏移（向东 %5 千米，向北 %6 千米）移回后只剩 %4 个）</translation>
    </message>
</context>
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
        <translation type="vanished">规划</translation>
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
        <source>new in this scenario (size: demand)</source>
        <translation>本方案新增（大小：需求）</translation>
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
