"""Years of years45 (session 45): a news headline that states one goal with its deadline, a year after the page's own,
gives that year to no other item of the page (it is the goal's deadline, not the year of a one-year plan; README
"Years": a period stated after a sentence does not govern it).

The family, two dev pages of different places:
- ha-zhengzhou-xqjy2020 (河南 郑州, a page of 2019, http://m.mattsalter.com/html/201901/201901140943050746.shtml):
  `鄭州2020年消除公辦中心園“空白鄉(xiāng)鎮(zhèn)”`; the standard per town (`至少辦好2所…的要求`) keeps no year.
- sd-shandong-hwyth2017 (山东, a page of 2017, http://yhaog.com/sd/yw/20170620/t20170620_523810742.shtml):
  `山東:2018年實現農村家庭“無害化衛生廁所”全覆蓋`.
Negative (dev, a headline of the year's plan says 将 and stays a one-year plan's): fj-longwen-zfgzbg2018
(https://gmntv.com/edu/1910602.html) `龙文区2018年将投建5所小学10所幼儿园 新增上万个学位`.
"""

from __future__ import annotations

import json

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.plan_year import document_year
from tests.extract.passages import PASSAGES, quoted

ZHENGZHOU_TITLE = "鄭州2020年消除公辦中心園“空白鄉(xiāng)鎮(zhèn)”"
ZHENGZHOU = (
    "鄭州市規(guī)定,要均衡發(fā)展鄉(xiāng)鎮(zhèn)、農(nóng)村幼兒園,落實3萬人口以上鄉(xiāng)鎮(zhèn)至少辦好2所、"
    "3萬人口以下鄉(xiāng)鎮(zhèn)至少辦好1所標準化公辦中心幼兒園的要求。"
)
SHANDONG_TITLE = "山東:2018年實現農村家庭“無害化衛生廁所”全覆蓋"
LONGWEN_TITLE = "龙文区2018年将投建5所小学10所幼儿园 新增上万个学位"
LONGWEN = "2018年,漳州龙文区将投建5所小学、4所公办幼儿园和6所普惠性幼儿园,新增学位10890个。"


def _title(name: str) -> str:
    return json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))["title"]


def test_the_titles_and_sentences_are_verbatim():
    assert _title("ha-zhengzhou-xqjy2020") == ZHENGZHOU_TITLE
    assert _title("sd-shandong-hwyth2017") == SHANDONG_TITLE
    assert _title("fj-longwen-zfgzbg2018") == LONGWEN_TITLE
    assert quoted("ha-zhengzhou-xqjy2020", ZHENGZHOU)
    assert quoted("fj-longwen-zfgzbg2018", LONGWEN)


def _year(title: str, plan_year: int) -> int | None:
    return document_year(title, split_lines("正文。"), {}, plan_year, False, True)


def test_headline_goal_year_is_no_document_year():
    assert _year(ZHENGZHOU_TITLE, 2019) is None
    assert _year(SHANDONG_TITLE, 2017) is None


def test_headline_goal_leaves_other_counts_undated():
    found = {t.value: t.year for t in extract_text(ZHENGZHOU, plan_year=2019, title=ZHENGZHOU_TITLE).targets}
    assert found.get(2) is None and found.get(1) is None


def test_one_year_headline_still_dates():
    assert _year(LONGWEN_TITLE, 2018) == 2018
    found = {t.value: t.year for t in extract_text(LONGWEN, plan_year=2018, title=LONGWEN_TITLE).targets}
    assert found[10890] == 2018
    # the same headline year in the plan's own year is the plan's, not a later deadline
    assert _year("郑州2019年消除公办中心园“空白乡镇”", 2019) == 2019
    # a plan's own title states its deadline with the same verb and still dates its items (review45)
    assert _year("郑州2020年消除公办中心园“空白乡镇”工作方案", 2019) == 2020
