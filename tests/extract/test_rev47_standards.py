"""rev47 (session 31): a subsidy's standard per unit, and each level's share of it, is a policy parameter
(targets/unit_standards.py). The sentences are quoted from the dev pages named; the confirming stored pages of other
places are named in the module's docstring (wanglu.net/thread/t12-240580-2.html: `市级财政补助标准0.15万元/户`;
m.j570.com/club/show-9424.html, 虎林: `按照标准户建设成本8000元…`). Each shape has its counter-test: a standard
raised, and a plan's count beside a standard, keep their targets."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# nongye.s666.cn/js/5_657895612.html (甘肃 2022 改厕补助标准)
GANSU = ("省财政100元/户、市财政500元/户,区财政600元/户,不足部分由镇财政承担。改厕验收合格后按标准进行补助。")
# ln.gansudaily.com.cn/system/2021/09/23/030412311.shtml (两当 2021 改厕 news)
LIANGDANG = ("两当县结合县域实际,确定县农村户厕新建每座2500元、改建每座1200元标准,通过省市联乡单位、驻村帮扶工作队积极筹措"
             "资金,村民劳力折合资金,有效保障农村改厕资金需求。")
# achwsb.com/news/shownews.php?id=65 (陕西 2023 厕所革命 奖补)
SHAANXI = "奖补分2023年实施整村推进任务户厕和超2023年改厕计划户厕两部分进行,均按每座1100元标准测算分配。"


def _values(text: str, year: int) -> list[float]:
    return [r[2] for r in _rows(text, year)]


def test_a_standard_per_unit_is_no_target():
    assert _values(GANSU, 2022) == []
    values = _values(LIANGDANG, 2021)
    assert 2500 not in values and 1200 not in values
    assert 1100 not in _values(SHAANXI, 2023)


def test_a_standard_raised_and_a_count_beside_a_standard_stay():
    # 肇庆 民生实事 (dev gold): a standard raised is a goal
    values = _values("将全市集中供养孤儿养育标准提高到每人每月2200元。", 2022)
    assert 2200 in values
    values = _values("2022年完成农村户厕改造3000座,按每座1100元标准给予奖补。", 2022)
    assert 3000 in values and 1100 not in values
