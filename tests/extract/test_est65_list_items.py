"""est65 (session 37, MISSES-fresh64 row 6): the last count of a 、 list closed by 等 and a noun (…、8万个智能网联充电设施
等任务目标) counts its own noun; the noun after 等 names the whole list (targets/list_items.py). Sentences verbatim
from dev pages, addresses above each; a count not after 、 keeps the noun after 等 (the names are its examples)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.list_items import own_item


def _names(text: str, plan_year: int | None) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=plan_year).targets}


# 济南 2022 数字化 十四五 plan news (http://www.tgfeipin.com/detail--6607020.html, dev; the mirror's readings kept)
JINAN = ("提出2025年濟(jì)南市數(shù)字經(jīng)濟(jì)規(guī)模占GDP比重超過52%,數(shù)字經(jīng)濟(jì)核心產(chǎn)業(yè)收入突破8000億元。"
         "同時(shí)提出建設(shè)300個(gè)數(shù)字工廠、5萬個(gè)5G基站、8萬個(gè)智能網(wǎng)聯(lián)充電設(shè)施等任務(wù)目標(biāo),"
         "全面加快產(chǎn)業(yè)數(shù)字化和城市數(shù)字化發(fā)展。")
JINAN_PLAIN = "到2025年,建设300个数字工厂、5万个5G基站、8万个智能网联充电设施等任务目标。"
# 拉萨 2018 政府工作报告 (https://m.shzx.org/a/40-6340-0.html, dev)
LASA = "完善城市基础设施,建成投用柳东大桥、19条市政道路等项目,推进城市轨道交通、滨河路、东环线、邦嘎隧道等项目,建设东嘎客运站。"
# 盐都 2026 (https://www.yandu.gov.cn/art/2026/1/29/art_3553_4400126.html, dev): the count follows 等, no 、 —
# it counts the projects the names before are examples of (gold 市区“两重”等项目)
YANDU = "水山通风净化装备等10个市区“两重”等项目一季度应开尽开、按序时快建快投。"


def test_the_last_count_of_a_list_keeps_its_own_noun():
    assert "充电设施" in _names(JINAN_PLAIN, 2022)[8]
    assert "充電設" in _names(JINAN, 2022)[8]
    assert _names(LASA, 2018)[19] == "市政道路"


def test_a_count_not_after_a_list_mark_keeps_the_noun_after_deng():
    assert "项目" in _names(YANDU, 2026)[10]
    assert own_item("等10个市区两重等项目", 3, "市区两重等项目") == ""
    assert own_item("、19条市政道路等方面", 1, "市政道路等方面") == ""  # 等方面 names no thing
    assert own_item("、19所高等学校", 1, "高等学校") == ""  # 等 of a word


def test_own_item():
    assert own_item("工厂、8万个智能网联充电设施等任务目标", 3, "智能网联充电设施等任务目标") == "智能网联充电设施"
    assert own_item("大桥、 19条市政道路等项目", 4, "市政道路等项目") == "市政道路"
