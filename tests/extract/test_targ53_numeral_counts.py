"""Target rules of targ53 (session 32): a count in Chinese numerals closing a clause that its counting verb opens
(tail50's left causes: 新建…晾晒房一座, 新建改建农村公路一万余公里). The sentences are quoted from the dev pages
named; the counter-tests keep funding and names of programmes out."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# cq-fengjie-yunwu-jxmb2023 (http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/t20240201_12892054.html,
# 奉节 云雾 2023 绩效目标)
FENGJIE = "新建中药材晾晒房一座,占地300平方米。"
# gs-gansu-glgz2020 (http://www.chinadevelopment.com.cn/news/zj/2020/03/1628892.shtml, 甘肃 2020)
GANSU = "今年甘肃省将新建改建农村公路一万余公里。"


def test_a_numeral_count_after_the_thing_its_verb_opens_is_read():
    assert ("中药材晾晒房", "level", 1, "座") in [r[:4] for r in _rows(FENGJIE, 2023)]
    rows = [r[:4] for r in _rows(GANSU, 2020)]
    assert len(rows) == 1 and rows[0][0].endswith("农村公路") and rows[0][2:] == (1, "万公里")


def test_a_numeral_with_no_opening_count_verb_stays_refused():
    # the funding of the work that follows, a programme's name (count_candidate's own counter-cases)
    assert _rows("投资二亿元,新建学校。", 2020) == []
    assert _rows("建设三大工程。", 2020) == []
