"""Round-25 target rules (trec2): commitments the extractor did not see at all, from the twenty-sixth batch (trec2,
tests/fixtures/real/README.md) and the dev split's misses; every sentence is real text of a dev page, its address
cited; the expected targets are read by hand per spec/plan-format.md and the corpus README's conventions."""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows


# 同比 set as a goal: a commitment word (力争, 确保, 争取, 目标为) before it in the sentence makes the change a target, and
# the figures around it too (targets/set_change.py). 辽宁 2009 科技重点任务
# (https://most.gov.cn/ztzl/kjzg60/dfkj60/ln/dtxw/200909/t20090916_72980.html); 松阳 2025 投资计划
# (http://www.songyang.gov.cn/art/2025/4/29/art_1229426982_2553391.html); 象山 经信局 news
# (http://blg686.com/news/article/JS4PKC610514E9UO.html?clickfrom=subscribe).
def test_a_year_on_year_change_after_a_commitment_is_a_target():
    assert _rows("力争2009年81家中小型示范企业新增固定资产投资100亿元,实现总产值480亿元,同比增长33.3%;"
                 "销售收入470亿元,同比增长34.3%。", 2009) == [
        ("81家中小型示范企业新增固定资产投资", "level", 100, "亿元", 2009), ("总产值", "level", 480, "亿元", 2009),
        ("总产值", "growth", 33.3, "%", 2009), ("销售收入", "level", 470, "亿元", 2009),
        ("销售收入", "growth", 34.3, "%", 2009)]  # the clause before's subject, without its amount (gold; round 50)
    assert [r[1:] for r in _rows("2025年全县固定资产投资目标为125.9亿元以上,同比增长18%以上。", 2025)] == [
        ("level", 125.9, "亿元", 2025), ("growth", 18, "%", 2025)]
    assert [r[2] for r in _rows("力爭實現(xiàn)汽模配規(guī)上產(chǎn)值210億元以上、紡織服裝規(guī)上產(chǎn)值120億元以上,"
                                "臨港裝備、綠色能源、功能材料三大新興產(chǎn)業(yè)規(guī)上產(chǎn)值同比增長10%以上,"
                                "數(shù)字經(jīng)濟核心產(chǎn)業(yè)產(chǎn)值超170億元;全縣規(guī)上工業(yè)產(chǎn)值超1050億元。")] == [
        210, 120, 10, 170, 1050]


# 同比 with no commitment before it reports what was done: 鄞州 2023 科技局 (http://www.nbyz.gov.cn/art/2024/7/12/
# art_1229117176_59224915.html, dev); a commitment after it (a review's 塌目标) changes nothing.
def test_a_year_on_year_change_alone_stays_history():
    assert _rows("区本级完成高新技术产业投资 65.35 亿元,同比增长 42.3%;区本级实现技术交易额 99.8 亿元,同比增长 75.2%。",
                 2024) == []
    assert _rows("一般公共预算收入完成21.91亿元,同比增长1.3%,塌目标18.7个百分点。", 2023) == []


# Parts of a count in brackets after it, in its unit and adding up to it at most (targets/breakdown.py). 嘉禾 2024
# (https://www.jiahexinwen.com/content/646856/61/14579851.html); 鹿邑 2024 十件实事
# (http://vocabexpress.net/szb/pc/col/202403/01/content_228274.html).
def test_the_parts_of_a_count_in_brackets_are_targets():
    rows = _rows("他指出,要按照“串点成线、连线成片、集片成景”的要求,2024 年实现建设 67 个“四类乡村”(清洁乡村 56 个、"
                 "宜居乡村 5 个、和美乡村 5 个、共富乡村 1 个)目标。")
    assert [r[2:] for r in rows] == [(67, "个", 2024), (56, "个", 2024), (5, "个", 2024), (5, "个", 2024),
                                     (1, "个", 2024)]
    assert [r[0] for r in rows[1:3]] == ["清洁乡村", "宜居乡村"]
    rows = _rows("2.改善辦學(xué)條件。新建和改擴(kuò)建25所學(xué)校,其中城區(qū)學(xué)校10所(含幼兒園4所)、"
                 "鄉(xiāng)鎮(zhèn)學(xué)校15所(含幼兒園5所),新增學(xué)位6120個(gè)。", 2024,
                 "鹿邑縣政府工作報(bào)告")
    assert {(r[0], r[2]) for r in rows} >= {("幼兒園", 4), ("幼兒園", 5)}


