"""Task tables printed one cell per line, as whole documents print them (cells41).

The layout — a header run (`序号` / … / a unit column) on lines of their own, then each row's cells one a line, rows
apart by a blank line or not — is read by `task_tables` already, on two dev documents of different places here
(上海 2023 一码通行 分工表 and 金东 2024 民生实事 任务分解方案; 24 dev documents of 8 provinces print it, corpus README,
Hundred-and-thirty-third batch). The cells41 batch's two pages print cells one a line that are no task table (a form's
`序号` run, a 联席会议 roster): nothing may be read from them. No rule of this session rests on these tests; they pin
what the reader does so that a later reader of the layout cannot lose it or read the negatives.
"""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text

# 长三角交通领域“一码通行”工作方案（2023-2025年）, its 工作任务分工表 as the GitHub index stores the page (dev,
# https://www.shanghai.gov.cn/zhengce/detail?businessId=1baa1fc056f14a48832cf5a27fa85e47&siteId=0010): header cells one a
# line, each row's cells one a line, a blank line between rows.
_YMTX = """四、保障机制
（一）加强综合统筹和责任落实。三省一市交通管理部门牵头大数据管理部门联合成立省级工作专班。

长三角交通领域“一码通行”工作任务分工表
（2023-2025年）
序号
重点工作
主要内容
责任单位

1
编制“长三角出行一体化公共服务平台”建设方案，适时启动建设
通过长三角出行一体化公共服务平台，实现试点城市之间的个人数字身份体系、清分结算、数据共享、提供出行和生活服务接口或一体化出行应用等。
上海市交通委员会、上海市大数据中心、江苏省交通运输厅、浙江省交通运输厅、安徽省交通运输厅、首批试点城市、上汽集团随申行公司等

2
长三角示范区所在城市部标码“一码通行”试点
苏州、嘉兴城市公交符合交通运输部二维码的改造，三市市民持部标二维码可以乘坐区域内城市公交
上海市交通委员会、苏州市、嘉兴市
"""

# 2024年金东区政府民生实事任务分解方案 (dev, https://www.jindong.gov.cn/art/2024/3/29/art_1229171464_59336061.html):
# every cell apart by a blank line, the 协同单位 cell one unit a line.
_JINDONG = ("2024年金东区政府民生实事任务分解方案\n\n序号\n\n事项分类\n\n事项名称\n\n项目内容\n\n牵头单位\n\n协同单位\n\n1\n\n"
            "打造区域教育高地\n\n新(改、扩)建一批中小学校\n\n实施新(改、扩)建中小学校5家。\n\n区教体局\n\n东孝街道\n\n孝顺镇\n\n"
            "傅村镇\n\n曹宅镇\n\n澧浦镇\n\n区发改局\n\n金义新区发展集团\n\n区城投集团\n\n区社发公司\n\n区资规分局")

# 杨浦区 2023 工程建设领域营商环境 行动计划, 附件2 (dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=
# 0077705938afa63fc3565db0db7105c768cb&siteId=0077): a form printed one cell a line — its field lines end in 单位 and a
# `序号` run follows, with no unit column.
_YANGPU_FORM = """附件2
杨浦区建设项目单位工程提前验收行业审查意见
编号：
项目名称
报建编号
建筑面积
工程造价
开工日期
竣工验收日期
建设单位
勘察单位
设计单位
施工单位
监理单位
2023年X月X日，下列工程通过了建设单位组织的竣工验收
序号
单位工程名称
单位工程编号
1
一、质量安全监督意见：
二、消防验收（备案）意见：
上述结论仅对当日监督检查所涉及的部位、系统、设施情况负责。
建设管理部门（盖章）     年     月     日"""

# 头桥街道 2024 建设用地减量化工作实施方案 (dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=0084985&siteId=0084):
# the 联席会议 roster, one name, post or office a line — a list of short lines that is no table.
_TOUQIAO_ROSTER = """联席会议成员名单如下：
召 集 人
：
欧阳斌
党工委副书记、办事处主任
第一副召集人
：
龚 锋
党工委委员（兼）
成员单位
：
党政办公室
社区平安办公室
营商环境办公室
社区管理办公室
城市建设管理事务中心
综合行政执法队
蔡家桥村村委会
东新市村村委会
幸福村村委会"""


def _units(text: str, year: int) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(text, plan_year=year).assignments]


def test_whole_page_rows_apart_by_blank_lines_are_read():
    units = _units(_YMTX, 2023)
    assert ("responsible", "上海市交通委员会") in units
    assert ("responsible", "上汽集团随申行公司") in units  # the trailing 等 dropped
    assert ("responsible", "嘉兴市") in units  # the second row, after its blank line
    assert all(role == "responsible" for role, _ in units)
    assert len(units) == 10


def test_every_cell_apart_by_blank_lines_takes_its_column_role():
    units = _units(_JINDONG, 2024)
    assert units[0] == ("lead", "区教体局")
    assert ("cooperating", "澧浦镇") in units and ("cooperating", "区资规分局") in units
    assert len(units) == 11


def test_a_forms_number_run_and_field_lines_name_no_unit():
    assert _units(_YANGPU_FORM, 2023) == []


def test_a_roster_of_short_lines_is_no_table():
    assert _units(_TOUQIAO_ROSTER, 2024) == []
