"""Tables of tasks pasted as text: header with role columns, rows that start with their number."""

from __future__ import annotations

from functools import partial

from kechuang.extract import extract_text
from tests.timing import assert_under


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(text).assignments]


# 谯城区2023年政府工作报告重点工作任务分解表 (https://www.bzqc.gov.cn/XxgkContent/show/2309560.html): a row per line,
# cells between spaces; the main responsible column prints one unit per line.
QIAOCHENG = ("序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
             "33 新培育科技型中小企业50家以上、高新技术企业30家以上。 区科技局 区经信局、区商务局(区药发中心)、区税务局、"
             "区财政局等区政府有关部门,谯城经开区管委会。 2023年12月底\n"
             "34 推动亳州国家农业科技园区提档升级。 区科技局\n区商务局(区药发中心)\n谯城经开区管委会\n区药投公司\n"
             "区发改委、区经信局、区农业农村局、等区政府有关部门,区农投公司。 2023年12月底")


def test_row_per_line_with_two_role_columns():
    got = _units(QIAOCHENG)
    assert got[:7] == [("responsible", "区科技局"), ("cooperating", "区经信局"), ("cooperating", "区商务局(区药发中心)"),
                       ("cooperating", "区税务局"), ("cooperating", "区财政局"), ("cooperating", "区政府有关部门"),
                       ("cooperating", "谯城经开区管委会")]
    assert got[7:11] == [("responsible", u) for u in ("区科技局", "区商务局(区药发中心)", "谯城经开区管委会", "区药投公司")]
    assert got[11:] == [("cooperating", u) for u in ("区发改委", "区经信局", "区农业农村局", "区政府有关部门", "区农投公司")]


# 大竹县2016年民生实事目标任务分解表 (http://www.dazhu.gov.cn/xxgk-show-947.html): one cell per line.
def test_one_cell_per_line():
    text = ("2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n"
            "启动建设东柳河城区段综合治理工程和东湖湿地公园。\n\n县水务局\n\n县住建局\n\n县护城河指挥部\n\n12月底前\n\n"
            "4\n\n建成县残疾人综合服务中心\n\n县残联\n\n12月底前")
    assert _units(text) == [("responsible", u) for u in ("县水务局", "县住建局", "县护城河指挥部", "县残联")]


# 临安区2022年民生实事项目进展情况表 (http://www.linan.gov.cn/art/2022/11/3/art_1229299207_4099657.html): cells
# between |, continuation rows without a number, a progress column that names no unit.
def test_cells_between_bars():
    text = ("序号 | 项目内容 | 进展情况 | 责任单位 |\n"
            "3 | 实施农村公路大中修100公里。 | 完成农村公路大中修50公里,剩余预计11月底前完成。 | 交通运输局 |\n"
            "新增公交线路3条。 | 新增599B、855H、7806M和2754等4条公交线路。 | ||")
    assert _units(text) == [("responsible", "交通运输局")]


def test_a_numbered_list_without_a_header_is_not_a_table():
    assert _units("一、重点任务\n1 建设孵化器。县科技局\n2 引进人才。县人社局") == []


# 包头市2011年市政府重点工作任务分解意见 (http://fsou.com/html/text/lar/173664/17366417.html): "(市经信委牵头落实)".
def test_lead_to_carry_out():
    text = "一、工业经济方面\n3.加强稀土资源保护,加快交易平台和储备制度建设。(市经信委、市国土资源局牵头落实)"
    assert _units(text) == [("lead", "市经信委"), ("lead", "市国土资源局")]


def test_endless_tables_are_bounded():
    for text in ("序号 责任单位\n" * 10_000, "序号 任务 责任单位\n" + "1 县科技局 " * 5_000 + "\n" + "县科技局\n" * 10_000,
                 "序号|责任单位|\n" + "1|" + "县科技局、" * 10_000 + "|\n"):
        assert_under(partial(extract_text, text), 0.25 + 50e-6 * len(text), len(text))


# 2024年金东区政府民生实事任务分解方案 (https://www.jindong.gov.cn/art/2024/3/29/art_1229171464_59336061.html): three
# task columns, then 牵头单位 with one unit and 协同单位 with one unit a line.
def test_task_columns_then_one_lead_and_many_cooperating():
    text = ("序号\n\n事项分类\n\n事项名称\n\n项目内容\n\n牵头单位\n\n协同单位\n\n4\n\n医疗卫生机构迁(扩)建\n\n"
            "实施卫生院迁(扩)建1家。\n\n区卫健局\n\n源东乡\n\n区发改局\n\n区资规分局")
    assert _units(text) == [("lead", "区卫健局"), ("cooperating", "源东乡"), ("cooperating", "区发改局"),
                            ("cooperating", "区资规分局")]


# 2021年新昌县政府十方面民生实事进展情况登记表 (http://www.zjxc.gov.cn/art/2021/5/6/art_1229656389_59006338.html): cells
# between bars, no 序号 column, rows numbered "2.".
def test_bar_table_without_a_number_column():
    text = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
            "2.生态公墓建设项目 | 持续推进生态公墓建设,新建生态公益性墓地15处。 | 10月底 | 民政局 |\n"
            "计划10月底完成新增墓地建设 | 公共服务集团 | ||")
    assert _units(text) == [("lead", "民政局"), ("lead", "公共服务集团")]


# 常熟市2018年政府工作任务分解表 (https://www.wanglu.net/thread/t4-356615-0.html): the header follows the table's
# title on one line, and its one role column is 牵头责任单位 (the lead).
def test_header_after_the_title_and_a_lead_responsible_column():
    text = ("常熟市2018年政府工作任务分解表序号名称工作任务牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n"
            "7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%. 发改委、经信委、科技局")
    assert _units(text) == [("lead", "发改委"), ("lead", "经信委"), ("lead", "科技局")]


# A traditional-character mirror of a task table (jzzrppj.com.cn copy of 洋县2024年十大民生实事项目清单, the dev corpus'
# sn-yangxian-msss2024): 序號 … 責任單位 read as 序号 … 责任单位, the units kept as printed (教體局); the annotations of
# such mirrors (牽頭單位/責任單位) were read already (docs/extraction.md).
def test_a_task_table_in_traditional_characters():
    text = ("序號 |\n項目名稱 |\n建設地點 |\n2024年建設內容 |\n責任單位 |\n|\n1 |\n洋縣中小學幼兒園基礎設施提升改造項目 |\n"
            "相關鎮 (街道) |\n對馬暢中小、湑水中小、茅坪學校等學校運動場地進行改造。 |\n教體局 |\n|\n2 |\n城北小學門前道路建設項目 |\n"
            "紙坊街道 |\n建成唐塔北路延伸段道路。 |\n住建局 |")
    assert _units(text) == [("responsible", "教體局"), ("responsible", "住建局")]
