"""`经济总量` is the name of a measure (five60; MISSES-fresh58 row 13): 总量 is a level verb of the rules
(`总量4000亿元`), but after 经济 it closes the noun — the size of an economy — and stays in the indicator. Dev pages
of four places print it so: the dev gold names each `…经济总量`."""

from __future__ import annotations

from kechuang.extract import extract_text

_SHENZHEN = "http://nc.smartjx.com/qy/2021/1009/25301751.html"  # 深圳 2021 news (广东), dev
_XIANGZHOU = "http://ep.ycwb.com/epaper/ywdf/html/2021-11/24/content_792_448188.htm"  # 香洲 2021 report (广东), dev
_HUBEI = "http://www.qikan.com.cn/article/zidi20250232.html"  # 湖北 2025 interview, dev
_LIYANG = "http://www.pmthrift.com/talkpic/livevideo/index.php?id=706"  # 溧阳 2024 (江苏), dev


def _names(text: str, plan_year: int | None) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=plan_year).targets}


def test_the_size_of_an_economy_keeps_its_measure() -> None:
    assert _names("到2025年,深圳经济总量超过4万亿元,战略性新兴产业增加值超过1.5万亿元。", 2021)[4] == "深圳经济总量"
    assert _names("未来五年,高企数量突破1000家,经济总量突破2600亿元。", 2021)[2600] == "经济总量"
    assert _names("秦尊文:到2030年全省经济总量达9万亿元左右,这是一个中期目标。", None)[9] == "全省经济总量"
    # as printed, traditional characters
    assert _names("全力打造新能源之都縣域高地,確保全市工業經濟總量突破5000億元。", 2024)[5000].endswith("工業經濟總量")


def test_a_total_of_another_name_is_still_a_verb() -> None:
    # 总量 after a name that is no economy stays a level verb, as before (the rules' level_verbs)
    assert _names("到2025年,全市地区生产总值总量达到4000亿元。", 2021)[4000] == "全市地区生产总值"