# Parts that add up to more than the count are no parts of it (the 嘉禾 sentence above with a part changed).
def test_parts_larger_than_the_count_give_nothing():
    assert [r[2] for r in _rows("2024 年实现建设 67 个“四类乡村”(清洁乡村 56 个、宜居乡村 50 个)目标。")
            if r[2] in (56, 50)] == []


# A rank printed without a measure word closing its clause (前三, 第一), after a commitment (targets/rank_words.py).
# 庆元 2018 旅游工作 (http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml); 泰山区农业农村局 2025 工作计划
# (https://xiezuogongyuan.com/174516.html).
def test_a_rank_without_a_measure_word_after_a_commitment():
    assert ("增幅", "rank", 3, None, 2018) in _rows(
        "实现以下目标:实现接待游客超386万人次、旅游综合收入25.03亿元,增幅位列全市前三。", 2018, "2018年庆元县旅游工作要点")
    assert ("增幅", "rank", 3, None, 2018) in _rows(
        "强力推进48个涉旅工程项目,年内完成投资14亿元,增幅达40%,确保增幅在全市排名前三。", 2018, "2018年庆元县旅游工作要点")
    assert _rows("二是乡村振兴考核指标力争全市第一,全市乡村振兴现场观摩会取得好位次。", 2025,
                 "区农业农村局2025年工作计划") == [("乡村振兴考核指标", "rank", 1, None, 2025)]


# A standing stated alone is history, and a class or tier is no rank: 宣州 科技 (dev, the corpus's ah-xuanzhou-kjjd);
# 黄陂 2022 计划执行 (dev, hb-huangpi-jhzx2022).
def test_a_standing_or_a_tier_is_no_rank():
    assert _rows("加强科技型中小企业入库工作指导,入库科技型中小企业235家,总量位居全市第二。") == [
        ("入库科技型中小企业", "level", 235, "家", None)]
    assert [r for r in _rows("力争继续保持全省第一类县市区前列。", 2022) if r[1] == "rank"] == []


# A size inside the thing counted: the count is the target, the size names the thing (targets/sized.py). 长安 2022
# 十大惠民实事 (https://www.ixian.cn/archiver/tid-1783299.html); 西湖 2023 十大民生实事
# (https://www.xjnnet.com/e/wap/show.php?classid=189&id=127690); 历城 2022 为民办10件实事
# (http://www.jnhouse.com/housenews/detail.php?id=124347); 庆元 2018 旅游工作 (above).
def test_a_size_inside_the_thing_counted_leaves_the_count():
    assert _rows("六是倾力保障群众用电需求。建设香积变等4座110千伏变电站,升压改造鸣犊变电站。", 2022,
                 "长安区2022年的十大惠民实事") == [("110千伏变电站", "level", 4, "座", 2022)]
    assert [r[1:] for r in _rows("对750台15年以上的老旧电梯进行安全评估和隐患排查整治。", 2023, "2023年西湖区十大民生实事")] == [
        ("level", 750, "台", 2023)]
    assert [r[2:4] for r in _rows("九、建成1处1万平方米以上的社区公园、3处500平方米以上的口袋公园和10公里绿道。", 2022,
                                  "济南市历城区2022年为民办10件实事")] == [(1, "处"), (3, "处"), (10, "公里")]
    assert ("3A级景区村", "level", 3, "个", 2018) in _rows("新增24个、提升10个A级景区村庄,创成3个3A级景区村。", 2018,
                                                          "2018年庆元县旅游工作要点")


# 到“十四五”末 is a deadline as 到2025年 is: a news print's goals date the paragraph after it by it (targets/years.py).
# 万源 2021 (https://new.qq.com/omn/20210120/20210120A0CDE600.html, the twenty-sixth batch).
def test_the_end_of_a_five_year_plan_dates_the_next_paragraph():
    rows = _rows("对于已经开启的新的五年征程,中共万源市委副书记、市长倪欣表示,到“十四五”末,万源全市地区生产总值要达到300亿元,"
                 "生态经济占地区生产总值50%以上。\n同时,城区建成区面积达到20平方公里,城区常住人口达到20万人,城镇化率达到45%以上。"
                 "到2035年,地区生产总值突破600亿元。", 2021)
    assert [(r[2], r[4]) for r in rows] == [(300, 2025), (50, 2025), (20, 2025), (20, 2025), (45, 2025), (600, 2035)]


