"""mis60 (session 35): causes of the fresh maps (MISSES-fresh54.md, MISSES-fresh57.md) that one dev document showed,
taken where further dev pages of other places print the same shape; sentences from dev pages, addresses above each
test, values read by hand."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# fresh57 row 6: the count of a plan's own tasks or rules after the list that names them is no target, as the count of
# its 任务 is not (plan_item_nouns): 青海 2025 文旅局长会议 `…等十項工作` (http://ykzhn.com/qhly/system/2025/01/27/
# 030344932.shtml), 竹溪 年终考核 `…等18项具体工作` (http://www.zxxww.com/show-45-7957-1.html), 文山 七乡人才
# `《…实施细则(试行)》等7个实施细则` (https://twgreatdaily.com/zh-hans/2CrZv24BMH2_cNUgG4To.amp) — dev.
def test_a_count_of_the_plans_own_works_or_rules_is_no_target():
    assert _rows("會議要求,2025年要堅持穩中求進,抓好健全規劃政策體系、夯實文旅發展基礎、著力鍛造過硬人才隊伍等十項工作。",
                 2025) == []
    assert _rows("本次考核所设项目主要包括民政、水利普查、农业农村工作、库区开发管理、政法综治等18项具体工作,为了做好这次年终各项"
                 "考核工作,确保考核工作顺利进行。", None) == []
    rows = _rows("近日,我州制定出台《文山州“七乡科技人才”专项实施细则(试行)》等7个实施细则,将在未来5年内选拔培养1225名本土"
                 "优秀人才。", None)
    assert [v for _, _, v, _, _ in rows] == [1225]


# …while works and stations built keep their counts (建成院士工作站5个: the noun closes on 站, not on 工作).
def test_a_work_station_count_stays_a_target():
    assert [v for _, _, v, _, _ in _rows("2025年新建院士工作站5个。", 2025)] == [5]


# …and so do the things a work is of (the noun is the name's whole but for two characters): 闵行 2026 城市更新 `到2030年,
# 累计完成9个市级土地储备项目收储工作`, dev (https://www.shanghai.gov.cn/zhengce/detail?businessId=9ce0e2a0-ff5a-41c8-9e91-
# 341424340c4c&siteId=0079).
def test_the_things_of_a_work_keep_their_count():
    assert [v for _, _, v, _, _ in _rows("到2030年,累计完成9个市级土地储备项目收储工作。", 2026)] == [9]
