"""cand40: the words after a count name no thing of it (a book title, a citation mark, an exclamation, the list's
等, 及其他…, the next clause's own verb): the value closes its item and the name before it is its indicator
(closed_items.py). Real dev sentences, each with its source address."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# a mark no name opens with: a citation (扬中 2026), an exclamation (山西 2021 新基建), a book title (四川 2021)
YANGZHONG = "https://reportify.cn/tags/concept?page=2&tagValue=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E9%A1%B9%E7%9B%AE"
YANGZHONG_TEXT = ("2026年扬中市民生实事项目概览 - 扬中市第十八届人民代表大会第五次会议于2026年1月16日票决确定了10项年度市政府"
                  "民生实事项目 [1] 基础设施与防洪工程 - 实施长江堤防应急治理工程扬中境内二期工程 包括挡墙13.46千米 道路8.72千米"
                  " 护砌2.75千米 [1][2] - 开展易涝点整治项目")
SHANXI = "http://speedblades.com/news/2021/0527/191863.html"
SHANXI_TEXT = ("“到2025年,山西5G基站累計達12萬個;工業互聯網(wǎng)標識解析二級節(jié)點達到6個以上;打造能源互聯網(wǎng)試點城市3個,"
               "新型智慧城市試點市縣20個左右!鄙轿魇“l(fā)改委副主任王立剛說")
SICHUAN = "http://swbd.cn/minsheng1/106853.html"
SICHUAN_TEXT = "“十四五”城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉"
# another thing after the count (涉县 2025 民生实事), the list's 等 (云南 2023 文旅强省 三年行动)
SHEXIAN = "http://www.wrujm.cn/mobile/quote/1597.html"
SHEXIAN_TEXT = ("建设二中北路(平安街-龙井大街)排水管网及其他附属设施,主要铺设雨水管网345米,铺设污水管网348米及其他附属设施,"
                "进一步提升二中北路雨污水收集排放能力")
YUNNAN = "http://m.ginggxs.com/a/xinwentoutiao/2023/0915/100763.html"
YUNNAN_TEXT = ("推动影视、出版、文化创意等产业园区建设,打造20个以上省级文化产业园区,培育主营业务收入上亿元的文化企业120户"
               "以上等。")
# two clauses run together, each with its verb (天津 2016 城建, a headline)
TIANJIN = "http://wscjzq.cn/h-nd-60.html"
TIANJIN_TEXT = "天津今年將改造水氣熱舊管網(wǎng)500公里啟動地下綜合管廊建設(shè)"

# What stays unread (dev): names listed before the count are what it counts (仓山 2022 为民办实事); a share's own verb
# (江西 2021 充电设施 三年行动)
CANGSHAN = "http://www.hxnews.com/news/fj/fz/202112/22/2040314.shtml"
CANGSHAN_TEXT = ("加快教育项目建设,建成金闽小学、永南中学2所新校,完成城门中学改扩建(一期)、螺洲中学教学楼2个改扩建项目,推动"
                 "麦浦中学、冯宅中学等项目建设,新增学位5490个")
JIANGXI = "http://xinchanggroup.cn/news/show-6584.html"
JIANGXI_TEXT = "新建住宅配建停車位應100%建設充電設施或預留建設安裝條件。"


def test_sources_are_dev():
    for source in (YANGZHONG, SHANXI, SICHUAN, SHEXIAN, YUNNAN, TIANJIN, CANGSHAN, JIANGXI):
        assert split_of(source) == "dev", source


def _read(text, year):
    return {(t.value, t.unit): t.indicator for t in extract_text(text, plan_year=year).targets}


@pytest.mark.parametrize(("text", "year", "value", "unit", "name"), [
    (YANGZHONG_TEXT, 2026, 2.75, "千米", "护砌"),
    (SHANXI_TEXT, 2021, 20, "個", "新型智慧城市試點市縣"),
    (SICHUAN_TEXT, 2021, 425, "万人", "城镇新增就业"),
    (SHEXIAN_TEXT, 2025, 348, "米", "污水管网"),
    (YUNNAN_TEXT, 2023, 120, "户", "主营业务收入上亿元的文化企业"),
    (TIANJIN_TEXT, 2016, 500, "公里", "水氣熱舊管網"),
])
def test_the_name_before_a_closed_count(text, year, value, unit, name):
    got = _read(text, year)
    assert (value, unit) in got and got[(value, unit)].startswith(name)


@pytest.mark.parametrize(("text", "year", "value", "unit"), [
    (CANGSHAN_TEXT, 2022, 2, "个"),
    (JIANGXI_TEXT, 2021, 100, "%"),
    ("全市10个改造项目。", 2025, 10, "个"),  # a thing named by its work: the noun of the count, no clause after
    ("完成城区道路5公里改造工程。", 2025, 5, "公里"),  # (the same: 改造工程 names the thing, not the next clause)
])
def test_what_stays_unread(text, year, value, unit):
    assert (value, unit) not in _read(text, year)
