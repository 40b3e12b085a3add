"""Shares of a plan reported done are no targets (targets/plan_shares.py; page57). Each sentence is real, from a
dev source."""

from kechuang.extract import extract_text


def _values(text: str, plan_year: int | None = None) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_towns_shares_of_the_years_plan():
    # 吴江 2025 重点项目 progress, http://www.hu51.cn/zgwj/zdxmu/202509/f4fd292af32a4bd49b121b0 (dev)
    text = ("區(qū)鎮(zhèn)方面,各板塊完成情況均超序時進度,桃源鎮(zhèn)、震澤鎮(zhèn)、平望鎮(zhèn)、七都鎮(zhèn)"
            "進展較好,分別完成年度計劃的116.24%、100.06%、91.12%和91.12%。")
    assert not {116.24, 100.06, 91.12} & set(_values(text))


def test_two_shares_of_the_years_tasks():
    # 江苏 2022 老旧小区 news, http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887. (dev)
    text = ("今年省政府明確“新開工改造城鎮老舊小區1405個”,目前全省實際新開工1578個,惠及居民56.2萬戶,"
            "分別完成年度目標任務的112%和120%。")
    assert not {112, 120} & set(_values(text, 2022))


def test_share_of_a_quoted_task():
    # 漳县 设施畜牧业, http://www.jn720.com/news/show.php?itemid=22992 (dev)
    text = "二是新发展规模养殖户240户,占任务1000户的24%。"
    assert 24 not in _values(text)


def test_milestones_of_a_plan_stay():
    # the shape with a deadline before it looks ahead (completed.py's milestones): no share is dropped here
    from kechuang.extract.targets.plan_shares import plan_share
    s = "6月底前、9月底前分别完成年度任务的30%、60%。"
    assert not plan_share(s, s.index("30%")) and not plan_share(s, s.index("60%"))
