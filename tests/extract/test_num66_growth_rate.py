"""A growth printed 年均增速 (with 保持 before its number) or 年均增 (num66; MISSES-fresh65.md row 6), from dev pages of
the corpus: the rate is a growth and 年均增速 no part of its name."""

from __future__ import annotations

from kechuang.extract import extract_text


def _read(text: str, plan_year: int | None = None) -> list[tuple[str, str, float]]:
    return [(t.indicator, t.kind, t.value) for t in extract_text(text, plan_year=plan_year).targets]


# 浦东 2024 专业服务业 行动方案 (上海), https://www.shanghai.gov.cn/zhengce/detail?businessId=0070335544&siteId=0070, dev
_PUDONG = "到2035年，浦东新区专业服务业增加值占全区GDP比重超过8%，年均增速保持5%左右，集聚和培育20家具有全球影响力的专业服务机构。"
# 江津 2023 五年目标 (重庆), http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html, dev
_JIANGJIN = "重庆主枢纽建设实现重大突破,力争2024年江津班列到发量占全市50%,进出口总额年均增速10%以上,江津综保区竞争力达到全市一流。"
# 山西 2026 数字经济 (山西), http://www.sxpaec.cn/shizhengyaowen/2008719665955987458.html, dev
_SHANXI = "资源型经济转型发展迈出新步伐提供强劲动能。到2028年,数字经济及核心产业增加值年均增速达8%左右。"
# 曲靖 十四五 article (云南), http://hk1.crntt.com/doc/7_0_106054884_1.html, dev
_QUJING = "力争“十四五”时期,GDP年均增9%以上,2025年经济总量过5000亿元。"
# 宁夏 2020 制造业 news, dev (read before num66; it must stay so)
_NINGXIA = "到2020年, 規模以上工業增加值年均增速保持在6%以上,制造業增加值年均增速保持在7%以上,每年新增上規企業100家左右。"


def test_a_rate_held_with_no_name_of_its_own_is_a_growth() -> None:
    found = _read(_PUDONG, 2024)
    assert [f for f in found if f[1:] == ("growth", 5)]
    assert not [f for f in found if "增速" in f[0]]


def test_a_rate_printed_year_average_speed_is_named_without_it() -> None:
    assert ("进出口总额", "growth", 10) in _read(_JIANGJIN, 2023)
    assert ("数字经济及核心产业增加值", "growth", 8) in _read(_SHANXI, 2025)


def test_a_rate_printed_year_average_rise_is_a_growth() -> None:
    assert ("GDP", "growth", 9) in _read(_QUJING, 2021)


def test_rates_held_read_before_stay_growth() -> None:
    found = _read(_NINGXIA, 2020)
    assert [f for f in found if f[1:] == ("growth", 6)] and [f for f in found if f[1:] == ("growth", 7)]
    # an income raised on average (贵州 开阳 2025 茶产业, dev) is no growth rate
    assert not [f for f in _read("带动4万余户茶农年均增收1.2万元。", 2025) if f[1] == "growth"]
