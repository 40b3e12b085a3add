"""Counts inside 对 + (scope or qualifier) + N + measure + noun + 进行 + work (dec39, shape 2; MISSES-fresh67 row 5).

对 that heads its clause already counts the things after it (对辖区80条背街小巷…进行维修更换: 金凤 2025). A 对 further in
the clause (吉木乃县集中供热项目将对全县5座…) or with a qualifier between it and the count (对新建的8个…) is read when 进行
and a verb of work follow in the clause: the work commits, the count is the things worked on. A 对 of a vote or an award
(进行票决, 进行奖励), of what was done (已对, 进行了) stays unread. Every sentence is real text of a dev page, its address
cited; the expected targets are read by hand per spec/plan-format.md."""

from __future__ import annotations

from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows


def _counts(rows: list[tuple]) -> list[tuple]:
    """(value, unit) of every target of ``rows``."""
    return [(value, unit) for _name, _kind, value, unit, _year in rows]


# 吉木乃 2025 重点民生项目 (https://alt-szb.xjmty.com/html/2025-03/28/content_417_209574.htm, dev, xj-jimunai-msxm2025):
# the 对 stands eleven characters into its clause, the scope 全县 between it and the count
_JIMUNAI = "今年,吉木乃县集中供热项目将对全县5座老旧换热站进行集中改造升级,对6公里老旧管网进行更新,并提升服务质量。"


def test_a_count_after_a_scope_deep_in_the_clause():
    assert _JIMUNAI[:40] in passage("xj-jimunai-msxm2025", 2)
    rows = _rows(_JIMUNAI, 2025, "吉木乃县重点民生 项目建设踏春提速")
    assert (5, "座") in _counts(rows)
    assert [name for name, _k, value, _u, _y in rows if value == 5] == ["老旧换热站"]


# 宁海 2023 民生实事 (https://m.xiangtianlong.com/news/HTML_PC/202302/49822.html, dev, zj-ninghai-msss2023), printed
# in traditional characters with readings: a qualifier (新建的) between 对 and the count
_NINGHAI = "4、幸福老年助餐工程(chéng)\n計劃對新建的(de)8個村級老年食堂進行補助;"


def test_a_count_after_a_qualifier():
    assert _NINGHAI in passage("zj-ninghai-msss2023", 3)
    assert (8, "個") in _counts(_rows(_NINGHAI, 2023, "寧海縣2023年民生實事項目"))


# Negatives: a vote on the candidates (仁化 2025 民生实事, http://www.sgrh.gov.cn/xwzx/bdxw/content/post_2720750.html,
# dev, gd-renhua-msss2025) and awards of a year gone by (山东 2017 环卫一体化,
# http://yhaog.com/sd/yw/20170620/t20170620_523810742.shtml, dev, sd-shandong-hwyth2017)
_RENHUA = "到会的174名人大代表对县人民政府提交的10个民生实事候选项目进行票决,8个项目被确定为2025年民生实事项目。"
_SHANDONG = ("2015年以山東省委省政府名義召開會議,對率先通過環衛一體化驗收的30個縣(市、區)進行獎勵,對工作后進的50個縣"
             "(市、區)負責人進行培訓。")


def test_a_vote_or_an_award_is_no_work():
    assert (10, "个") not in _counts(_rows(_RENHUA, 2025))
    assert not {(30, "個"), (50, "個")} & set(_counts(_rows(_SHANDONG, 2017)))


# Negatives of the same shape reported: the 吉木乃 sentence as done (已对…进行, 对…进行了)
def test_work_done_is_no_target():
    for done in ("今年,吉木乃县集中供热项目已对全县5座老旧换热站进行集中改造升级。",
                 "今年,吉木乃县集中供热项目对全县5座老旧换热站进行了集中改造升级。"):
        assert (5, "座") not in _counts(_rows(done, 2025))
