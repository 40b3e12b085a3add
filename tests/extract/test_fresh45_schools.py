"""Named schools before 等 and a count of schools in 所 (fresh45): the names are examples of the institutions counted,
and the indicator is the institutions (学校), as naming.after_list reads a list of three characters or more
(帕古水库、堆曲灌区工程等水利项目30个 → 水利项目). Two dev documents of different places, verbatim:
  开工建设良渚新城杜甫二小等学校19所 (餘杭 2022 民生实事, zj-yuhang-msss2022, https://drbanana001.pixnet.net/blog/post/65048218)
  新建、改扩建浮山后三小区中学、立新小学等学校6所 (青岛市北 2022 区办实事, sd-shibei-qbss2022,
      https://m.yybnet.net/qingdao/jiaozhou/202202/11766189.html)
A thing of two characters counted in another unit keeps its names (…文化进万家等活动200场次, 兰州 2019; …等培训2400人,
西宁 2021: the names make the class's name)."""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import quoted

YUHANG = "開工建設良渚新城杜甫二小等學校19所,新增班數420個,提供學位17220個;"
SHIBEI = "8.提高教育保障能力,新建、改扩建浮山后三小区中学、立新小学等学校6所,开办幼儿园3所。"


def _targets(text: str, plan_year: int) -> list[tuple[str, float, str | None]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


def test_the_sentences_are_verbatim() -> None:
    assert quoted("zj-yuhang-msss2022", YUHANG)
    assert quoted("sd-shibei-qbss2022", SHIBEI)


def test_named_schools_before_deng_name_the_schools_counted() -> None:
    text = "1、教育惠民項目:\n" + YUHANG
    got = _targets(text, 2022)
    assert ("學校", 19, "所") in got or ("開工建設學校", 19, "所") in got, got
    text = ("备受关注的2022区办实事“出炉”,今年市北区要干这15件事:\n"
            + SHIBEI)
    got = _targets(text, 2022)
    assert any(ind in ("学校", "新建、改扩建学校") and value == 6 and unit == "所" for ind, value, unit in got), got
    assert ("开办幼儿园", 3, "所") in got, got


def test_a_two_character_class_in_another_unit_keeps_its_names() -> None:
    got = _targets("开展惠民演出、文化下乡、文化进万家等活动200场次。", 2019)
    assert [ind for ind, value, _ in got if value == 200] == ["惠民演出、文化下乡、文化进万家等活动"], got
    got = _targets("完成新型经营主体带头人、青年农场主、专业种养加能手等培训2400人。", 2021)
    assert [ind for ind, value, _ in got if value == 2400] == ["新型经营主体带头人、青年农场主、专业种养加能手等培训"], got
