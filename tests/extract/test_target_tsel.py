"""Target rules of round 39 (tsel): steps to reach and steps crossed (targets/steps.py), a programme's cap on its
selection (targets/selection_caps.py). Each family rests on dev documents of the real corpus
(tests/fixtures/real/README.md, forty-eighth batch and before); the passages are read from their fixtures, the
expected targets by hand per spec/plan-format.md, and each rule has the near miss it must not read."""

from __future__ import annotations

import pytest

from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows
from tests.extract.test_target_trec4 import _cpu
from tests.timing import assert_scaled

# 1. A step to reach (跨上/站稳 N…台阶) is a level of the clause's subject.
# http://www.yexian114.com/news/164699.html (“十四五”全国种植业发展规划, a news print; dev):
#   …确保总产量保持在1.3万亿斤以上,跨上1.4万亿斤台阶。
# https://www.shanghai.gov.cn/zhengce/detail?businessId=2a1eeb0a-96d7-428d-b660-84588cd03cac&siteId=0076
# (虹口 “十五五” 规划纲要; dev): …一般公共预算收入增速与经济发展相适应、稳中有增，站稳200亿元台阶。


def test_a_step_to_reach_is_a_level_of_the_clauses_subject():
    rows = _rows(passage("cn-quanguo-zzygh145", 0), None, "“十四五”全国种植业发展规划")
    assert ("总产量", "level", 1.4, "万亿斤", 2025) in rows
    rows = _rows(passage("sh-hongkou-gy155", 0), 2026, "虹口区国民经济和社会发展第十五个五年规划纲要")
    assert ("一般公共预算收入", "level", 200, "亿元", 2030) in rows


# 2. Steps a review says were crossed (连续跨越 a list of values …台阶) are history.
# https://dxpress.gelonghui.com/live/2320850 (2025 统计公报 read by the bureau, a news print; dev)
# http://qh.mingriaudio.com/BIG5/n1/2025/1002/c64387-40576120.html (人民日报 2025, traditional characters; dev)


def test_steps_crossed_are_history():
    assert all(r[2] not in (110, 120, 130) for r in _rows(passage("cn-quanguo-tjgbpd2025", 0)))
    assert _rows(passage("cn-quanguo-jjzltj2025", 0), 2025) == []


# Near misses: a step already crossed in a review (首次跨越…台阶: 河南 乡村振兴 2021 news print,
# http://news.sdnews.com.cn/gn/202109/t20210906_2958357.html, dev) and steps named with no number (综合实力跨上新台阶:
# 普陀 “十五五”; 科技创新能力迈上新台阶: 黔南 2014) read no level; a step after 已 is no commitment.
@pytest.mark.parametrize("text", [
    passage("ha-henan-xczx2021", 0),
    "区域综合实力跨上新台阶,基本形成具有普陀特色和比较优势的现代化产业体系。",
    "科技创新能力迈上新台阶。",
    "全市地区生产总值已迈上5000亿元台阶。",
])
def test_no_step_is_read_where_none_is_committed(text):
    assert all(r[3] not in ("亿元", "亿斤", "万亿斤") for r in _rows(text, 2021))


# 3. A programme's cap on how many it selects is a rule of the programme, no target.
# http://andrewdinhnguyen.com/info/1134/4456.html (福建省青年人才托举工程 2017; dev):
#   全省每年选拔不超过10名青年科技人才进行资助培养,每批培养周期3年。
# https://m.yybnet.net/sichuan/news/201902/8744854.html (四川 天府旅游名县 2019; dev):
#   …每年评选产生的命名县不超过10个、候选县保持30个以内…


def test_a_cap_on_a_selection_is_no_target():
    assert _rows(passage("fj-fujian-qnrctj2017", 0), 2017) == []
    assert all(r[2] != 10 for r in _rows(passage("sc-sichuan-tfmx2019", 0), 2019))


# Near misses: a count to select (山西 2014, https://news.sciencenet.cn/htmlnews/2014/6/295929.shtm; 文山 七乡人才,
# https://twgreatdaily.com/zh-hans/2CrZv24BMH2_cNUgG4To.amp; both dev) stays a target.
def test_a_count_to_select_stays_a_target():
    assert [r[2] for r in _rows(passage("sx-shanxi-xsjsdtr", 0))] == [200]
    assert [r[2] for r in _rows(passage("yn-wenshan-qxrc", 1))] == [2, 4, 2]


