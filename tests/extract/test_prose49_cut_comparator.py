"""A comparator cut by the end of the text (…6.9萬人以, …增长8%左: a passage or page cut inside 以上 or 左右) is no noun
after the value: the value closes its clause and is read, with no bound (prose49; ``vocab().candidate``). The two dev
pages are the only dev passages that end so; a 以 or 左 that the text goes on after is left as it was."""

from __future__ import annotations

from kechuang.extract import extract_text


def _found(text: str, plan_year: int) -> dict[float, tuple[str | None, str]]:
    return {t.value: (t.unit, t.indicator) for t in extract_text(text, plan_year=plan_year).targets}


def test_a_count_cut_inside_yishang() -> None:
    # 平顶山 2025 政府工作报告 (河南), http://trnww.com/contents/33764/699084.html, dev
    # (ha-pingdingshan-zfgzbg2025.json, passage 1, whose text ends so)
    text = ("主要預(yù)期目標(biāo)是:經(jīng)濟(jì)增長6 . 5%左右,研發(fā)經(jīng)費(fèi)投入強(qiáng)度2%以上,規上工業增加值增長7.5%以上,"
            "進(jìn)出口平穩(wěn)增長,城鎮(zhèn)新增就業(yè)6.9萬人以")
    assert _found(text, 2025)[6.9] == ("萬人", "城鎮(zhèn)新增就業(yè)")


def test_a_growth_cut_inside_zuoyou() -> None:
    # 绩溪 2019 政府工作报告 (安徽), dev (ah-jixi-zfgzbg2019.json, passage 1, whose text ends so)
    text = "综合考虑,建议今年经济社会发展的主要预期目标是:力争生产总值增长8%左"
    assert _found(text, 2019)[8] == ("%", "生产总值")


def test_whole_comparators_and_yi_in_prose_are_unchanged() -> None:
    # the whole words still read as before
    assert _found("力争生产总值增长8%左右。", 2019)[8] == ("%", "生产总值")
    assert _found("城镇新增就业6.9万人以上。", 2025)[6.9][0] == "万人"
    # 以 that the text goes on after is no cut comparator: no value of 2000 元 named by the words after it
    assert 2000 not in _found("对获评的企业给予2000元以资鼓励,", 2025)
