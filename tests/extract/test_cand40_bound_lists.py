"""cand40: a bound count (不少于N + noun) opening a list of counts shares its verb with the next item, as a count
verb's item does (count_candidate.candidate's bound branch). Real dev sentences, each with its source address."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 普陀区绿化建设和市容景观提升“十五五”规划 (dev): 和 and the next count after a bound one
PUTUO = "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075"
PUTUO_TEXT = ("尤其是针对设置时间长、安全风险高的连体招牌开展全面排查、检测和整改，每年抽检不少于40块户外广告和500块户外"
              "招牌，助力提升规范美观、安全有序的营商环境。")
# 2026年上海量子城市空间智能建设工作要点 (dev): the same shape, a verb after the second noun
LZCS = "https://www.shanghai.gov.cn/zhengce/detail?businessId=1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032"
LZCS_TEXT = ("1.持续迭代“云宇星空”行业基座大模型。完成不少于100万条模型微调语料和10万条思维链语料生产，建设涵盖管理、"
             "实务、科研3大类100个专题领域、不少于22亿词元的专业知识库。")
# 铁西 2026 民生实事 (dev): a lone bound item; the count after it is no part of its noun and stays read
TIEXI = "https://m.163.com/dy/article/KI747KE20535J6J8.html"
TIEXI_TEXT = ("又明确了2026年的各项重点工作和10件民生实事。从新建学校到改造老旧小区、背街小巷,从举办超百场招聘会到新增2000个"
              "停车泊位,从改造工人村历史文化街区到建设沈阳椿熙国际康养综合体……件件直击民生痛点,事事回应群众期盼。")


def test_sources_are_dev():
    for source in (PUTUO, LZCS, TIEXI):
        assert split_of(source) == "dev", source


def _read(text, year):
    return {(t.value, t.unit): t.indicator for t in extract_text(text, plan_year=year).targets}


@pytest.mark.parametrize(("text", "year", "value", "unit", "name"), [
    (PUTUO_TEXT, 2026, 40, "块", "户外广告"),
    (PUTUO_TEXT, 2026, 500, "块", "户外招牌"),
    (LZCS_TEXT, 2026, 100, "万条", "模型微调语料"),
    (LZCS_TEXT, 2026, 10, "万条", "思维链语料"),
    (TIEXI_TEXT, 2026, 2000, "个", "停车泊位"),
])
def test_the_next_item_shares_the_bound_verb(text, year, value, unit, name):
    got = _read(text, year)
    assert (value, unit) in got and name in got[(value, unit)]


def test_an_item_after_a_comma_of_the_list():
    # (、 opens the next item as 和 does: counts.ListReader)
    got = _read("培育不少于100名优秀企业家、20名青年人才。", 2025)
    assert (20, "名") in got and (100, "名") in got


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("建设不少于3个园区和2023年已建成的5个基地。", 5, "个"),  # a report after the list's 和 (已): no goal
    ("安排不少于2000万元资金,新建15个公园。", 2000, "万元"),  # the funding of the work that follows
])
def test_what_stays_unread(text, value, unit):
    assert (value, unit) not in _read(text, 2025)
