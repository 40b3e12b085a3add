"""rev49 (review of yr65, place_facts.py): an extent held by 为/约 is a fact of the place only in a sentence that
states the place. A sentence that opens with a verb of work (新建, 实施, 改造…) describes the work, and the extent
in its later clause (`新建城市公园3个,公园面积为20公顷`) is the work's size, read as before yr65. yr65 looked for the
verb in the value's own clause only.

The sentences of the positive cases are written for the review in the shape of a 民生实事 list: dev holds the shape
with the verb in the value's clause only (`实施翠竹路改造工程 改造翠竹桥至扬子中路段 长度约740米`, js-yangzhong-msss2026,
read). yr65's dev family stays unread: 襄阳都市圈包括:…国土面积为1.97万平方公里 (hb-xiangyang-dsq2035), 奉贤
`(一)…D类(整治退出)的违法用地,我区涉及此类整治面积约1068亩` (sh-fengxian-wfyd2024: its opening is no verb)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _values(text, year, title=None):
    return {t.value for t in extract_text(text, plan_year=year, title=title).targets}


def test_a_work_sentence_keeps_the_extent_of_its_work():
    assert 20 in _values("新建城市公园3个,公园面积为20公顷。", 2023)
    assert 12 in _values("实施农村人居环境整治提升工程,覆盖人口约12万人。", 2023)


def test_a_place_sentence_stays_a_fact():
    got = _values("襄阳都市圈包括:襄阳全市域,国土面积为1.97万平方公里,2021年末常住人口约527.1万。", None,
                  "襄阳都市圈发展规划")
    assert not got & {1.97, 527.1}, got
    assert not _values("全县国土面积为2000平方公里,常住人口约30万。", 2023) & {2000, 30}