# A share of a set that is to reach something, printed without 的 or after a scope (targets/set_share.py). 普陀 2025
# 海绵城市 (https://www.shanghai.gov.cn/zhengce/detail/0075::0075193942); 上海 2024 海绵城市
# (https://www.shanghai.gov.cn/zhengce/detail/0001::e1e66aaef5744626802d06fa9bd706fa); 宝山 2019 垃圾分类
# (https://www.shanghai.gov.cn/zhengce/detail/0078::2dadcacd-e1c8-441c-9f2f-b7ab4d861222); 镇平 2010 生态县
# (http://8.134.116.66:8060/Content-29807.html).
def test_a_share_of_a_set_that_reaches_something():
    assert [r[2:] for r in _rows("一、工作目标\n到2025年底，本区建成区40%以上面积达到海绵城市建设目标要求;到2030年底，本区建成区"
                                 "80%以上面积达到海绵城市建设目标要求。", 2025)] == [(40, "%", 2025), (80, "%", 2030)]
    assert [r[:3] for r in _rows("全市城镇25%面积达到3—5年一遇雨水排水能力。", 2024)] == [
        ("全市城镇面积达到3—5年一遇雨水排水能力", "level", 25)]
    assert [r[2] for r in _rows("70%以上居住区实现垃圾分类实效达标。", 2019)] == [70]
    assert [r[2] for r in _rows("全县80%的乡镇建成环境优美乡镇。", 2010)] == [80]


# A share after an indicator is that indicator's level, and a share with no verb of reaching after it is none.
def test_a_share_after_an_indicator_is_no_set():
    assert _rows("森林覆盖率达到40%以上。", 2025) == [("森林覆盖率", "level", 40, "%", None)]
    assert _rows("全县80%的乡镇。", 2010) == []


# A target of zero in words, closing its clause after a year to come or a commitment (targets/zero.py). 国办 2018
# “无废城市” (http://www.gov.cn/zhengce/content/2019-01/21/content_5359620.htm); 奉贤 2024 违法用地
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084).
def test_a_target_of_zero_in_words():
    assert _rows("到2020年，危险废物全面安全管控，非法转移倾倒固体废物事件零发生，培育一批固体废物资源化利用骨干企业。",
                 2018) == [("非法转移倾倒固体废物事件", "level", 0, None, 2020)]
    assert _rows("对产业类存量违法用地开展综合整治，做到新增违法用地“零容忍”，力争2029年底实现产业类存量违法用地清零。",
                 2024) == [("产业类存量违法用地", "level", 0, None, 2029)]


# A review's 清零 and a programme named after it are none: 琼海 2023 政府工作报告
# (https://qionghai.hainan.gov.cn/xxgk/zfgzbg/szfgzbg/202303/t20230330_3389893.html, dev).
def test_a_zero_reached_or_named_is_no_target():
    assert [r for r in _rows("科学优化指挥体系和运转机制,在“0801”疫情中率先实现社会面高质量清零。精准采取区域风险清零行动等措施。",
                             2023) if r[2] == 0] == []


# A space printed inside a decimal number after a word is dropped as a reading is, the target given back as printed
# (targets/readings.py). 深圳 2023 政府工作报告 (http://tv.rexun.cn/shehui/2023/0214/021484835.html); 平顶山 2025
# (http://trnww.com/contents/33764/699084.html, a mirror with phonetic readings).
def test_a_space_inside_a_decimal_number():
    targets = extract_text("新建托幼一体化幼儿园50所,新增托位1. 6万个", plan_year=2023).targets
    assert [(t.value, t.unit, t.quote) for t in targets] == [(50, "所", "托幼一体化幼儿园50所"), (1.6, "万个", "新增托位1. 6万个")]
    assert [(r[1], r[2]) for r in _rows("主要預(yù)期目標(biāo)是:經(jīng)濟(jì)增長6 . 5%左右,研發(fā)經(jīng)費(fèi)投入強(qiáng)度2%以上",
                                        2025)] == [("growth", 6.5), ("level", 2)]


# A list's number at a line's start is no decimal: 成安 2019 (http://www.chengan.gov.cn/main/viewDetail.jsp?newsid=
# 122142&subjectid=11134, dev).
def test_a_list_number_is_no_decimal():
    assert [r[2] for r in _rows("1. 2019年地方财政科技支出不低于4090万元;")] == [4090]
