"""ref38: one pattern for a place's name (extract/place_names.py), used by targets/profiles.py and column_units.py.

profiles took 城市 and 超市 as places (any character, then 市/县/区…, then 是), column_units did not (its own list of
the characters before the ending). Both now read ``place_names.PLACE_END``: the words naming no place are refused by
both; the words pointing at a place (全市, 我区) and an area or a zone of a place (市区, 社区, 园区, 示范区) are the
place described in a profile and no unit in a column, each reader saying so where it uses the pattern. Output moves
nowhere (benchmarks/extract_outputs.py: 0 documents differ). Sentences (dev):
- 健康城市是卫生城市的升级版,… (爱卫会 2016 健康城市, cn-aiwei-jkcs2016, http://www.9ask.cn/fagui/201607/389242_1.html):
  no place opens it;
- 主城都市区是我市国家中心城市建设的主要承载地,… (重庆 2023, cq-chongqing-cyscjjq2023,
  http://yx822.com/tanguwen/2023/0324/95647.html): an area of a place, described;
- 开发区是我区经济发展的主战场,… (金坛 2018, js-jintan-kfq2018, tests/extract/test_spur65_profiles.py);
- 上海市交通委员会、苏州市、嘉兴市 under 责任单位 (长三角 2023, tests/extract/test_asg66_column_places.py).
"""

from __future__ import annotations

import inspect
import re

from kechuang.extract import column_units, place_names
from kechuang.extract.targets import profiles
from kechuang.extract.targets.profiles import profile_end


def test_a_word_naming_no_place_opens_no_profile():
    assert profile_end("健康城市是卫生城市的升级版,通过完善城市的规划、建设和管理,改进自然环境、社会环境和健康服务") == -1


def test_places_and_areas_open_profiles():
    assert profile_end("主城都市区是我市国家中心城市建设的主要承载地,是新型城镇化、新型工业化的主战场") > 0
    assert profile_end("开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里") > 0
    assert profile_end("青海是“三江之源”和国家重要的生态安全屏障,境内黄河干流长度1694公里") > 0


def _place(name: str) -> bool:
    return column_units.vouched_units([("上海市交通委员会", 0, 8), (name, 9, 9 + len(name))])


def test_a_unit_column_reads_places_only():
    assert _place("苏州市") and _place("嘉兴市") and _place("连云港市")
    for word in ("城市", "超市", "健康城市", "全市", "本市", "各区", "辖区", "示范区", "先行区", "主城都市区", "新安社区"):
        assert not _place(word), word


def test_one_pattern_for_both():
    assert "PLACE_END" in inspect.getsource(profiles) and "PLACE_END" in inspect.getsource(column_units)
    assert "城超门" not in inspect.getsource(column_units) and "|镇|" not in inspect.getsource(profiles)
    end = re.compile(rf"[\u4e00-\u9fff]{place_names.PLACE_END}")
    assert end.fullmatch("州市") and end.fullmatch("城市") is None
    assert end.fullmatch("超市") is None and end.fullmatch("联盟") is None and end.fullmatch("红旗") is None
