"""Session 31 (meta47): a city's 条例 whose adoption line under its title also says when its province approved it, and
the same line on a mirror printed in traditional characters with phonetic readings, from the dev split of
tests/fixtures/real/openings and public pages of the same shape found by search (their addresses below)."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.congress import adopting_congress
from kechuang.extract.metadata.dates import adopted_date
from kechuang.extract.metadata.issuer import order_of
from kechuang.text.normalise import normalise

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _lines(text: str):
    return split_lines(normalise(text))


# A city's 条例 is adopted by the city's standing committee and approved by the province's, both in the one bracket
# under its title: the adoption is its date and the city's committee its issuer (openings/DECISIONS.md: an adoption
# date printed under a 条例's title is its date; the province's committee that approves it is no issuer). Dev: 延安
# 2025 (https://paper.yanews.cn/yarb/20251202/html/content_20251202003002.htm) and 衢州 2022, a mirror in traditional
# characters with readings (http://5728338.com/GuiZhangZhiDu/1050343.html). The same line on other pages: 山南 2018
# (https://ruilaw.cn/fagui/1673165061139972.html, its congress's session, no space between the clauses) and 包头 2001
# (http://law242.infoeach.com/view-MjQyfDcxNTcz.html, approved by 内蒙古自治区's committee).
def test_a_city_regulation_dated_by_its_adoption_before_the_approval():
    yanan = extract_text((OPENINGS / "sn-yanan-pgcytl2025.txt").read_text("utf-8")).document
    assert yanan.date == "2025-09-29"
    quzhou = extract_text((OPENINGS / "zj-quzhou-yqgltl2022.txt").read_text("utf-8")).document
    assert (quzhou.date, quzhou.issuer) == ("2022-09-30", ["衢州市第八屆人民代表大會常務(wù)委員會"])
    shannan = _lines("山南市立法条例\n(2018年12月31日山南市第一届人民代表大会第四次会议通过2019年3月27日西藏自治区第十一届"
                     "人民代表大会常务委员会第十次会议批准)\n目录")
    assert adopted_date(shannan, 5) == "2018-12-31"
    assert adopting_congress(shannan, "山南市立法条例") == ["山南市第一届人民代表大会"]
    baotou = _lines("包头市人民代表大会及其常务委员会制定地方性法规条例\n(2001年4月29日包头市第十一届人民代表大会第四次会议通过 "
                    "2001年6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准)\n第一章 总则")
    assert adopted_date(baotou, 5) == "2001-04-29"


# A plan approved at a congress keeps its single clause (a 纲要 `(…人民代表大会第四次会议批准)`), and a bracket that
# runs on past two clauses (a revision history) or says no verb is no adoption line.
def test_one_clause_still_and_no_run_on():
    assert adopted_date(_lines("某市国民经济和社会发展第十四个五年规划纲要\n(2021年1月3日某市第十四届人民代表大会第五次会议批准)"),
                        5) == "2021-01-03"
    assert adopted_date(_lines("某市条例\n(2021年1月3日某市某会议讨论 2021年2月3日某省某会议审议)"), 5) is None


# The same mirror script on a government order: `江蘇省人民政府令` over `第 91 號` (江苏 2013, dev:
# http://m.lianfakeji.com/lygshbj/zcfg/content/235d0a92-2dad-463a-9c4f-6127e54ff1a2.html) is read as 江苏省人民政府令 /
# 第 91 号 is, its number and its body given as printed (openings/DECISIONS.md: 成都市人民政府令 over (第128号)).
def test_an_order_printed_in_traditional_characters():
    jiangsu = extract_text((OPENINGS / "js-jiangsu-dqklw2013.txt").read_text("utf-8")).document
    assert (jiangsu.doc_number, jiangsu.issuer) == ("第 91 號", ["江蘇省人民政府"])
    lines = _lines("江蘇省大氣顆粒物污染防治管理辦法\n江蘇省人民政府令\n第 91 號\n《江蘇省大氣顆粒物污染防治管理辦法》已于2013年")
    assert order_of(lines) == ("第 91 號", "江蘇省人民政府")
    assert order_of(_lines("成都市人民政府令\n(第128号)\n《成都市…办法》")) == ("第128号", "成都市人民政府")
