"""over40: two counts printed back to back, each with its own short noun (新增234个班10040个学位; 求助1个中心2个站):
the second count opens an item of its own, so its noun is no part of the first's name and its number is read
(counts.py, ListReader._items). Real dev sentences, each with its source address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 开阳县 2023 教育项目 news (dev): classes and the school places they bring
KAIYANG = "https://m.leju.com/guizhou/7_24/6650957222958661377.html"
KAIYANG_TEXT = ("本报讯3月30日,记者从开阳县教育局获悉,今年,开阳县将建成、续建、新开工教育项目30个,总投资104257万元,"
                "总建筑面积259686.78平方米。项目全部建成后,将新增234个班10040个学位。")
# 彝良县 林草 “十四五” (dev): a centre and two stations of the wildlife rescue
YILIANG = ("http://yiliangxian.isenlin.cn/coohome/coserver.aspx?uid=FF3108E2DDCB404D9A7E8DC024919072&sid=28324"
           "&clid=BF1D2779703E475A898FADC86C8DFB12&t=29")
YILIANG_TEXT = ("二是林业生态保护支撑体系建设。陆生野生动物求助1个中心2个站、林草有害生物防治监测点及检疫防治体系建设初步"
                "完成、森林草原防灭火体系项目15个、“智慧林草”建设有序推进并逐步应用。")

# What stays as read: a size of the thing counted, no noun between the counts (paired.py's docstring)
SIZED_TEXT = "2025年改造230个50户以上木质房屋。"


def _targets(text: str, year: int | None = 2025) -> set[tuple[str, float, str]]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets}


def test_sources_are_dev() -> None:
    assert split_of(KAIYANG) == "dev" and split_of(YILIANG) == "dev"


def test_classes_and_school_places() -> None:
    got = _targets(KAIYANG_TEXT, None)
    assert ("班", 234, "个") in got
    assert ("学位", 10040, "个") in got
    assert not any("10040" in name for name, _, _ in got)


def test_centre_and_stations() -> None:
    got = _targets(YILIANG_TEXT)
    assert any(value == 2 and unit == "个" and name.endswith("站") for name, value, unit in got)
    assert any(value == 1 and unit == "个" and name.endswith("中心") for name, value, unit in got)


def test_size_of_the_thing_counted_stays_one() -> None:
    got = _targets(SIZED_TEXT)
    assert all(value != 50 for _, value, _ in got)



# 海南 种业 “十四五” (dev opening): the second number's noun goes on to 的 — the size of the centre counted
HAINAN_TEXT = "扩建一个可保存1000份资源的世界级种质资源保存中心。"


def test_size_before_de_stays_in_the_name() -> None:
    got = _targets(HAINAN_TEXT)
    assert all(value != 1000 for _, value, _ in got)
