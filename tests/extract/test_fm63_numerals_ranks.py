"""Round Chinese numerals before 亿 after a reach verb, and ranks printed 前十 / N强 after 进入 in a goal sentence
(fm63; MISSES-fresh63.md rows 2 and 9), from dev pages of the corpus."""

from __future__ import annotations

from kechuang.extract import extract_text


def _read(text: str, plan_year: int | None = None) -> list[tuple[str, float, str | None]]:
    return [(t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# 武宣 2022 两会 news (广西), http://www.bbrtv.com/2022/0120/702337.html, dev
_WUXUAN = "我们提出2022年武宣要力争实现工业园区过百亿。广西111个县市区,从武宣的资源和条件出发。"
# 雅安 2022 政府工作报告 news (四川), http://www.wwwfh2222.com/news/m/2022-01-10/detail-ikyakumx9306090.shtml?from=sc_cnxh,
# dev (traditional, as the page prints it)
_YAAN = "奮力開創雅安高質量發展新局面。到2023年,全市地區生產總值邁上千億元臺階;到2026年,全市城鄉居民收入持續增長。"
# 吉安 2024 (江西), http://27.185.56.112:8082/attachment/news.php?ko=5g.html, dev: read before fm63 (突破 is a level verb)
_JIAN = "江西吉安市力争到2026年,全市电子信息产业营收突破3000亿元,新材料、先进装备制造、生物医药全产业链营收突破千亿。"


def test_a_round_numeral_after_a_reach_verb_closing_its_clause_is_an_amount() -> None:
    assert ("level", 100, "亿") in _read(_WUXUAN, 2022)
    assert ("level", 1000, "亿") in _read(_JIAN, 2024)


def test_a_step_to_a_round_numeral_amount_is_a_level() -> None:
    found = _read(_YAAN, 2022)
    assert [f for f in found if f[1] == 1000] and found[0][0] == "level" and found[0][2] in ("亿元", "億元")


def test_a_round_numeral_naming_a_class_stays_no_value() -> None:
    # 湖南 2021 旅游 行动 (http://buildfuture.com.cn/36241.html, dev): 過千億、…過百億的企業 are classes of the firms counted
    found = _read("到2025年,培育1-2家營業收入過千億、3-4家營業收入過百億的龍頭文化旅游企業。", 2021)
    assert not [f for f in found if f[1] in (100, 1000)]
    # 潮州 2021 (http://mp.123yiche.com/j5b198044k1.html, dev): a step reached in a review is history
    assert not _read("经济总量完成历史性跨越。经济总量已迈上千亿元台阶。", 2021)
    assert not [f for f in _read("到2025年,培育千亿级产业集群3个、百亿元企业5家。", 2021) if f[1] in (100, 1000)]


# 深圳 卫生健康 十四五 news, http://news.wybstv.com.cn/xw/2022/0511/30412.html, dev
_SHENZHEN = ("规划提出一系列总目标,包括到2025年人均预期寿命达到84.53岁,10家医院进入全国医院排行榜百强,"
             "结核病、传染病、烧伤科、精神医学等专科进入全国前十,基本医疗保险参保率保持在98%以上等。")
# 曲靖 十四五 article (云南), http://hk1.crntt.com/doc/7_0_106054884_1.html, dev (traditional)
_QUJING = ("曲靖將千方百計加快發展,力爭“十四五”時期,GDP年均增長9%以上,2025年經濟總量過5000億元,"
           "經濟總量進入全國地級城市65強,體現雲南第二大經濟體的使命擔當。")


def test_a_rank_after_entering_in_a_goal_sentence_is_read() -> None:
    shenzhen = _read(_SHENZHEN, 2022)
    assert ("rank", 10, None) in shenzhen
    assert ("level", 10, "家") in shenzhen and not [f for f in shenzhen if f[0] == "rank" and f[1] == 100]
    assert ("rank", 65, None) in _read(_QUJING, 2021)


def test_a_rank_entered_in_a_review_is_history() -> None:
    # 广西 科技 2021 (http://www.xunjk.com/xinwen/keji/2021/0718/160286.html, dev): 连续5年进入全国前十 is history
    assert not [f for f in _read("十三五期间,高新技术产业化水指数连续5年进入全国前十,跨国技术转移协作网络覆盖东盟10国。",
                                 2021) if f[0] == "rank"]
    # a sentence with no commitment and no deadline: a standing reported
    assert not [f for f in _read("2020年,全市经济总量进入全国地级城市65强。", 2021) if f[0] == "rank"]


# 贵州 2023 (https://static.h2o-china.com/news/345016.html, dev) and 台州 2024 民生实事
# (http://big5.china.com.cn/gate/big5/zjnews.china.com.cn/zj/taizhou/2024-01-22/409255.html, dev, traditional)
_GUIZHOU = "到2025年全省30户以上自然村寨农村生活垃圾收运体系覆盖率达90%、农村生活污水治理率达25%。"
_TAIZHOU = ("七、夯實應急救援基礎。新增應急救護普及培訓30萬人次以上;實現全市行政村、20戶以上自然村、"
            "災害事故多發易發區域(點)應急廣播雙向化終端100%覆蓋。")


def test_households_above_a_size_before_a_village_name_a_class() -> None:
    guizhou = _read(_GUIZHOU, 2023)
    assert ("level", 90, "%") in guizhou and not [f for f in guizhou if f[1] == 30]
    taizhou = _read(_TAIZHOU, 2024)
    assert ("level", 100, "%") in taizhou and not [f for f in taizhou if f[1] == 20]


def test_households_counted_stay_a_count() -> None:
    # 黔东南 民生实事 (http://qdnwm.gov.cn/jujiaoqdn/4742.html, dev): the count of households to serve is the target
    assert ("level", 3.5, "万户") in _read("完成超3.5万户50户以上木质房屋连片村寨农户“电改”。", 2023)
    assert ("level", 500, "户") in _read("到2025年,新增农村集中供水入户500户以上。", 2023)
