"""Round-57 target rules (targ57): a 同比 that no longer silences a goals sentence when the sentence opens with a verb
of doing (推动…同比增长10%), and 同比例 (in the same proportion), which is no year-on-year change. Every sentence is
real text of a dev page, its address cited; the expected targets are read by hand per spec/plan-format.md."""

from __future__ import annotations

from kechuang.extract.targets.set_change import reports_change
from tests.extract.passages import target_rows as _rows


# A sentence that opens with 推动 sets the change it drives: its 同比 is a goal's, and the other items of the sentence
# stay targets. 宁夏 2021 工业经济 news (https://chinawznews.net/xianqu/2021122455432.html, dev).
def test_a_change_driven_by_a_sentence_opening_verb_is_a_target():
    rows = _rows("推动规上工业R&D研发投入强度同比增长10%;实施10个大数据产业试点示范项目,打造一批5G全连接工厂;"
                 "推动1000家工业企业上云上平台,全年数字化研发设计工具普及率达到60%、关键工序数控化率达到56%。", 2021)
    assert [(r[1], r[2], r[3]) for r in rows] == [("growth", 10, "%"), ("level", 10, "个"), ("level", 1000, "家"),
                                                  ("level", 60, "%"), ("level", 56, "%")]
    assert rows[0][0] == "规上工业R&D研发投入强度"


# 推动 inside a review (its subject before it, the change reported after 其中) leaves the sentence history: 银川 2023
# 经济运行 (https://fgw.yinchuan.gov.cn/gzdt/202305/t20230508_4056833.htm, dev). A review of ;-items, most with their
# own 同比 and the last without (城镇新增就业10672人), stays history whole: 清镇 2024 计划执行
# (https://www.gzqz.gov.cn/zwgk/zfxxgkzl/fdzdgknr/ghjh/202404/t20240424_84347135.html, dev). Both abridged.
def test_a_review_with_a_year_on_year_change_stays_history():
    assert reports_change("全市上下全面贯彻落实党的二十大和中央经济工作会议精神,扎实推动区市委经济工作会议和两会安排部署"
                          "落地落细,全市经济运行实现良好开局,其中地区生产总值同比增长8.6%,位居全国省会城市第二。")
    assert _rows("全市地区生产总值同比增长4.5%;固定资产投资同比增长9.5%;规模以上工业增加值同比增长9.2%;"
                 "社会消费品零售总额同比增长4.7%;一般公共预算收入同比增长27.7%;城镇新增就业10672人。", 2024) == []


# 同比例 is "in the same proportion": no year-on-year change, so no report. 《“十四五”国民健康规划》 news
# (http://www.ghqlgyb.cn/news/china/2630858.html, dev): the life expectancy to reach by 2025 is a target.
def test_the_same_proportion_is_no_report():
    assert not reports_change("到2025年,人均预期寿命在2020年基础上继续提高1岁左右,人均健康预期寿命同比例提高。")
    assert [(r[1], r[2], r[3]) for r in _rows(
        "到2025年,人均预期寿命在2020年基础上继续提高1岁左右,人均健康预期寿命同比例提高。", 2022)] == [
        ("increase", 1, "岁")]


# 推动 opening a name and 同比 closing it are no part of it (targets/common.py, indicator_prefixes): 京津冀 2024
# 制造业数字化 news (https://gnis.org.cn/newsShow?id=1781242981324558336, dev); 海陵 工业园区
# (http://app1.ty7.cn/forum.php?mod=viewthread&tid=66300, dev); 河北 2020 空气质量目标
# (http://m.bm463.com/2020-01/21/c_1210447284.htm, dev).
def test_a_driving_verb_and_a_year_on_year_word_are_no_part_of_a_name():
    rows = _rows("推动京津冀三地建设工业互联网标识二级节点总数达60个以上,服务企业节点超6万个。", 2024)
    # (…节点总数达60个: the name keeps its 总数 since name38 — test_name38_total_nouns.py; 推动 stays out)
    assert rows[0][0] == "京津冀三地建设工业互联网标识二级节点总数"
    rows = _rows("推动新能源和智慧家电两大特色产业集群规模突破500亿元。", 2022)
    assert rows[0][0] == "新能源和智慧家电两大特色产业集群规模"
    rows = _rows("今年全省空氣質量改善的總體目標為:超額完成河北省生態環境保護“十三五”規劃和打贏藍天保衛戰三年行動方案目標任務,"
                 "全省PM2.5平均濃度同比下降3%左右,優良天數比率達到63%以上。", 2020)
    assert rows[0][:4] == ("全省PM2.5平均濃度", "growth", -3, "%")
