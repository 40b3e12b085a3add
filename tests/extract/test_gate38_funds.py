"""gate38 (targets/funds_sought.py): a subsidy's word that names a fund a plan strives to win (争取…, 力争获批…奖补资金)
refuses no target: the sum or growth of funds sought is the plan's outcome, as a 争取 of any other fund already is.
A subsidy the plan grants (给予…奖励, 每家奖补…), a fund won before (获得, 成功获批) and a fund the plan allots (安排…奖补资金)
stay refused. Real dev sentences, each with its source address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

YUEYANG = "https://yyx.gov.cn/37584/38154/38157/38160/38177/38184/39976/content_1786601.html"  # 岳阳县 科技局 (dev)
YUEYANG_TEXT = ("1、全力争取科技项目资金与研发奖补资金。及时关注省市网站申报通知,加强项目申报与研发奖补资金申报指导。"
                "全年争取国家、省、市科技项目资金200万元以上;研发投入奖补资金200万元以上。")
BAOKANG = "https://bkrmw.net/bk/k/d/158800.html"  # 保康 2026 立项争资 (dev)
BAOKANG_TEXT = ("《保康县2026年立项争资工作方案》将立项争资工作作为“两资三能”工程的重要抓手,明确具体目标:力争2026年度地方政府"
                "专项债券实现顶格发行,力争获批超长期特别国债、中央和省预算内投资资金、其他领域竞争性奖补资金同比增长15%以上,"
                "以实打实的争资成效为全县发展注入资金动能。")
# negatives: a fund allotted, funds won before, a grant per firm
GUANGXI = "https://agricoop.net/news/show.php?itemid=9368"  # 广西 2022 特色农业示范区 (dev)
GUANGXI_TEXT = "明确规定广西壮族自治区每年安排专项奖补资金不低于5亿元,激发示范区内生发展动力。"
HEXIAN = "https://investchn.com/home/news/detail/id/414380.html"  # 和县 2023 (dev)
HEXIAN_TEXT = "两县分别获得省奖励资金1500万元。"
TAIHU = "http://www.thnews.gov.cn/content/detail/63525aef878eada88e000032.html"  # 太湖 2022 (dev)
TAIHU_TEXT = "用好政策资金。成功获批954.63万元市级奖补政策资金,用于支持科技企业转型升级。"


def _read(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_sources_are_dev():
    assert {split_of(s) for s in (YUEYANG, BAOKANG, GUANGXI, HEXIAN, TAIHU)} == {"dev"}


def test_a_subsidy_fund_sought_is_a_target():
    got = _read(YUEYANG_TEXT, None)
    assert ("研发投入奖补资金", 200, "万元") in got
    assert any(v == 200 and "科技项目资金" in ind for ind, v, _ in got)  # (read before: no subsidy word)
    got = _read(BAOKANG_TEXT, 2026)
    assert any(v == 15 and u == "%" and ind.endswith("竞争性奖补资金") for ind, v, u in got)


def test_funds_allotted_won_or_granted_stay_unread():
    assert not any(v == 5 for _, v, _ in _read(GUANGXI_TEXT, 2022))
    assert not any(v == 1500 for _, v, _ in _read(HEXIAN_TEXT, 2023))
    assert not any(v == 954.63 for _, v, _ in _read(TAIHU_TEXT, 2022))
    # a grant the plan gives, in a sentence that strives for something else, stays a policy parameter
    assert not any(v == 50 for _, v, _ in _read("力争新增高新技术企业10家,对新认定的企业给予最高50万元奖补资金。", 2024))
