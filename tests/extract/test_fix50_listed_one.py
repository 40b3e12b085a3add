"""fix50: a count of one with a size class (1个百亿级项目) after a verb of a project's stage is a commitment, kept.

listed_counts drops `1个…亿级` as the count of a name run straight into it (临港装备1个五百亿级产业集群: 象山, dev) unless a
verb comes before it, told by its last character (_VERB_ENDS). 开工, 竣工, 落地, 投产 end in characters that end names
too (化工, 基地, 物产), so they are told by the word (_VERB_WORDS). Plans count projects right after these verbs:
北京老旧小区改造今年计划开工300个 (https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6472898&typeid=68),
全年新开工77个、竣工63个 (https://gmntv.com/edu/1910602.html), 开工25个、竣工11个
(https://www.xjnnet.com/e/wap/show.php?classid=189&id=127690), 签约…等16个重点项目 (http://v-cnc.com/s-70090.html) — dev.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text


def _read(text: str) -> list[tuple]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=2023).targets]


# (签约 is in the word list too; the count reader reads no target after it today)
@pytest.mark.parametrize("verb", ["新开工", "开工", "竣工", "落地", "投产"])
def test_one_project_after_a_verb_of_its_stage_is_kept(verb):
    assert ("百亿级项目", 1, "个") in _read(f"全年{verb}1个百亿级项目、10个十亿级项目。")


@pytest.mark.parametrize("text", [
    "培育形成临港装备1个五百亿级产业集群,汽模配、纺织服装、功能材料、绿色能源、海洋生物等5个百亿级产业集群。",
    "打造石油化工1个千亿级产业集群,新材料、生物医药等3个百亿级产业集群。",  # 化工 is a name: its 工 is no verb's
    "建设物流基地1个百亿级产业集群,冷链、电商等3个百亿级产业集群。",  # 基地 is a name: its 地 is no verb's
])
def test_a_names_count_of_one_is_still_dropped(text):
    assert all(value != 1 for _, value, _ in _read(text))
