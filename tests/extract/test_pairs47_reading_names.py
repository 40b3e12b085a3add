"""Names of pairs47 (session 47): a name the readers compose from two places of a mirror's line (a 分别 list's first
item with the shared noun after the last; a share after a level, with the level's subject) keeps the phonetic
readings its pieces print, as a name read in one piece does (``Readings.printed_form``; the gold keeps every name as
printed, readings included).

The family, dev pages of different places on mirrors that print readings:
- gz-guizhou-kjycn2023 (贵州 2023, 向科技要产能 通知): `粮(liáng)食、油菜单产分别提高2%、3%以上(shàng)` — the first item's
  name `粮(liáng)食单产` (gold), read as `粮食单产` before.
- jx-jiangxi-gyshiewu (江西 “十二五” 工业 news): `全省完成工業(yè)增加值9000億元以上、…,占GDP的比重達(dá)到50%以上` — the share
  takes the level's subject, `…工業(yè)增加值…占GDP的比重` (gold `工業(yè)增加值占GDP的比重`), read without `(yè)` before.
A name read in one piece keeps its readings as before (`技(jì)术合同成交额`), and a name on a line that prints no
reading is unchanged.
"""

from __future__ import annotations

import json

from kechuang.extract import extract_text
from kechuang.extract.lines import Line
from kechuang.extract.targets.readings import Readings
from tests.extract.passages import quoted
from tests.timing import assert_linear_far

GUIZHOU = ("《通知》要求,要深入实(shí)施六大重大科技战略行动,大力开展向科技要产能专项行动,实现全省高新技术产业产值增长10%以上、"
           "技(jì)术合同成交额增长15%以(yǐ)上,粮(liáng)食、油菜单产分别提高2%、3%以上(shàng),")
JIANGXI = "其中,做大工業(yè)總量方面,全省完成工業(yè)增加值9000億元以上、力爭突破1萬億元,年均增長18%以上,占GDP的比重達(dá)到50%以上。"


def _names(text: str, plan_year: int) -> dict[float, str]:
    plan = extract_text(text, plan_year=plan_year)
    return {t["value"]: t["indicator"] for t in json.loads(plan.to_json(include_text=False))["targets"]}


def test_sentences_are_verbatim():
    assert quoted("gz-guizhou-kjycn2023", GUIZHOU)
    assert quoted("jx-jiangxi-gyshiewu", JIANGXI)


def test_a_respective_item_keeps_its_reading():
    names = _names(GUIZHOU, 2023)
    assert names[2] == "粮(liáng)食单产"
    assert names[3] == "油菜单产"
    assert names[15] == "技(jì)术合同成交额"  # read in one piece: as before


def test_a_share_after_a_level_keeps_the_levels_reading():
    names = _names(JIANGXI, 2011)
    assert "工業(yè)增加值" in names[50] and names[50].endswith("占GDP的比重")
    assert names[9000] == "全省完成工業(yè)增加值"  # read in one piece: as before


def test_a_piece_is_taken_where_it_stands_nearest_the_target():
    # review47 F5: a mirror prints a reading after some occurrences of a word only; a piece was taken at its first
    # occurrence in the window, so the same word read earlier in the line gave the item the other occurrence's print
    # (GUIZHOU, dev, after a clause naming 粮食 again, printed with and without its reading)
    unread = GUIZHOU.replace("粮(liáng)食、", "粮食、")  # the item printed without its reading
    assert _names("粮(liáng)食产量增长5%," + unread, 2023)[2] == "粮食单产"
    assert _names("粮食产量增长5%," + GUIZHOU, 2023)[2] == "粮(liáng)食单产"


def test_a_line_without_readings_is_unchanged():
    names = _names(JIANGXI.replace("(yè)", "").replace("(dá)", ""), 2011)
    assert names[50] == "全省完成工業增加值9000億元以上、占GDP的比重"


def test_printed_form_of_a_composed_name():
    line = Line(index=0, start=0, end=len(GUIZHOU), text=GUIZHOU, chrome=False)
    readings = Readings(line)
    clean = readings.line.text
    lo = clean.index("粮食、油菜")
    assert readings.printed_form("粮食单产", lo, lo + 14) == "粮(liáng)食单产"
    assert readings.printed_form("无此名称", lo, lo + 14) == "无此名称"  # no piece found: as it was


def test_composed_names_read_a_bounded_window():
    # a composed name is looked for near its target only: the cost per target does not grow with the line
    item = "粮(liáng)食、油菜单产分别提高2%、3%以上(shàng),"

    def make(n: int) -> tuple[Readings, int]:
        text = item * n
        readings = Readings(Line(index=0, start=0, end=len(text), text=text, chrome=False))
        return readings, len(readings.line.text) - 20

    def run(data: tuple[Readings, int]) -> None:
        readings, lo = data
        for _ in range(50):
            readings.printed_form("粮食单产", lo, lo + 14)

    assert_linear_far(run, make, n=4)
