"""cand40: counts no shape took (count_candidate.candidate's fall-through). Real dev sentences, each with its source
address.

1. A bound count (不少于N + noun) opening a list of counts shares its verb with the next item, as a count verb's item
   does (the bound branch of ``candidate``).
2. The words after a count name no thing of it (a book title, a citation mark, an exclamation, the list's 等,
   及其他…, the next clause's own verb): the value closes its item and the name before it is its indicator
   (closed_items.py).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 1. bound lists
# 普陀区绿化建设和市容景观提升“十五五”规划 (dev): 和 and the next count after a bound one
PUTUO = "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075"
PUTUO_TEXT = ("尤其是针对设置时间长、安全风险高的连体招牌开展全面排查、检测和整改，每年抽检不少于40块户外广告和500块户外"
              "招牌，助力提升规范美观、安全有序的营商环境。")
# 2026年上海量子城市空间智能建设工作要点 (dev): the same shape, a verb after the second noun
LZCS = "https://www.shanghai.gov.cn/zhengce/detail?businessId=1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032"
LZCS_TEXT = ("1.持续迭代“云宇星空”行业基座大模型。完成不少于100万条模型微调语料和10万条思维链语料生产，建设涵盖管理、"
             "实务、科研3大类100个专题领域、不少于22亿词元的专业知识库。")
# 铁西 2026 民生实事 (dev): a lone bound item; the count after it is no part of its noun and stays read
TIEXI = "https://m.163.com/dy/article/KI747KE20535J6J8.html"
TIEXI_TEXT = ("又明确了2026年的各项重点工作和10件民生实事。从新建学校到改造老旧小区、背街小巷,从举办超百场招聘会到新增2000个"
              "停车泊位,从改造工人村历史文化街区到建设沈阳椿熙国际康养综合体……件件直击民生痛点,事事回应群众期盼。")

# 2. closed items
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

SOURCES = (PUTUO, LZCS, TIEXI, YANGZHONG, SHANXI, SICHUAN, SHEXIAN, YUNNAN, TIANJIN, CANGSHAN, JIANGXI)
READ = [  # (text, plan year, value, unit, the name it is read under, or its start)
    (PUTUO_TEXT, 2026, 40, "块", "户外广告"),
    (PUTUO_TEXT, 2026, 500, "块", "户外招牌"),
    (LZCS_TEXT, 2026, 100, "万条", "模型微调语料"),
    (LZCS_TEXT, 2026, 10, "万条", "思维链语料"),
    (TIEXI_TEXT, 2026, 2000, "个", "停车泊位"),
    ("培育不少于100名优秀企业家、20名青年人才。", 2025, 20, "名", "青年人才"),  # (、 opens the next item as 和 does)
    (YANGZHONG_TEXT, 2026, 2.75, "千米", "护砌"),
    (SHANXI_TEXT, 2021, 20, "個", "新型智慧城市試點市縣"),
    (SICHUAN_TEXT, 2021, 425, "万人", "城镇新增就业"),
    (SHEXIAN_TEXT, 2025, 348, "米", "污水管网"),
    (YUNNAN_TEXT, 2023, 120, "户", "主营业务收入上亿元的文化企业"),
    (TIANJIN_TEXT, 2016, 500, "公里", "水氣熱舊管網"),
]
UNREAD = [  # (text, plan year, value, unit)
    ("建设不少于3个园区和2023年已建成的5个基地。", 2025, 5, "个"),  # a report after the list's 和 (已): no goal
    ("安排不少于2000万元资金,新建15个公园。", 2025, 2000, "万元"),  # the funding of the work that follows
    (CANGSHAN_TEXT, 2022, 2, "个"),
    (JIANGXI_TEXT, 2021, 100, "%"),
    ("全市10个改造项目。", 2025, 10, "个"),  # a thing named by its work: the noun of the count, no clause after
    ("完成城区道路5公里改造工程。", 2025, 5, "公里"),
]


def test_sources_are_dev():
    assert [s for s in SOURCES if split_of(s) != "dev"] == []


def _read(text, year):
    return {(t.value, t.unit): t.indicator for t in extract_text(text, plan_year=year).targets}


@pytest.mark.parametrize(("text", "year", "value", "unit", "name"), READ)
def test_read(text, year, value, unit, name):
    got = _read(text, year).get((value, unit), "")
    assert got.startswith(name) or name in got


@pytest.mark.parametrize(("text", "year", "value", "unit"), UNREAD)
def test_unread(text, year, value, unit):
    assert (value, unit) not in _read(text, year)
