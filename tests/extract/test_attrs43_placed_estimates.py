"""attrs43: a count of things at named places, hedged by 约 (…等自然村內約12.3公里道路硬化, …恰勒什海乡约1200户农牧民):
the places say where the things are, they are not what is measured; the thing counted is the noun after the unit,
as it is when no hedge stands between the places and the number (placed.py: 完成小居安村287户群众回迁安置). The
gold of dev pages of two places (安徽 临涣, 新疆 吉木乃) names the noun after. The sentences are verbatim; each dev
page is cited by its address."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

# 临涣 2021 为民办实事 (https://stmt-intl.com/Home/Content/?ClassId=6824&Id=1056419, ah-lintou-wmbss2021; readings
# and the page's doubled marks as printed)
LINTOU = ("由鎮(zhèn)公路站負責的農(nóng)村道路硬化項目,,整合交通、扶貧,、一事一議等項目資金,,建設福山、青龍,、房圩,、"
          "裕林、雙前,、隱龍等自然村內(nèi)約12.3公里道路硬化,,預計2021年11月份完成。")
# 吉木乃 2025 重点民生项目 (https://alt-szb.xjmty.com/html/2025-03/28/content_417_209574.htm, xj-jimunai-msxm2025)
JIMUNAI = ("今年,吉木乃县将新建牧区道路114公里,涉及乌拉斯特镇、喀尔交镇、托斯特乡、别斯铁热克乡、吉木乃镇、恰勒什海乡"
           "约1200户农牧民。")


def _named(text: str, plan_year: int, unit: str) -> list[str]:
    return [r[0] for r in _rows(text, plan_year) if r[3] == unit]


def test_the_sentences_are_verbatim():
    assert quoted("ah-lintou-wmbss2021", LINTOU[LINTOU.index("建設"):])
    assert quoted("xj-jimunai-msxm2025", JIMUNAI)


def test_places_before_a_hedged_count_name_the_noun_after_it():
    assert _named(LINTOU, 2021, "公里") == ["道路硬化"]
    assert _named(JIMUNAI, 2025, "户") == ["农牧民"]
    assert [r[2:5] for r in _rows(JIMUNAI, 2025)] == [(114, "公里", 2025), (1200, "户", 2025)]


def test_a_hedged_count_after_a_count_verb_and_a_place():
    assert _named("建设福山村约3条道路。", 2023, "条") == ["道路"]
    assert _named("完成小居安村约287户群众回迁安置。", 2023, "户") == ["群众回迁安置"]


def test_other_subjects_keep_their_reading():
    # the count after a place with no hedge (placed.py) reads as before
    assert _named("完成小居安村287户群众回迁安置。", 2023, "户") == ["群众回迁安置"]
    # a thing named like a place (小区, 示范区) with no noun after its count is what is counted, named before the hedge
    assert _named("改造老旧小区约30个。", 2023, "个") == ["改造老旧小区"]
    assert _named("建设产业示范区约3个。", 2023, "个") == ["建设产业示范区"]
    # a measure of a place's thing with no noun after it keeps the words before the hedge
    assert _named("全区高标准农田面积约50万亩。", 2023, "万亩") == []
