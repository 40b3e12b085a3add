"""Round-9 document rules, from the dev split of tests/fixtures/real/openings and sentences of public pages gathered by
search (their addresses below, or in tests/fixtures/heldout/openings.yaml): a basis named without 《》 after its trigger,
the plan a notice issues with 《X》,现印发给你们."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.basis import basis_of
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OPENINGS = FIXTURES / "real" / "openings"
HELD_OUT = yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8"))


def _basis(sentence: str) -> list[str]:
    return basis_of(split_lines(normalise(sentence)), [])


# A document named without 《》 after its trigger, then what the sentence takes from it (精神, 部署, 要求) or the next
# clause of the preamble (,结合…实际). Tongshan 2022 (dev): 为全面落实县政府工作报告安排部署; held out: a Sichuan
# 2022 plan (http://law.foodmate.net/show-219854.html) and a Wuhan 2008 plan (http://www.reformdata.org/2013/0121/
# 11517.shtml), each with its issuer in the name.
def test_a_basis_named_without_brackets():
    assert extract_text((OPENINGS / "hb-tongshan-zdrwfj2022.txt").read_text("utf-8")).document.basis \
        == ["县政府工作报告"]
    assert _basis("为贯彻落实党中央、国务院决策部署和省委、省政府部署要求,加快建设系统完备、创新引领、协同高效的现代流通"
                  "体系,根据国家发展改革委“十四五”现代流通体系建设规划,结合我省实际,制定本方案。") \
        == ["国家发展改革委“十四五”现代流通体系建设规划"]
    assert _basis("根据国务院关于武汉城市圈资源节约型和环境友好型社会建设综合配套改革试验总体方案的批复精神,结合武汉实际,"
                  "按照市委、市人民政府关于推进资源节约型和环境友好型社会建设综合配套改革试验工作的一系列总体部署,制定"
                  "2008-2010年武汉市推进资源节约型和环境友好型社会建设综合配套改革试验三年行动计划。") \
        == ["国务院关于武汉城市圈资源节约型和环境友好型社会建设综合配套改革试验总体方案的批复"]


# What names no document stays out: a body's plans in general, a meeting's spirit, a title in 《》 (read as before), and
# a document's kind word inside a longer clause that goes on (落实…方案确定的任务).
def test_no_basis_from_a_body_or_a_meeting():
    assert _basis("按照市委市政府工作部署,结合我县实际,制定本方案。") == []
    assert _basis("为深入贯彻县委十四届三次全会精神,结合实际,制定本方案。") == []
    assert _basis("根据上级有关文件要求,制定本方案。") == []
    assert _basis("为落实《县政府工作报告》部署,制定本方案。") == ["县政府工作报告"]
    assert _basis("为全面落实实施方案确定的各项任务,制定本计划。") == []


# The plan a notice issues as 《X》,现印发/转发给你们, as after 现将: Tianjin 2006 (dev; the page breaks its lines after
# every 《: 我们重新修订了《 / 天津市高新技术企业认定管理办法》,现印发给你们) and a Wuhan 2005 notice held out
# (law318.infoeach.com: 市人民政府同意市教育局修订的《…规定》,现转发给你们, the page's heading adding (2005年)).
def test_a_plan_issued_with_a_comma_before_the_verb():
    doc = extract_text((OPENINGS / "tj-tianjin-gqrdgl2006.txt").read_text("utf-8")).document
    assert doc.title == "天津市高新技术企业认定管理办法"
    case = next(c for c in HELD_OUT if c["address"].startswith("http://law318.infoeach.com/"))
    assert extract_text(case["text"]).document.title == "武汉市高级中等学校招生统一考试管理规定"
    # a document a sentence works from is not issued by it: 为落实《X》,现将…分解如下 names no title
    assert extract_text("为落实《县政府工作报告》,现将重点任务分解如下。\n一、工作任务\n").document.title is None
