"""fix49 (review 34): meta47's and 65bfa9e6's metadata rules mended.

O5 — ``metadata.addressed``: the zone an addressee names is the city's only when the name is a city's (苏州工业园区 under
苏府办, 常州經開區 under 常政发: the dev pages js-suzhou-hlwny2017 and js-changzhou-zfgzbgfj2023 of
tests/fixtures/real/openings). A zone named after a county-level place whose 文号 shares the city's first character
(嘉善 under 嘉政办发, 常熟 under 常政办发, 鄂城 under 鄂政办发: the reviewer's inputs) is none.

O6 — ``metadata.standalone``: a short line above a blank line and a title opening with its place is the page's chrome
(物业经理人, 相关文章, 友情链接 over 沈阳/内蒙古 titles, dev) only when it is no title's opening words: 关于…, a year, a
verb phrase that the title continues are joined as before."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.addressed import addressed_place
from kechuang.text.normalise import normalise

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _place(text: str) -> str | None:
    return addressed_place(split_lines(normalise(text)))


def test_a_zone_named_after_a_county_is_not_the_city():
    assert _place("嘉政办发〔2023〕5号\n各县(市、区)人民政府,嘉善经济开发区、嘉兴经济技术开发区管委会,市政府各部门:\n"
                  "现将方案印发给你们") in ("嘉兴", None)
    assert _place("常政办发〔2023〕5号\n各市(区)人民政府,常熟经开区管委会,市各委办局:\n现将方案印发给你们") is None
    assert _place("鄂政办发〔2023〕5号\n各区人民政府,鄂城经开区管委会,市政府各部门:\n现将方案印发给你们") is None


def test_the_city_zones_of_the_dev_pages_still_place_them():
    for name, region in (("js-suzhou-hlwny2017", "苏州"), ("js-changzhou-zfgzbgfj2023", "常州")):
        assert extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document.region == region
    assert _place("常政发〔2023〕5号\n各辖市、区人民政府,常州经开区管委会,市各委办局:\n现将方案印发给你们") == "常州"


def _title(text: str) -> str | None:
    return extract_text(text).document.title


# the page furniture over a blank line over a placed title (dev: 物业经理人, http://www.pmceo.com/wyfg/lnfg/977.html;
# 相关文章 / 友情链接, http://neimengguhangce.szlanxiangled.com/) stays apart; a title's own opening words join
def test_a_titles_opening_words_over_a_blank_line_join_its_placed_part():
    assert _title("关于加快推进\n\n沈阳市数字经济发展的实施意见\n各区县人民政府:") == "关于加快推进沈阳市数字经济发展的实施意见"
    assert _title("全面推进乡村振兴\n\n沈阳市三年行动实施方案\n为深入贯彻") == "全面推进乡村振兴沈阳市三年行动实施方案"
    assert _title("2023年\n\n沈阳市政府工作报告\n各位代表:") == "2023年沈阳市政府工作报告"
    assert _title("物业经理人\n\n沈阳市电梯安全管理办法(2013)\n\n7202") == "沈阳市电梯安全管理办法(2013)"
    assert _title("相关文章\n\n内蒙古草原生态保护补助奖励实施方案\n为了") == "内蒙古草原生态保护补助奖励实施方案"
