"""Which part of a set a count verb counts (完成剩余1620亩…, 推进第一批75个…): a word between the verb and the count
leaves the count counted, as 现有/既有 does (horizon49; unread prose, dev documents of two places)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _found(text: str, plan_year: int) -> dict[float, tuple[str, int | None]]:
    return {t.value: (t.indicator, t.year) for t in extract_text(text, plan_year=plan_year).targets}


def test_the_rest_of_a_task_is_counted() -> None:
    # 嘉定 2026 (上海), https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080, dev
    # (sh-jiading-wfyd2026.json, passage 1)
    text = ("根据嘉定区违法用地综合整治三年行动工作方案（2024－2026），我区三年应累计完成5800亩存量违法用地整治。"
            "2024年及2025年我区已累计完成约4180亩整治任务量，2026年应完成剩余1620亩整治任务量（各街镇（管委会）任务详见附件）。")
    found = _found(text, 2026)
    indicator, year = found[1620]
    assert "整治任务量" in indicator and year == 2026
    assert 4180 not in found  # 已累计完成约4180亩: the part done, a report


def test_a_batch_of_a_set_is_counted() -> None:
    # 兴庆区 2025 (宁夏), https://szb.nxrb.cn/nxrb/pc/con/202501/09/content_145494.html, dev
    # (nx-xingqing-lh2025.json, passage 2)
    text = ("今年,兴庆区将加大国家投资、央企投资、民间投资力度,聚力实现项目储备翻番、建设扩量,确保固定资产投资达到120亿元以上,"
            "上争资金同比增长20%以上。全力推进第一批75个基本建设项目立项施工前期工作,一季度开工重点项目57个,"
            "确保首战即决战、赢得“开门红”。")
    indicator, year = _found(text, 2025)[75]
    assert "基本建设项目" in indicator and year == 2025