# Review 10, finding 2: an ordinary 连续跨越 (no number after it) crosses no step; the targets after it in the sentence
# stay, up to a 迈上新台阶 that closes it (the reviewer's input, then a varied one of the same shape).
@pytest.mark.parametrize(("text", "values"), [
    ("“十四五”期间,力争实现经济总量连续跨越,到2025年全区地区生产总值达到800亿元、一般公共预算收入达到50亿元,"
     "综合实力迈上新台阶。", [800, 50]),
    ("到2025年,全县地区生产总值年均增长7%,实现连续跨越,力争达到600亿元,城镇居民人均可支配收入达到5万元,"
     "经济总量迈上新台阶。", [7, 600, 5]),
    ("“十四五”时期,全市经济实力实现首次跨越,到2025年规上工业总产值达到1200亿元,综合实力跨上新台阶。", [1200]),
])
def test_an_ordinary_crossing_keeps_the_targets_after_it(text, values):
    assert [r[2] for r in _rows(text, 2021)] == values


# Review 10, finding 6: a step's subject is printed in its own clause when words come before the verb; an earlier
# target of the sentence gives it only when the clause opens with the verb (,跨上…) or 力争/确保; a leading deadline
# is no subject; a step dated in history (于2022年) is no level.
@pytest.mark.parametrize(("text", "row"), [
    ("到2030年,全县常住人口城镇化率达到65%,农业总产值迈上100亿元新台阶。", ("农业总产值", 100, "亿元")),
    ("力争全县高新技术企业达到100家,规上工业营业收入迈上1000亿元台阶。", ("规上工业营业收入", 1000, "亿元")),
    ("全年实现税收收入12亿元,财政总收入站稳20亿元台阶。", ("财政总收入", 20, "亿元")),
    ("到2025年,全县粮食播种面积稳定在80万亩,农产品加工业产值站稳60亿元台阶。", ("农产品加工业产值", 60, "亿元")),
    ("到2025年,全县地区生产总值迈上500亿元新台阶", ("全县地区生产总值", 500, "亿元")),
    ("到2025年,全区社会消费品零售总额站稳300亿元台阶", ("全区社会消费品零售总额", 300, "亿元")),
    ("到2027年全市规上工业增加值迈上200亿元台阶。", ("全市规上工业增加值", 200, "亿元")),
    ("确保粮食总产量稳定在50万吨以上,力争跨上55万吨台阶。", ("粮食总产量", 55, "万吨")),
])
def test_a_step_takes_the_subject_of_its_own_clause(text, row):
    rows = _rows(text, 2021)
    assert row in [(r[0], r[2], r[3]) for r in rows]
    assert all(r[0] == row[0] for r in rows if r[2] == row[1])


@pytest.mark.parametrize("text", [
    "全县地区生产总值于2022年迈上300亿元台阶,人均地区生产总值达到6万元。",
    "全市规上工业增加值于2021年站稳150亿元台阶,全社会研发投入达到8亿元。",
])
def test_a_step_dated_in_history_is_no_level(text):
    assert all(r[2] not in (300, 150) for r in _rows(text, 2021))


@pytest.mark.parametrize(("unit", "repeats"), [
    ("跨上1.4万亿斤台阶,", 3_000), ("确保总产量保持在1.3万亿斤以上,跨上1.4万亿斤台阶;", 1_000),
    ("连续跨越110万亿元、", 5_000), ("连续跨越110万亿元台阶,", 3_000), ("每年选拔不超过10名青年人才,", 3_000),
    ("实现连续跨越,达到8亿元,", 3_000), ("到2025年,农业总产值迈上100亿元台阶,", 2_000),
])
def test_the_new_shapes_stay_linear_on_a_line_of_many_repeats(unit, repeats):
    _cpu(unit)  # the vocabularies load outside the measure
    assert_scaled(_cpu, unit * repeats, unit * repeats * 10, 20, unit)
