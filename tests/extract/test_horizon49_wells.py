"""口 after digits counts wells (勘探开发井超过100口, 新建35口抗旱井): a count unit as printed (the fresh48 batch's
convention), never 人口's 口 (horizon49; MISSES-fresh48.md row 3)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _found(text: str, plan_year: int) -> dict[float, tuple[str | None, int | None]]:
    return {t.value: (t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets}


def test_kou_after_digits_counts_wells() -> None:
    # 梁平区 2023 (重庆), m.bjx.com.cn news of the district's 方案, dev (cq-liangping-cyxd2027.json, passage 4)
    text = "加大勘探开发利用力度。\n到2027年,勘探开发井超过100口,全区天然气(页岩气)产量达20亿立方米以上,页岩油产量突破1万吨。"
    assert _found(text, 2023)[100] == ("口", 2027)


def test_wells_dug_in_a_review_stay_history() -> None:
    # 吉木乃 2025 (新疆), https://alt-szb.xjmty.com/html/2025-03/28/content_417_209574.htm, dev
    # (xj-jimunai-msxm2025.json, passage 1): the same count, of wells dug in years past (近年来)
    text = ("近年来,该县投入近400万元实施牧区打井工程,新建35口抗旱井,解决了15万余头(只)牲畜和318户农牧民的饮水难题。")
    assert 35 not in _found(text, 2025)


def test_population_is_no_count_of_wells() -> None:
    assert _found("到2027年,全区常住人口达到80万人口。", 2023).get(80, ("万人口",))[0] != "口"
