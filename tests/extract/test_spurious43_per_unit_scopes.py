"""spurious43: a count of places that opens its clause and that a per-unit target then shares out (`143个涉农乡镇,每个
乡镇至少建设1处“百亩攻关田”`, `其余48个"三区"县则每个特派团配备15名特派员`) names the scope the target is measured
over, not an outcome (the spec: per unit, `每个乡镇建有1个科技服务站` is a level target of the thing counted, not of
the 每个 phrase).

Family (dev, none of these counts gold; the per-unit targets are):
- 济宁 2024 高标准农田 (sd-jining-gbznt2024#1, http://bzlm.scfju.cn/jujiao/55685.html):
  `11个产粮大县,每个县至少建设1处“万亩示范片”或“千亩示范方”;143个涉农乡镇,每个乡镇至少建设1处“百亩攻关田”`
  (the 11 read so already);
- 山西 2025 科技特派员 (sx-shanxi-kjtpy2025#1, http://www.okceo.cn/City/shanxi/664.html):
  `针对10个脱贫深度贫困县,每个特派团将配置17名特派员(大宁县为16人),其余48个"三区"县则每个特派团配备15名特派员`
  (the 10 read so already).
Kept: a count of places the clause creates or builds (`创建10个示范村,每个村投入…`), and the per-unit targets.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_counts_of_places_shared_out_are_none() -> None:
    # 济宁 2024 (dev, sd-jining-gbznt2024#1)
    got = target_values("2024年,11个产粮大县,每个县至少建设1处“万亩示范片”或“千亩示范方”;143个涉农乡镇,每个乡镇至少建设1处"
                  "“百亩攻关田”。", 2024)
    assert 143 not in got and 11 not in got and 1 in got
    # 山西 2025 (dev, sx-shanxi-kjtpy2025#1)
    got = target_values("其中,针对10个脱贫深度贫困县,每个特派团将配置17名特派员(大宁县为16人),其余48个\"三区\"县则每个特派团配备"
                  "15名特派员。", 2025)
    assert 48 not in got and 10 not in got and 17 in got and 15 in got


def test_places_created_stay() -> None:
    assert 10 in target_values("到2025年,创建10个乡村振兴示范村,每个村建设1个便民服务站。", 2021)


def test_per_unit_scopes_are_linear() -> None:
    assert_linear(extract_text, lambda n: "143个涉农乡镇,每个乡镇至少建设1处攻关田;" * n + "。")
