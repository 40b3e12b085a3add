"""rev53, item 5: the dev gold of five readings earlier reviews named, made consistent with the spec and the corpus
conventions (tests/fixtures/real/README.md, "Gold audit rev53"). Every page here is dev (checked by split_of)."""

from __future__ import annotations

import json

import pytest

from kechuang.extract.corpus import split_of
from tests.extract.passages import PASSAGES


def _gold(name: str) -> dict:
    page = json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))
    assert split_of(page["source"]) == "dev"
    return page


def _targets(name: str) -> list[dict]:
    return [t for p in _gold(name)["passages"] for t in p["targets"]]


# 墨江 2025 (https://puerw.cn/content/202502/21/c420855.html) and 新干 2022 (freewechat.com, 2022年全县重点民生项目):
# 完成…25栋老旧楼房改造,总建筑面积2.84万平方米 / 建设665套安置房,总建筑面积约11.55万平方米 — the items' size, none.
@pytest.mark.parametrize("name", ["yn-mojiang-hmss2025", "jx-xingan-msxm2022"])
def test_a_list_items_total_floor_area_is_no_target(name):
    assert [t for t in _targets(name) if "建筑面积" in t["quote"]] == []


# 上海 绿色建筑 十四五 (shanghai.gov.cn, businessId=d4b85b4a…) and 临港 2022 光伏 (shanghai.gov.cn 0058::d95c1369…):
# 2022年起新建政府机关、学校、工业厂房等建筑屋顶安装光伏的面积比例不低于50% — a per-building requirement, none; 临港's
# 到2025年…屋顶光伏覆盖率达到50% stays a level.
def test_a_per_building_pv_ratio_is_no_target():
    for name in ("sh-shanghai-lsjz145", "sh-lingang-gfxt2022"):
        assert [t for t in _targets(name) if "安装光伏的面积比例" in t["quote"]] == []
    assert [(t["value"], t["year"]) for t in _targets("sh-lingang-gfxt2022") if "覆盖率" in t["indicator"]] == [(50, 2025)]


def test_the_years_the_audit_found_right_stay():
    jiangjin = {t["indicator"]: t["year"] for t in _targets("cq-jiangjin-jwnmb2023")}  # 今后五年 in a 2023 page
    assert jiangjin["江津班列到发量占全市比重"] == 2024 and jiangjin["进出口总额"] == 2027
    assert {t["year"] for t in _targets("xj-jimusaer-ssw2015")} == {2020}  # the 十三五 纲要's 未来五年
