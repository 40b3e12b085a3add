"""Round-23 target rules (trec): targets' recall on shapes the twentieth batch brought, each rule from real sentences
of at least two documents (addresses above each, all dev by their address); the expected values are read from the
sentences by hand, per spec/plan-format.md and tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A place between a count verb and its count (解决农村10万人…, 完成中心城区11条…): the verb still counts the noun after
# the count. 十堰 2011 10件实事 (http://sjwhw.net/2011-1/201112074107.Html); 昌都 水利 (http://lakalal8.com/news/content/
# 51081.html, traditional characters with readings); 上海 2021 为民办实事 (https://m.flt365.com/nw11510/20210125/
# 84deae058cc54285b0fdf5a0e90a42a8.html).
SHIYAN = "一、解决农村10万人安全饮水问题。\n六、维修改造城区60条内街小巷。"
CHANGDU = "今年,昌都地區(qū)將新建農(nóng)村飲水安全工程點(diǎn)1116個,解決農(nóng)牧區(qū)5萬人的飲水安全問題。"
SHANGHAI = ("七、推进郊区32条公交线路实现中途站点实时到站信息预报服务;在中心城区公共区域及道路新增100个出租车候客站点。\n"
            "八、完成中心城区11条道路积水改善工程;打造50条精品示范路;建成200公里绿道。")


def test_a_place_between_a_count_verb_and_its_count_leaves_the_count_counted():
    assert [r[1:] for r in _rows(SHIYAN, 2011, title="市政府2011年10件实事")] == [
        ("level", 10, "万人", 2011), ("level", 60, "条", 2011)]
    assert [r[0] for r in _rows(SHIYAN, 2011)] == ["安全饮水问题", "内街小巷"]
    rows = _rows(CHANGDU, None)
    assert rows[-1] == ("飲水安全問題", "level", 5, "萬人", None)
    assert [(r[2], r[3]) for r in _rows(SHANGHAI, 2021, title="2021年上海市为民办实事项目")] == [
        (32, "条"), (100, "个"), (11, "条"), (50, "条"), (200, "公里")]
    # a place with no count verb before it is a scope, as before: 全市城区 is no verb
    assert _rows("全市城区60条内街小巷。", 2011) == []


# A class of a scenic area to be reached is a category target, the class its value (spec: category, 达到B类县): created
# (成功创建…国家4A级、…国家3A级旅游景区) or to be approved (…5A級景區…要獲批掛牌); planned, started or kept classes are
# none. 庆元 2018 旅游 (http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml); 甘肃 2024 文旅目标
# (http://shennongbaicaogaogw.com/html/1660/2024-01-23/content-482072.html); 交城 2021 (https://www.sxllnews.cn/
# xyllrb/pc/con/202104/23/c85787.html: 巩固…4A级景区); 仓山 2022 (推动烟台山国家4A级旅游景区创建, a dev fixture).
QINGYUAN = ("持续推进百山祖景区扩容提质,完成《百山祖5A级景区旅游总体规划》初步论证;成功创建巾子峰国家4A级、莲湖村国家3A级旅游"
            "景区;开展香菇小镇3A级旅游景区创建工作;整合包装月山村、天宸农业公园、谷坪公社等资源,谋划创建大月山国家4A级景区。")
GANSU = ("今年,我省將重點(diǎn)深化文體旅融合發(fā)展,推動品牌建設(shè)。甘南冶力關(guān)5A級景區(qū)和劉家峽國家級旅游度假區(qū)要"
         "獲批掛牌,全面啟動玉門關(guān)—陽關(guān)等一批景區(qū)創(chuàng)建5A級品牌。")
KEPT = "发展全域旅游,巩固卦山、玄中寺4A级景区,持续扩大庞泉沟景区影响力。推动烟台山国家4A级旅游景区创建。"


def test_a_class_of_a_scenic_area_created_or_approved_is_a_category_target():
    assert _rows(QINGYUAN, 2018, title="庆元县旅游局2018年工作") == [
        ("巾子峰旅游景区", "category", "4A", None, 2018), ("莲湖村国家3A级旅游景区", "category", "3A", None, 2018)]
    assert _rows(GANSU, 2024) == [("甘南冶力關(guān)5A級景區(qū)", "category", "5A", None, 2024)]
    assert _rows(KEPT, 2021) == []


# A year followed by a count (2011年10件实事, 2021年50件民生實事) is no date: a caption of one year dates the list below
# it. 十堰 2011 (http://sjwhw.net/2011-1/201112074107.Html: 市政府2011年10件实事 over the items 六 to 十); 连云港 2021
# (市政府關于印發2021年50件民生實事分解落實方案, a dev opening); 杭州 2024 (https://news.qq.com/rain/a/20241230A06MRR00:
# 2024年10件民生实事48个子项目).
SHIYAN_CAPTION = ("市政府2011年10件实事\n\n六、维修改造城区60条内街小巷。\n\n七、新建30个公交站廊。\n\n"
                  "九、启动建设1000套公共租赁住房。\n\n十、新建和改建5所幼儿园。")


def test_a_caption_of_a_year_and_a_count_dates_the_list_it_heads():
    rows = _rows(SHIYAN_CAPTION, 2011, title="十堰市政府承诺今年再办10件实事")
    assert [(r[2], r[3], r[4]) for r in rows] == [(60, "条", 2011), (30, "个", 2011), (1000, "套", 2011),
                                                  (5, "所", 2011)]
