"""Session 31 (meta47): a site's line over a blank line over a title that opens with its own place is no part of the
title (``metadata.standalone._placed``), from the dev split of tests/fixtures/real/openings and public pages of the same
shape found by search (their addresses below)."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.standalone import standalone_title
from kechuang.text.normalise import normalise

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _title(text: str) -> str | None:
    lines = split_lines(normalise(text))
    found = standalone_title(lines, len(lines))
    return found[0] if found else None


# A title broken over two lines with a blank line between is joined (梅州 2018's rule), but a title that opens with
# its place (沈阳市…办法, 内蒙古…实施方案) is whole on its line: the short line over the blank line is the page's, its
# site's name (物业经理人 over 沈阳市电梯安全管理办法(2013), pmceo 2013, dev: http://www.pmceo.com/wyfg/lnfg/977.html) or
# its links' headings (相关文章 / 友情链接 over 内蒙古草原生态保护补助奖励机制实施方案, dev:
# http://neimengguhangce.szlanxiangled.com/). The same page furniture over a blank line over a placed title on other
# pages: a spam headline over 南陽市物業管理辦法全文 (dev: http://hbdingbang.cn/edu/cpm/154041.html), a law site's
# `收藏本站| 设为首页| 首页` over 宁夏回族自治区社会办医和个体行医管理办法 (http://law911.infoeach.com/view-OTExfDUyMTM1.html),
# `瑞律网` and its breadcrumb over 山南市立法条例 (https://ruilaw.cn/fagui/1673165061139972.html).
def test_a_site_line_over_a_placed_title():
    shenyang = extract_text((OPENINGS / "ln-shenyang-dtaq2013.txt").read_text("utf-8")).document
    assert (shenyang.title, shenyang.region) == ("沈阳市电梯安全管理办法(2013)", "沈阳市")
    neimenggu = extract_text((OPENINGS / "nm-neimenggu-cybj2010.txt").read_text("utf-8")).document
    assert (neimenggu.title, neimenggu.region) == ("内蒙古草原生态保护补助奖励机制实施方案", "内蒙古")
    assert _title("物业经理人\n\n沈阳市电梯安全管理办法(2013)\n\n7202") == "沈阳市电梯安全管理办法(2013)"


# A title with no place of its own, broken over a blank line, is still joined (the rule it narrows).
def test_a_title_broken_over_a_blank_line_still_joined():
    assert _title("推进乡村振兴战略\n\n三年行动实施方案\n一、总体要求") == "推进乡村振兴战略三年行动实施方案"
