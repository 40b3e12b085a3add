"""Round-19 assignments (tails): tail shapes the rules had never seen, from the corpus's twelfth batch (dev split, scored
before any rule was written: assignments F1 0.635 on its 62 units) and the older dev passages of the same families. Each
mechanism rests on two documents or more; figures before and after are in docs/extraction.md ("Round 19 assignments")."""

from __future__ import annotations

from kechuang.extract.unit_lists import UNIT_SUFFIX, FoundUnit, ends_as_name, looks_like_units, split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


def _units_look_like(text: str) -> bool:
    return looks_like_units([FoundUnit("", u, s, e) for u, s, e in split_units(text, 0)])


# A county bureau's sections are its 股 as a city bureau's are its 科 (责任科室, 泗洲头镇 2024): a table's `责任股室(单位)`
# column (略阳 文旅, the header wrapped as `责任股室` / `(单位)`) names the responsible units, and its cells end in 股, 会, 馆,
# 大队, 公司. Before this round no row of the table was read, and the wrapped `(单位)` gave a unit named 单位.
def test_a_section_column_and_its_units():
    assert _rows(_passage("sn-lueyang-wlmbrw", 0)) == [
        ("responsible", "文化宣传股"), ("responsible", "文化馆"), ("responsible", "图书馆")]
    assert _rows(_passage("sn-lueyang-wlmbrw", 2)) == [("responsible", "羌研会"), ("responsible", "灵岩寺博物馆")]
    assert _rows(_passage("sn-lueyang-wlmbrw", 6)) == [("responsible", "文物股"), ("responsible", "郙阁公司")]
    assert _rows(_passage("sn-lueyang-wlmbrw", 7)) == [("responsible", "各股室"), ("responsible", "委属部门单位")]
    for section in ("文化宣传股", "广电事业股", "旅游股"):
        assert UNIT_SUFFIX.search(section), section
    for share in ("控股", "入股", "按比例持股"):  # a holding or a share is no section
        assert not UNIT_SUFFIX.search(share), share


# A column's bare noun is no unit: the header cell `(单位)` wrapped under 责任股室 (略阳 文旅), as 责任单位 is none.
def test_a_bare_noun_is_no_unit():
    assert not _units_look_like("单位")
    assert not _units_look_like("部门")
    assert _units_look_like("委属部门单位")


# A label on a line of its own announces the units of the next line (和布克赛尔 2020: `二、 整改责任单位` / the bureau);
# labels each followed by their units (同心 2023: `责任单位` / `卫健局、文旅局` / `配合单位` / `各乡镇` / `完成时限`) were taken
# for the header of a table printed one cell a line, and every unit read as the first column's (responsible).
def test_labels_each_followed_by_their_units():
    assert _rows(_passage("nx-tongxin-zfgzbgrw", 0)) == [
        ("cooperating", "各乡镇"), ("responsible", "卫健局"), ("responsible", "文旅局")]
    assert _rows(_passage("xj-hebukesaier-zgrw2020", 0)) == [("responsible", "和布克赛尔县住房和城乡建设局")]


# A tail whose closing bracket the page lost (the existing reading of `…(市经信委牵头落实` at a line's end), of any bracket
# kind, and cut within its last name or its closing phrase: the units printed whole are kept (corpus README, ninth batch
# and audit 12). 河池 2024 (`〔牵头单位:…;配合单位:…,河池税务局,各县(区)人民` where the excerpt ends) read nothing: the
# bracket was 〔 and `(区)` was taken for a group of its own; 湖南 2016 (`(…省发改委牵头,省经信委、…、国家统计局湖南调查
# 总队等按职责分` at the page's end) read nothing either: the cut phrase was taken for a name, and the list for prose.
def test_a_tail_cut_by_the_page():
    got = _rows(_passage("gx-hechi-yshjyd2024", 0))
    assert got[:4] == [("lead", "市市场监管局"), ("lead", "发展改革委"), ("lead", "大数据发展局"), ("lead", "人力资源社会保障局")]
    assert got[-2:] == [("cooperating", "河池海关"), ("cooperating", "河池税务局")] and len(got) == 14
    got = _rows(_passage("hn-hunan-zfgzbgfg13rd1", 0))
    assert got[0] == ("lead", "省发改委") and got[-1] == ("cooperating", "国家统计局湖南调查总队") and len(got) == 7
    assert not ends_as_name("各县(区)人民") and ends_as_name("各县(市、区)") and ends_as_name("河池税务局")


# A customs office is a body (合肥海关 安徽 2021, 滁州海关 2020, 河池海关 2024): a list naming one reads as units.
def test_a_customs_office_is_a_body():
    assert _units_look_like("合肥海关、省税务局")
    assert _rows(_passage("ah-anhui-zdgzfjrd135", 4))[-3:-1] == [("cooperating", "合肥海关"), ("cooperating", "省税务局")]


# Prose that names who does the work (平利: `整改要求:由县环卫站负责清除…`) is no tail (spec: 由…负责), and a note naming
# units for the items below gives the later items nothing (淮安 2022, as 广东 2020).
def test_prose_and_notes_name_no_tail():
    assert _rows(_passage("sn-pingli-scxczg", 0)) == []
    assert _rows(_passage("sn-pingli-scxczg", 2)) == []
    assert _rows(_passage("js-huaian-skjksz2022", 1)) == [("responsible", "市工信局"), ("responsible", "市财政局")]
