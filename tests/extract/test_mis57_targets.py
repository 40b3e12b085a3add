"""mis57 (session 34): the misses of the fresh batches (MISSES-fresh54.md, MISSES-fresh56.md) whose shape dev
documents of other places show too; sentences from dev pages, addresses above each test, values read by hand."""

from __future__ import annotations

import re

from kechuang.extract import extract_text
from kechuang.extract.targets.respective import _VERB, respective_change


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


def _plain(name: str) -> str:
    return re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)", "", name)


# fresh56 row 2: a 分别 list keeps the kind its verb gives a single clause (全省粮食单产提高2%以上 is a growth), and the
# crop's measure after the last name is each name's. 贵州 2023 向科技要产能 (http://jiaozuo.shenghuo.chaozhou.14842.
# xinxiang.zz.pingliang.ww38.viennacitytours.com/detail/news/34), dev.
def test_a_respective_rise_in_percent_is_a_growth_of_each_crop():
    rows = _rows("实现全省高新技术产业产值增长10%以上、技(jì)术合同成交额增长15%以(yǐ)上,粮(liáng)食、油菜单产分别提高2%、"
                 "3%以上(shàng)。", 2023)
    assert [(_plain(n), k, v) for n, k, v, _ in rows if v in (2, 3)] == [
        ("粮食单产", "growth", 2), ("油菜单产", "growth", 3)]


# …while a rise to a level stays a level (从每人每月574元、271元分别提高到每人每月609元、300元: 肇庆 民生实事, dev,
# https://www.zhaoqing.gov.cn/xxgk/zwgk/zxgcgk/content/post_2462763.html).
def test_a_respective_rise_to_stays_a_level():
    for said in ("提高到", "提高至", "提升到"):
        verb = _VERB.match(said + "609元")
        assert verb.group("verb") == said and respective_change(verb, "%", 60, None)[0] == "level"


# The crop's or land's measure closing the last name is shared: 粮油、蔬菜种植面积 (重庆 2025 农业发展,
# http://bg.zgcqxs.net/paper.asp?Aid=25817&Fid=16060), 粮食、大豆种植面积 (内蒙古 2024 千村示范万村整治,
# https://m.xwboo.com/news/detail/125204.html) — dev, gold 粮油种植面积, 粮食种植面积.
def test_a_crop_measure_after_the_last_name_is_each_names():
    assert [r[0] for r in _rows("粮油、蔬菜种植面积分别稳定在100万亩以上、28万亩。", 2025)] == ["粮油种植面积", "蔬菜种植面积"]
    assert [r[0] for r in _rows("粮食、大豆种植面积分别稳定在1亿亩、1800万亩。", 2024)] == ["粮食种植面积", "大豆种植面积"]


# A name of a rate of change held within a bound is a growth (居民消費(fèi)價(jià)格漲(zhǎng)幅分別控制在5%和3%以內(nèi): 西藏 2025
# report, http://customartwest.com/2025zt/2025xzlh/content_6427421.html, dev); a rate of a level is not (失业率).
def test_a_rate_of_change_held_is_a_growth():
    verb = _VERB.match("控制在5%")
    assert respective_change(verb, "%", 3, None, "居民消費(fèi)價(jià)格漲(zhǎng)幅")[0] == "growth"
    assert respective_change(verb, "%", 5, None, "城鎮(zhèn)調(diào)查失業(yè)率")[0] == "level"


# A class word of residents before the last name that spells the measure takes that measure: 城镇和农村常住居民人均可支配
# 收入 (海南 2024 县 report, https://nec-driver.com/bhuanan/10093_3.html), 城、鄉居民人均可支配收入 (涪城 2019 report news,
# http://tp.hkcd.com/content_p/2019-02/19/content_70411.html) — dev, gold 城镇常住居民…, 城居民人均可支配收入.
def test_a_class_of_residents_takes_the_measure_of_the_last_name():
    rows = _rows("城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右。", 2024)
    assert [(n, k, v) for n, k, v, _ in rows] == [("城镇常住居民人均可支配收入", "growth", 8),
                                                 ("农村常住居民人均可支配收入", "growth", 8.5)]
    rows = _rows("城、鄉居民人均可支配收入分別增長8%、9%,城鎮登記失業率控制在4%以內。", 2019)
    assert [(n, v) for n, _, v, _ in rows][:2] == [("城居民人均可支配收入", 8), ("鄉居民人均可支配收入", 9)]
    # one name of parts keeps its name for each value (城乡居民…分别增长7%、10%: 嘉祥 2023, dev)
    assert {n for n, *_ in _rows("城乡居民人均可支配收入分别增长7%、10%左右。", 2023)} == {"城乡居民人均可支配收入"}
