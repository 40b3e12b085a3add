"""Years of years45 (session 45): a five-year period's quoted name before a goal's subject and a verb of reaching
(`“十四五”城镇 新增就业425万人以上`, `“十五五”突破2000亿元`) is the period the count sums: its end dates it, as
`“十四五”期间` does (spec, durations; README, the twenty-first batch's `“十四五”期间新改擴建…200所` → 2025).

The family, two dev pages of different places:
- sc-sichuan-jycj145 (四川 “十四五”就业促进规划 news, 2021, http://swbd.cn/minsheng1/106853.html): the headline
  `“十四五”城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉` → 2025.
- sh-hongkou-gy155 (上海 虹口 “十五五” 纲要, 2026, https://www.shanghai.gov.cn/zhengce/detail?businessId=2a1eeb0a-96d7-
  428d-b660-84588cd03cac&siteId=0076): `…,力争高于全市，“十五五”突破2000亿元;` → 2030.
The quoted period before a verb of what is to come is a deadline, as `到“十四五”末` is (万源 2021, 四川 2011: a news
print's goals date its later paragraphs by it): the 四川 page's bullets under the headline take 2025.
Negative (dev): sn-shaanxi-zfgzbg2024 (陕西 2024 报告, https://yunxiqiu.com/2024/0126/631824.shtml): `力争“十四五”以来累计
降低10%左右` counts since the period began, in the year's goals: 2024 stays.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years
from tests.extract.passages import quoted

SICHUAN = "“十四五”城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉"
SICHUAN_PAGE = (SICHUAN + "\n2021-08-11 13:27:57\n本报记者 胡斌\n●农村劳动力转移就业规模保持在2400万人左右\n"
                "●技能人才总量达到1200万人\n●返乡入乡创业人员累计超过100万人")
HONGKOU = ("——高质量发展成效更加显著。经济增长保持在合理区间，地区生产总值年均增速与全市保持同步、力争高于全市，"
           "“十五五”突破2000亿元；一般公共预算收入增速与经济发展相适应、稳中有增，站稳200亿元台阶。")
SHAANXI = ("对于2024发展主要预期目标,陕西省政府工作报告中提到,生产总值增长5.5%左右,城乡居民人均可支配收入分别增长5.5%、6.5%,"
           "城镇新增就业40万人以上,城镇调查失业率5.5%左右。此外,单位生产总值能耗降低2.5%以上,力争“十四五”以来累计降低10%左右。")


def test_the_sentences_are_verbatim():
    assert quoted("sc-sichuan-jycj145", SICHUAN)
    assert quoted("sh-hongkou-gy155", HONGKOU)
    assert quoted("sn-shaanxi-zfgzbg2024", SHAANXI)


def test_period_name_before_a_count_marks_its_end():
    assert [m.year for m in years(SICHUAN, 0, 0, 2021)] == [2025]
    assert [m.year for m in years("力争高于全市，“十五五”突破2000亿元", 0, 0, 2026)] == [2030]
    assert years("力争“十四五”以来累计降低10%左右", 0, 0, 2024) == []


def test_period_total_dated_by_the_period():
    found = {(t.value, t.unit): t.year for t in extract_text(SICHUAN, plan_year=2021).targets}
    assert found[(425, "万人")] == 2025
    hongkou = {(t.value, t.unit): t.year for t in extract_text(HONGKOU, plan_year=2026).targets}
    assert hongkou[(2000, "亿元")] == 2030


def test_since_the_period_keeps_the_years_goals():
    found = {(t.value, t.unit): t.year for t in extract_text(SHAANXI, plan_year=2024).targets}
    assert found[(-10, "%")] == 2024 and found[(40, "万人")] == 2024


def test_headline_period_dates_the_bullets_below():
    found = {(t.value, t.unit): t.year for t in extract_text(SICHUAN_PAGE, plan_year=2021).targets}
    assert found == {(425, "万人"): 2025, (2400, "万人"): 2025, (1200, "万人"): 2025, (100, "万人"): 2025}
