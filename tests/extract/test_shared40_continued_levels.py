"""A level whose clause names nothing after a doubling or a rate of its indicator is that indicator's level (shared40,
session 40): the count used to be refused as "the neighbour's thing" (count_candidate.py, shared_noun.py) before the
change's name could reach it (change_names.py: ``change_continued``). The family, all dev, the gap one comma, a stretch
word, a year and a reaching verb:
  生產總值翻一番以上,實現26億元以上 (台江 2011, http://www.zhxpm.cn/news/tj/201110/70700.shtml) — the miss;
  地区生产总值年均递增14%,将达260亿元 (吉木萨尔 十三五 news, https://wulumuqi.baogaosu.com/xinwen/…/40306199) and
  高新技术企业营业收入翻一番,达到1600亿元 (海南 2021 科技创新) — read before, and still read.
What stays unread: a count after a level (not a change), a clause of its own words,
and the shared-noun lists (test_target_lists.py, test_target_rev6.py)."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int | None) -> list[tuple[str, float, str, str]]:
    return [(t.indicator, t.value, t.unit, t.kind) for t in extract_text(text, plan_year=year).targets]


def test_a_level_reached_after_a_doubling_takes_its_name():
    # http://www.zhxpm.cn/news/tj/201110/70700.shtml (台江 “十二五”, dev)
    found = _named("到十二五末力爭生產總值翻一番以上,實現26億元以上,年均增長18%以上,確立在省州經濟社會發展目標中增比進位,"
                   "實現臺江的持續快速健康發展。", 2011)
    assert [f for f in found if f[1] == 26 and f[0] == "生產總值" and f[3] == "level"], found


def test_a_level_reached_after_a_doubling_in_simplified_characters():
    found = _named("到2015年,生产总值翻一番,实现26亿元。", 2011)
    assert [f for f in found if f[1] == 26 and f[0] == "生产总值" and f[3] == "level"], found


def test_the_family_read_before_is_still_read():
    # 吉木萨尔 十三五 news (dev)
    found = _named("到2020年,地区生产总值年均递增14%,将达260亿元。", 2016)
    assert [f for f in found if f[1] == 260 and f[0] == "地区生产总值"], found
    # 海南 2021 科技创新 (dev)
    found = _named("到2023年,高新技术企业营业收入翻一番,达到1600亿元;国家级科技创新平台数量翻一番,达到14个。", 2021)
    assert [f for f in found if f[1] == 1600 and f[0] == "高新技术企业营业收入"], found
    assert [f for f in found if f[1] == 14 and f[0] == "国家级科技创新平台数量"], found


def test_a_count_after_a_level_stays_unread():
    # a level is no change: the amount after it is not its further step
    found = _named("到2025年,建成产业园3个,实现100亿元。", 2021)
    assert not [f for f in found if f[1] == 100 and f[0] == "产业园"], found


def test_a_clause_of_its_own_words_breaks_the_run():
    found = _named("到2025年,生产总值翻一番,建成一批项目,实现26亿元。", 2021)
    assert not [f for f in found if f[1] == 26 and f[0] == "生产总值"], found


def test_shared_noun_lists_still_share():
    # 庆元 2018 旅游工作 (dev), shared_noun.py: the first count takes the thing of the item after it
    # http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml
    found = _named("同时,新增24个、提升10个A级景区村庄,其中创成3个3A级景区村。", 2018)
    assert [f for f in found if f[1] == 24 and f[0] == "A级景区村庄"], found
