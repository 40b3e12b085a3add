"""asg57: a note in brackets closing a unit's name that says the unit's level, role or manner, or the rule's status —
(市级), (牵头), (按职责分工), (试行) — is no part of the name (the README's fourth batch keeps a bracketed *second name*
with its unit: 县委宣传部(县版权局), 市卫生健康委(市疾控中心)). Variants of real dev tails, printed the way other places
print their notes: 六安 2024 民生实事 (dev, https://fgw.luan.gov.cn/ztzl/zxzl/msgc/wjtz/5347929.html, `(牵头单位:市人社局)`),
上海 2023 燃气 (dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=877de679021749a188d636599e1a07ef&siteId=0037),
上海 2024 绿色电力 (dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=204912193fdd4877a565bf5fcef93cdf&siteId=0025,
`(责任单位:市发展改革委、市电力公司、相关发电企业)`), 调兵山 2023 民生实事 (dev,
http://www.lndbss.gov.cn/diaobingshan/zfxxgk/fdzdgknr/dcsj/2024011114110951596/index.html, `(责任单位:市教育局)`)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_a_level_note_is_no_part_of_the_name():
    assert _units("1.强化就业服务。全年开展招聘活动50场。(牵头单位:市人社局(市级);配合单位:各县区政府)") == [
        ("lead", "市人社局"), ("cooperating", "各县区政府")]


def test_a_status_note_is_no_part_of_the_name():
    assert _units("5.加强教育保障。新建幼儿园2所。(责任单位:市教育局(试行))") == [("responsible", "市教育局")]


def test_a_manner_note_is_no_part_of_the_name():
    assert _units("3.稳定电力供应。(责任单位:市发展改革委、市电力公司、相关发电企业(按职责分工))") == [
        ("responsible", "市发展改革委"), ("responsible", "市电力公司"), ("responsible", "相关发电企业")]


def test_a_role_note_in_a_list_is_no_part_of_the_name():
    assert [u for _, u in _units("2.推进河湖治理。完成河道清淤10公里。(责任单位:县水利局(牵头)、县财政局)")] == [
        "县水利局", "县财政局"]


def test_a_second_name_stays_with_its_unit():
    assert _units("4.做好疫情防控。(责任单位:市卫生健康委(市疾控中心))") == [
        ("responsible", "市卫生健康委(市疾控中心)")]
    assert _units("6.加强版权保护。(牵头单位:县委宣传部(县版权局),配合单位:县市场监管局)") == [
        ("lead", "县委宣传部(县版权局)"), ("cooperating", "县市场监管局")]
