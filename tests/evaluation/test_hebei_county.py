"""The built-in hebei-county framework follows the public documents and marks what it had to assume."""

from pathlib import Path

import yaml

from kechuang.evaluation import load_framework

# 2019-12-23 press conference on the 县域科技创新能力监测评价 results (source [2] in the file).
PUBLIC_FIRST_LEVEL = ["创新投入", "创新主体", "创新条件", "创新产出", "创新管理"]


def hebei():
    return load_framework("hebei-county")


def test_first_level_indicators_carry_the_published_names():
    fw = hebei()
    assert fw.nodes[fw.root].children == PUBLIC_FIRST_LEVEL


def test_the_three_qualitative_indicators_are_placeholders_under_innovation_management():
    fw = hebei()
    qualitative = [c for c in fw.leaves if fw.nodes[c].qualitative]
    assert len(qualitative) == 3 and {fw.nodes[c].parent for c in qualitative} == {"创新管理"}
    assert sum(fw.nodes[c].points for c in qualitative) == 15
    assert all(fw.nodes[c].name.endswith("(占位)") for c in qualitative)
    assert not any("占位" in fw.nodes[c].name for c in fw.leaves if not fw.nodes[c].qualitative)
    # Each placeholder also says why in the file (a note), and the header lists what is assumed.
    raw = yaml.safe_load(Path(fw.path).read_text("utf-8"))
    management = next(n for n in raw["tree"]["children"] if n["code"] == "创新管理")
    assert all(child["note"].startswith("占位") for child in management["children"])


def test_file_cites_the_public_documents():
    fw = hebei()
    text = Path(fw.path).read_text("utf-8")
    for citation in ("冀政办字〔2019〕9号", "2019-12-23", "http://sjzshi.com/forum.php", "2020-12-28",
                     "http://dcqhyn.cn/news/show-113611.html", "2023-12-22",
                     "http://hebfb.apps.hebei.com.cn/hebfb/index.php/home/essay/read/id/6150.html"):
        assert citation in text, citation
    assert "ASSUMPTIONS" in text and "PLACEHOLDERS" in text
    assert "冀政办字〔2019〕9号" in fw.source
