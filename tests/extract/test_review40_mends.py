"""Review 40's findings on the session's last merges, mended by the lead. The inputs are the review's; each rule's real
sources stay read (扬中 2026 `303平方米的综合楼` and 交城 2021 `500万吨的新型肥料产业园`, sized.py; 四川 2026 and 景东 2023
attendance, count_exclusions.py; 建湖 2026 `90座三类桥梁加固维修`, work_counts.py; 扬中 2026 `不低于120名困境儿童`,
bounds.py; 陕西 2021 `示范县(示范园区)`, assignments.py — all dev)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise

_PLAN = "2025年工作要点\n一、重点任务\n"


def _targets(text: str, head: str = _PLAN) -> list[tuple]:
    return [(t.value, t.unit, t.indicator) for t in extract_text(normalise(head + text)).targets]


def _units(text: str) -> list[str]:
    return [a.unit for a in extract_text(normalise("2023年工作要点\n" + text)).assignments]


def test_an_amount_of_work_before_de_is_a_goal_a_facility_s_size_is_not():
    assert [v for v, _, _ in _targets("完成50万平方米的老旧楼宇节能改造。")] == [50]
    assert [v for v, _, _ in _targets("新建30万平方米的标准厂房。")] == [30]
    assert [v for v, _, _ in _targets("完成10万平方米的农贸市场升级。")] == [10]
    assert _targets("打造500万吨的新型肥料产业园。") == []
    assert _targets("配套40个停车位的环卫车辆停车场和303平方米的综合楼。") == []


def test_luoshi_dao_is_no_attendance():
    assert [v for v, _, _ in _targets("落实到500名村干部。帮扶责任落实到2000名党员干部。")] == [500, 2000]
    assert _targets("大会应到代表877名,出席839名。") == []


def test_tongbi_under_a_review_title_is_history_however_many_sentences():
    review = "某区人民政府关于2024年工作总结的报告\n一、目标任务\n"
    body = "全年地区生产总值同比增长5.6%。规上工业增加值同比增长7%。一般公共预算收入同比增长5%。社会消费品零售总额同比增长6%。"
    assert _targets(body, review) == []


def test_work_counts_in_a_project_s_description_are_no_goals():
    assert _targets("项目概况:该工程涉及12座桥梁加固维修,总投资3000万元。") == []
    assert _targets("该项目包括12座桥梁加固维修及配套设施。") == []
    assert [v for v, _, _ in _targets("农村公路90座三类桥梁加固维修。")] == [90]


def test_hours_after_a_bound_leave_the_indicator_before_it():
    assert _targets("志愿服务时长不少于2000个小时。") == [(2000, "个", "志愿服务时长")]
    assert [i for _, _, i in _targets("走访慰问全市不低于120名困境儿童。")] == ["困境儿童"]


def test_a_note_in_brackets_is_no_tail_a_list_of_bodies_is():
    for note in ("1.推进城乡污水管网建设(含县住建局)", "覆盖所有行政区域(不含乡镇)", "引进龙头企业(如华为公司、腾讯公司)",
                 "推进项目建设(涉及县发改局、县财政局)", "推进改革(不包括县属国有公司)", "为全省首批信用建设示范县(示范园区)。"):
        assert _units(note) == [], note
    assert _units("推进改革(县委编办、县财政局)") == ["县委编办", "县财政局"]
    assert _units("推进就业(县人社局等)") == ["县人社局"]
    assert _units("开展爱国卫生运动(爱卫会)") == ["爱卫会"]
    assert _units("1.推进城乡污水管网建设(县司法局、\n县住建局)") == ["县司法局"]  # the wrapped line: as at the start
