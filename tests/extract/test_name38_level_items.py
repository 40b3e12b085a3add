"""name38: a count whose thing is only a level (国家级, 省级), joined to a next count of the same unit with a level and
a thing, shares that thing (shared_noun.level_shared). Sentences verbatim from dev pages of three places."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.shared_noun import level_shared


def _names(text: str) -> list[tuple[str, float, str | None]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=2021).targets]


def test_a_level_alone_shares_the_thing_of_the_next_item():
    # 深圳 卫生健康“十四五”, http://news.wybstv.com.cn/xw/2022/0511/30412.html (dev)
    assert _names("争取建成20个国家级和100个省级重点学科,结核病、传染病等专科进入全国前十。")[:2] == [
        ("国家级重点学科", 20, "个"), ("省级重点学科", 100, "个")]
    # 辽宁 2009 科技, https://most.gov.cn/ztzl/kjzg60/dfkj60/ln/dtxw/200909/t20090916_72980.html (dev)
    assert _names("组织省内科研院所、大专院校组成17个省级、86个市级科技特派团,分别派驻到具有一定特色产业的县。") == [
        ("省级科技特派团", 17, "个"), ("市级科技特派团", 86, "个")]
    # 山西 工业, http://bbs.dakotacollectibles.net/archiver/showtopic-2931.aspx (dev)
    assert _names("力争新培育1户国家级、10户省级企业技术中心,推动5户以上企业创建国家级技术创新示范企业。")[:2] == [
        ("国家级企业技术中心", 1, "户"), ("省级企业技术中心", 10, "户")]


def test_a_level_with_a_thing_or_another_unit_keeps_its_own_words():
    assert level_shared("20个国家级重点学科和100个省级重点实验室", 3, "个", "国家级重点学科") == "国家级重点学科"
    assert level_shared("20个国家级和100家省级企业", 3, "个", "国家级") == "国家级"  # 个 and 家: no shared thing
