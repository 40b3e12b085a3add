"""Round-8 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A second, higher value with a verb and no name of its own (力争达到N) is the same indicator's stretch goal, of the
# same kind, whether a comma or a 、 parts it from the first: two targets (tests/fixtures/real/README.md). 西藏 政府工作
# 报告 2025 (http://customartwest.com/2025zt/2025xzlh/content_6427421.html, dev: 增長7%以上、力爭達到8%); 福州高新区
# 高新技术企业培育 (http://qyxmbt.com/fj/fz267/4504.html, dev: 突破124家,力争达到130家).
XIZANG = ("主要預期目標是:地區生產總值增長7%以上、力爭達到8%,全社會固定資產投資增長15%以上、力爭達到20%,"
          "規上工業增加值增長16%。")
FUZHOU = "实施高新技术企业倍增计划,到2020年我区省级以上高新技术企业突破124家,力争达到130家。"


def test_a_stretch_value_after_a_list_mark_is_the_same_indicator_of_the_same_kind():
    assert _rows(XIZANG, 2025, title="政府工作报告") == [
        ("地區生產總值", "growth", 7, "%", 2025), ("地區生產總值", "growth", 8, "%", 2025),
        ("全社會固定資產投資", "growth", 15, "%", 2025), ("全社會固定資產投資", "growth", 20, "%", 2025),
        ("規上工業增加值", "growth", 16, "%", 2025)]
    first, second = _rows(FUZHOU, 2018)
    assert first[0] == second[0] and first[0].endswith("省级以上高新技术企业")
    assert [r[1:] for r in (first, second)] == [("level", 124, "家", 2020), ("level", 130, "家", 2020)]
    # simplified characters alike; a value of another unit does not take the name (no stretch of that indicator)
    assert [r[:3] for r in _rows("地区生产总值增长7%以上、力争达到8%。", 2025)] == [
        ("地区生产总值", "growth", 7), ("地区生产总值", "growth", 8)]


# A count after a list (A、B等N座) that the list names in full is no target, also when a name holds 和/及 (中和) or a
# name holds a number (10号线三期): the names are counted over the whole clause, by 、 and by 、/和/及. 成都 民生实事
# 2021 (http://wwwfh2222.com/news/b/2021-02-10/detail-ikftssap5062135-p3.shtml, dev: two items of one list); the rule's
# own sources: 苍南 民生实事 2022 (http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html, dev: 桥墩镇、
# 赤溪镇、灵溪镇观美等3家) and 袁州 (http://www.yzq.gov.cn/yzqrmzf/jcbslsqk/202309/d48534cfb44f49e0bf792a10fb644168.shtml,
# dev: 湖田中学、伯塘中学等5所, fewer names than the count: a target).
CHENGDU_STATIONS = "10.建成中和、大弯、禾丰、赵镇、竹篙等5座生活垃圾压缩转运站,新增日收运能力2600吨。"
CHENGDU_LINES = ("1.推动轨道交通加速成网,续建地铁10号线三期、13号线一期、17号线二期、18号线三期、19号线二期、8号线二期、27号线一期、"
                 "30号线一期及轨道交通资阳线等9个项目。")
CANGNAN = "建成投用桥墩镇、赤溪镇、灵溪镇观美等3家中心敬老院。"
YUANZHOU = "着力推进湖田中学、伯塘中学等5所农村中小学校改扩建。"


def test_a_count_of_a_list_named_in_full_is_no_target_whatever_its_names_hold():
    assert [r[2:4] for r in _rows(CHENGDU_STATIONS, 2021, title="成都市2021年民生实事工作目标")] == [(2600, "吨")]
    assert _rows(CHENGDU_LINES, 2021, title="成都市2021年民生实事工作目标") == []
    assert _rows(CANGNAN, 2022) == []
    assert [r[2:4] for r in _rows(YUANZHOU, 2023)] == [(5, "所")]


# A page whose title reports results (工作总结, 完成情况公示, 完成情况的通报) reads as of the year after the one it sums
# up: its numbers, those of its own year included, are history; a year to come still governs a goal (下一步…到2025年).
# 临湘 教育体育局 2020年民生实事完成情况公示 (http://souzy.net/24733/24760/24821/24986/28267/content_1771769.html, dev);
# 番禺 卫生健康局 2022年工作总结 (http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html, dev); the gold of
# 阳东 十件民生实事完成情况的通报 and 和布克赛尔 整改任务完成情况公示 (dev) holds no target either.
LINXIANG = ("現將教育體育局2020年民生實事項目建設情況公示如下:\n1、省實事工程:擴大公辦學前教育資源,增加公辦幼兒園學位 970 個。\n"
            "2、岳陽市民生實事工程:①提質改造鄉村小規模學校 30 所、鄉鎮寄宿制學校 19 所,建設公辦幼兒園 1 所;②建成社會足球場 7 個。")
PANYU = "辖区居民健康素养水平稳步提升,2022年达38.2%,提前8年实现了健康广州行动2030年的目标值(37%)。"


def test_a_page_titled_as_a_report_of_results_holds_history_not_targets():
    assert _rows(LINXIANG, 2020, title="臨湘市教育體育局2020年重點民生實事項目任務完成情況公示") == []
    assert _rows(PANYU, 2022, title="番禺区卫生健康局2022年工作总结") == []
    # the same lines under a title of a plan are targets
    assert len(_rows(LINXIANG, 2020, title="臨湘市教育體育局2020年重點民生實事項目")) == 5
    # a year to come in a summary still governs its goal
    assert [r[2:] for r in _rows("下一步,到2025年,居民健康素养水平达到40%。", 2022, title="番禺区卫生健康局2022年工作总结")] \
        == [(40, "%", 2025)]


# A sentence that states a standing reached (居全市第七位, 位居全国工业百强第11位, 位列全省第三位) reports what was done:
# its numbers are history; a standing to be reached (力争…居全省第5位) is no report. 红桥区 科技创新“十五五”规划
# (http://www.tjhq.gov.cn/zwgk/zdxzjc/jcjg/202601/t20260122_7229335.html, dev); 南安 政府工作报告 2023
# (http://nanan.gov.cn/zwgk/zfgzbg/202301/t20230118_2839523.htm, dev); the gold of 淄博 “十四五”科技创新规划 and 绍兴
# 2020年重点工作进展情况表 (dev) holds no target in such a sentence either.
HONGQIAO = ("实施促进科技成果转移转化行动,打通科技成果转化“中梗阻”,全区技术合同成交额突破400亿元,全区有效专利总量累计达5876件,"
            "其中有效发明专利3330件,有效实用新型专利2152件,发明专利数量居全市第七位,市内六区第二位。")
NANAN = ("(二)努力稳住经济大盘。稳住工业产能,推出稳增长系列政策,开展“千名干部挂千企”活动,上线惠企政策云平台,减免税费33亿元,"
         "直达惠企资金5亿元、纾困贷款11.4亿元,新增“四上”企业超300家,位居全国工业百强第11位。")


def test_a_sentence_stating_a_standing_reached_is_a_report():
    assert _rows(HONGQIAO, 2026, title="天津市红桥区科技创新第十五个五年规划") == []
    assert _rows(NANAN, 2022, title="2023年政府工作报告") == []
    # a standing to be reached keeps the sentence's goals
    assert [r[2] for r in _rows("到2030年,全区技术合同成交额突破500亿元,力争发明专利数量居全市第五位。", 2026)] == [500]


# A round Chinese amount with a measure unit right before a name (千亿斤粮食生产能力战略工程, 超千亿元高新区15个) is a class
# of size in that name, as 百亿工业企业 and 千亿级产业集群 are without a unit: no target of its own; the count after the
# name is one. 四川 高新区高质量发展实施意见 2021 (http://jmdznkj.cn/news/show.php?itemid=12788, dev, traditional); 黑龙江
# 十大工程推进工作方案 2009 (http://ask.fsou.com/html/text/lar/170828/17082848.html, dev).
SICHUAN = "(二)發展目標。到2025年,建成國家高新區10個,省級高新區25個,打造營業收入超萬億元高新區1個、超千億元高新區15個以上。"
HEILONGJIANG = "一、千亿斤粮食产能工程\n工作要求:全面启动实施千亿斤粮食生产能力战略工程,加快推进水利化、农机化建设。"


def test_a_round_amount_with_a_unit_before_a_name_is_a_class_of_size():
    assert [(r[2], r[3]) for r in _rows(SICHUAN, 2021)] == [(10, "個"), (25, "個"), (1, "個"), (15, "個")]
    assert _rows(HEILONGJIANG, 2009) == []
    # the same amount closing its clause (or bounded) is a value
    assert [(r[2], r[3]) for r in _rows("到2025年,高新区营业收入突破千亿元。", 2021)] == [(1000, "亿元")]
