"""一次性 refuses a value as a grant's word (一次性奖励20万元, 给予一次性…奖励) only: beside no grant it is a
manner (一次性验收合格, done right the first time) or a kind of revenue (一次性特殊收入), and says nothing of the value
of its clause (indic40, session 40, targets/one_off.py). Dev: 奉贤 2021 (below) and 龙井 2026 (一般公共预算收入剔除
一次性特殊收入因素影响同比增长2.7%, a report: unread for its 预计 as before)."""

from kechuang.extract.pipeline import extract_text


def _values(text: str, year: int | None) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_a_satisfaction_goal_after_one_pass_acceptance_is_read():
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084 (奉贤 2021 农村公路, dev)
    found = _values("对农村公路管养工作进行绩效考核，其中安全事故发生率、成本控制、日常养护及养护专项工程(含预防养护、修复养护、专项养护、"
                    "应急养护)一次性验收合格、节能减排达标、群众满意度不低于95%等内容将作为主要绩效考核指标。", 2021)
    assert [f for f in found if f[1] == 95 and f[2] == "%" and f[0].endswith("群众满意度")], found


def test_one_off_grants_stay_refused():
    # http://qyxmbt.cn/zj/tz/5688.html (台州 2023, dev): 一次性 before the amount of an award
    assert not _values("对列入年度重点工作计划的,给予非政府举办主体一次性10万元奖励。", 2023)
    # http://filmfandojo.com/display/93758.html (宿州 2023, dev): 一次性给予
    assert not _values("對當年新投產入規工業企業,園區一次性給予20萬元獎勵;對老企業首次入規的,園區一次性給予10萬元獎勵。", 2023)
    # 嵊州 2022 (dev): 分别给予一次性奖励 20 万元、10 万元
    assert not [f for f in _values("首次列入国家电子信息百强企业、省电子信息产业百家重点企业的,分别给予一次性奖励20万元、"
                                   "10万元。", 2022) if f[1] in (10, 20)]
