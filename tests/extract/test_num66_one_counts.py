"""A count of one printed 一次 / 一处 after a floor comparator or a commitment word (num66; MISSES-fresh65.md row 3,
MISSES-tails65.md row 3), from dev pages of the corpus, and the 一 that must stay unread."""

from __future__ import annotations

from kechuang.extract import extract_text


def _read(text: str, plan_year: int | None = None) -> list[tuple[str, float, str | None, bool]]:
    return [(t.indicator, t.value, t.unit, t.recurring) for t in extract_text(text, plan_year=plan_year).targets]


# 黄浦 2023 基层消防 实施意见 (上海), https://www.shanghai.gov.cn/zhengce/detail/0071::3ad18cf5-28a2-47ca-b8ab-331f0c3508e6,
# dev
_HUANGPU_MEETINGS = "（一）例会制度\n原则上每半年至少召开一次成员单位会议，每季度至少召开一次联络员会议。"
_HUANGPU_CHECKS = "组织相关成员单位对地区消防工作进行分组督查。督查工作每半年至少开展一次。"
_HUANGPU_COVER = "原则上由街道消防安全管理办公室工作人员开展检查，确保每季度全覆盖一次。"
# 宝山 2025 河道垃圾 (上海), https://www.shanghai.gov.cn/zhengce/detail?businessId=46084f86-24e0-4cad-b0b4-05dda733c4f7&
# siteId=0078, dev
_BAOSHAN = ("评估为清洁、基本清洁的岸段落实每两周至少一次全覆盖清理，评估为不清洁的岸段落实每周至少一次全覆盖清理，"
            "并视具体情况增加清理频次。")
# 阳春 2021 消防工作责任制 (广东), http://www.yangchun.gov.cn/zfxxgkml/szfbgs/bmwj/gfxwj/content/post_548181.html, dev
_YANGCHUN = "(三)每季度提请市政府召开不少于一次消防工作的联席会议,通报火灾形势,研究、协调、解决消防工作中的重大问题。"
# 上海 2024 建筑垃圾 实施意见, https://www.shanghai.gov.cn/zhengce/detail?businessId=dda5099559034ec8b5cf53708f3a31b4&
# siteId=0001, dev
_SHANGHAI = "工程泥浆原则上按照“源头干化”要求，就地预处理并以土方形式申报处置；浦东新区要增设一处泥浆干化设施，保障应急干化。"


def test_once_a_period_after_a_floor_comparator_is_a_recurring_count() -> None:
    meetings = _read(_HUANGPU_MEETINGS, 2023)
    assert ("成员单位会议", 1, "次", True) in meetings and ("联络员会议", 1, "次", True) in meetings
    assert ("消防工作的联席会议", 1, "次", True) in _read(_YANGCHUN, 2021)
    checks = _read(_HUANGPU_CHECKS, 2023)
    assert [c for c in checks if c[1:] == (1, "次", True)]
    baoshan = [b for b in _read(_BAOSHAN, 2025) if b[1:3] == (1, "次")]
    assert len(baoshan) == 2


def test_once_a_period_after_a_commitment_word_is_a_recurring_count() -> None:
    assert [c for c in _read(_HUANGPU_COVER, 2023) if c[1:] == (1, "次", True)]


def test_one_place_built_after_a_commitment_word_is_a_count() -> None:
    assert ("泥浆干化设施", 1, "处", False) in _read(_SHANGHAI, 2024)


def test_one_inside_words_and_once_only_stay_unread() -> None:
    # no commitment before the once: a service done once (贵州 2023 民生实事, dev), a rule of a national review
    # (房县 2013 科技考核 news, dev), a limit of transfers (三门峡 2022 乡村建设, dev), a slogan (安徽 2024 民生实事, dev)
    for text in ("为全省65岁及以上老年人进行一次结核和白内障筛查,为全省65岁及以上老年人免费体检一次。",
                 "对全国所有县市科技工作情况进行一次考核,每两年举行一次。",
                 "实现行政村最多换乘一次客运公交即可到达县城。",
                 "实行企业职工退休一件事一次办理。",
                 "确保一次性补贴资金足额发放到位。",
                 "确保一处失信、处处受限。",
                 "至少一体化推进三项改革。",
                 "确保统一标准，进一步提升第一次全国普查质量。",
                 "一是确保每季度召开会议。"):
        assert not [t for t in _read(text, 2024) if t[1] == 1], text
