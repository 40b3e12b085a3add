"""Round-8 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A second, higher value with a verb and no name of its own (力争达到N) is the same indicator's stretch goal, of the
# same kind, whether a comma or a 、 parts it from the first: two targets (tests/fixtures/real/README.md). 西藏 政府工作
# 报告 2025 (http://customartwest.com/2025zt/2025xzlh/content_6427421.html, dev: 增長7%以上、力爭達到8%); 福州高新区
# 高新技术企业培育 (http://qyxmbt.com/fj/fz267/4504.html, dev: 突破124家,力争达到130家).
XIZANG = ("主要預期目標是:地區生產總值增長7%以上、力爭達到8%,全社會固定資產投資增長15%以上、力爭達到20%,"
          "規上工業增加值增長16%。")
FUZHOU = "实施高新技术企业倍增计划,到2020年我区省级以上高新技术企业突破124家,力争达到130家。"


def test_a_stretch_value_after_a_list_mark_is_the_same_indicator_of_the_same_kind():
    assert _rows(XIZANG, 2025, title="政府工作报告") == [
        ("地區生產總值", "growth", 7, "%", 2025), ("地區生產總值", "growth", 8, "%", 2025),
        ("全社會固定資產投資", "growth", 15, "%", 2025), ("全社會固定資產投資", "growth", 20, "%", 2025),
        ("規上工業增加值", "growth", 16, "%", 2025)]
    first, second = _rows(FUZHOU, 2018)
    assert first[0] == second[0] and first[0].endswith("省级以上高新技术企业")
    assert [r[1:] for r in (first, second)] == [("level", 124, "家", 2020), ("level", 130, "家", 2020)]
    # simplified characters alike; a value of another unit does not take the name (no stretch of that indicator)
    assert [r[:3] for r in _rows("地区生产总值增长7%以上、力争达到8%。", 2025)] == [
        ("地区生产总值", "growth", 7), ("地区生产总值", "growth", 8)]
