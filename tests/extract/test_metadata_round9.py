"""Round-9 document rules, from the dev split of tests/fixtures/real/openings and sentences of public pages gathered by
search (their addresses below): a basis named without 《》 after its trigger."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.basis import basis_of
from kechuang.text.normalise import normalise

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


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
