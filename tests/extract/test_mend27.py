"""Session 27, mend27: review 26's findings F3, F4 and F5 (docs/extraction.md, "Review 26").

No dev page prints these shapes; the texts are written for the test in the shape of real ones, as each test says."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.metadata.region import region_of

# F3: a county named 兴 alone after its city's short name (山西 吕梁 兴县). Written for the test in the shape of a county
# government's 实施意见 opening with its body (the shape of the dev openings' county notices, e.g. 九寨沟县, 阿克陶县).
_XINGXIAN = """吕梁兴县人民政府关于进一步加快科技创新的实施意见
各乡镇人民政府，县直各有关单位：
为深入实施创新驱动发展战略，结合我县实际，提出如下意见。
"""


def test_a_county_named_xing_after_its_citys_short_name_is_the_region() -> None:
    assert region_of("吕梁兴县人民政府关于进一步加快科技创新的实施意见") == "兴县"
    assert region_of("中共吕梁兴县委员会办公室") == "兴县"
    assert extract_text(_XINGXIAN).document.region == "兴县"


def test_a_slogan_of_the_same_shape_stays_no_place() -> None:
    # round 57's slogans (质量兴县, 科教兴市: five dev pages) govern no body
    assert region_of("科教兴县工作实施方案") is None
    assert region_of("质量兴市战略实施方案") is None
    assert region_of("科技兴县人民政府") is None  # a slogan's words before 兴 are no place's
    assert region_of("兴县人民政府关于印发科技计划的通知") == "兴县"


# F4: a word's 一 before 成 (统一成片, 统一成套, 统一成建制) is no tenth. Written for the test in the shape of a county's
# land-transfer goal (规模经营比重达到六成以上 keeps its tenths: dev's 超七成, 近六成, 有九成, 长宁 2026, 河北 2010).
_LAND = "力争全县农村土地统一成片流转面积达到5万亩，规模经营比重达到六成以上。"


def test_a_words_yi_before_cheng_is_no_tenth() -> None:
    targets = [(t.indicator, t.value, t.unit) for t in extract_text(_LAND, plan_year=2023).targets]
    assert targets == [("全县农村土地统一成片流转面积", 5, "万亩"), ("规模经营比重", 60, "%")]
    for text in ("设备统一成套采购", "民兵统一成建制调整"):
        assert not [t for t in extract_text(f"到2025年,{text}比例达到80%。", plan_year=2023).targets if t.value == 10]


# F5: a bare P next to a picture's words is a video resolution, no petaflops. Written for the test in the shape of a
# surveillance plan's numbered goals (一是…覆盖率达到100%;二是视频分辨率不低于1080P: boteman.cn/paper/495625260.html)
# and of review 26's example; the computing power of 长春 2024 (`算力规模力争达到3000P`, dev) keeps its unit.
_CAMERAS = "具体目标包括：一是前端设备覆盖率达到100%，消除监控盲区；二是视频分辨率不低于1080P，确保图像清晰。"


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=2023).targets]


def test_a_resolution_is_no_computing_power() -> None:
    assert _read(_CAMERAS) == [("前端设备覆盖率", 100, "%")]
    assert _read("到2025年，全县重点路口高清摄像头达到1080P。") == []
    assert not [t for t in _read("新建720P以上网络摄像机200台。") if t[2] == "P"]


def test_computing_power_keeps_its_p() -> None:
    assert _read("算力规模力争达到3000P。") == [("算力规模", 3000, "P")]
    assert ("智算中心规模", 300, "P") in _read("到2025年，建成智算中心2个，规模达到300P。")
