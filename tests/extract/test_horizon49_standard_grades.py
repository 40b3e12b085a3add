"""A national standard's grade a plan commits to reach or keep (达到一级A排放标准, 保持国家Ⅱ类标准, 稳定达到国家空气质量二级
标准): a ``category`` target whose value is the grade as printed (horizon49; unread prose, dev documents of three places)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _grades(text: str, plan_year: int, title: str | None = None) -> list[tuple[str, str, int | None]]:
    return [(t.indicator, t.value, t.year) for t in extract_text(text, plan_year=plan_year, title=title).targets
            if t.kind == "category"]


def test_a_grade_of_a_standard_to_reach_is_a_category() -> None:
    # 苍南 2017 (浙江), https://cnxw.com.cn/system/2017/02/20/012671547.shtml, dev (zj-cangnan-msss2017.json, passage 4)
    text = ("苍南县第十届人民代表大会第一次会议,于2017年2月20日投票表决确定2017年县政府民生实事项目为10项,分别是:\n"
            "四、全面消除劣Ⅴ类水体,城镇污水处理设施全面达到一级A排放标准。")
    assert ("城镇污水处理设施排放标准", "一级A", 2017) in _grades(text, 2017)
    # 紫阳 2024 (陕西), https://www.zyx.gov.cn/Content-2713574.html, dev (sn-ziyang-jjsh2024.json, passage 2)
    text = ("二、经济社会发展预期目标\n地区生产总值增长 5.5%,固定资产投资增长 5%,规模以上工业增加值增长 8%;"
            "主要污染物排放和节能降耗控制在市定目标范围内;汉江出紫断面水质保持国家Ⅱ类标准。")
    assert _grades(text, 2024, "紫阳县2024年国民经济和社会发展计划") == [("汉江出紫断面水质", "II类", 2024)]
    # 河北 2023 (美丽河北建设行动方案), http://biocind.com/html/news/hb/2023_02/09/14280002.html, dev
    # (he-hebei-mlhbxd2023.json, passage 1), printed in traditional characters: the grade as printed
    text = "根據方案,到2027年,全省細顆粒物(PM2.5)平均濃度穩定達到國家空氣質量二級標準,基本消除重污染天氣。"
    found = _grades(text, 2023)
    assert [(v, y) for _, v, y in found] == [("二級", 2027)] and "平均濃度" in found[0][0]


def test_a_grade_reached_already_or_a_standard_named_is_none() -> None:
    # 江西 2019 (jx-jiangxi-sthj2019.json, passage 2, dev): the grade names the cities counted (的城市), and a basis
    # reached (已达到…的基础上)
    text = "确保在稳定2个城市已达到空气质量二级标准的基础上,力争再增加2至3个空气质量达到二级标准的城市。"
    assert _grades(text, 2019) == []
    # 宁夏 卫生健康 “十四五” (nx-ningxia-wsjkgh145.json, passage 1, dev): a grade of hospitals (二级甲等), a review
    text = "县级综合医院100%实现重点专科全覆盖,100%达到二级甲等建设标准。"
    assert _grades(text, 2021) == []
    # 九江 2022 (jx-jiujiang-sthj2022.json, passage 1, dev): reached for the first time, history
    text = ("王新民説,2021年全市大氣污染治理成效實現歷史性突破。重污染天數全面清零,首次全面達到國家環境空氣質量二級標準,"
            "創九江有監測記錄以來最好水平。")
    assert _grades(text, 2022) == []
