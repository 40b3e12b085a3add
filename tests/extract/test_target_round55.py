"""Round 55 (targ55): a name that is only a measure (规模, 建筑面积, 投资, 床位) is the measure of the thing the clause
before names, counted or the object of its verb (targets/measured_names.py); a rate, a second indicator of its own or
a measure after a count of people keeps its name."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int | None) -> list[tuple[str, float, str | None]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def _name_of(text: str, year: int | None, value: float, unit: str) -> str:
    names = [n for n, v, u in _named(text, year) if v == value and u == unit]
    assert len(names) == 1, names
    return names[0]


def test_a_scale_after_the_object_of_a_verb_is_that_object_s():
    # https://www.shanghai.gov.cn/zhengce/detail/0025::8167e275505e46cca1e942d2ec7c2d6b (上海 2024 海上光伏)
    name = _name_of("2024年，启动首轮海上光伏项目竞争配置，规模不低于100万千瓦。", 2024, 100, "万千瓦")
    assert "首轮海上光伏项目竞争配置" in name and name.endswith("规模")


def test_an_investment_after_a_count_of_projects_is_theirs():
    # http://www.songyang.gov.cn/art/2025/4/29/art_1229426982_2553391.html (松阳 2025 投资计划)
    name = _name_of("2025年共安排重点新续建项目57个,年度计划完成固定资产投资98.5亿元。", 2025, 98.5, "亿元")
    assert "重点新续建项目" in name and name.endswith("固定资产投资")


def test_the_size_class_of_the_projects_counted_is_no_part_of_their_investment():
    # https://news.hubeidaily.net/mobile/c_2107990.html (竹山 2024 政府工作报告)
    name = _name_of("推动建设千万元以上重点项目200个,完成投资200亿元以上。", 2024, 200, "亿元")
    assert name == "重点项目投资"


def test_beds_after_a_centre_being_built_are_the_centre_s_printed_as_written():
    # http://www.caomuer.com/content/gangcheng/content-120-35832-1.html (钢城 2021 为民实事, traditional print)
    name = _name_of("加快區養老服務中心建設,設置床位500張,進一步提高全區養老服務水平。", 2021, 500, "張")
    assert name.startswith("區養老服務中心") and name.endswith("床位")


def test_an_indicator_of_its_own_after_another_keeps_its_name():
    # http://district.ce.cn/newarea/roll/202201/30/t20220130_37302173_2.shtml (珠海 2022 政府工作报告)
    found = _named("今年发展的主要预期目标是:地区生产总值增长6.5%左右;规模以上工业增加值增长7%,固定资产投资增长8%,"
                   "社会消费品零售总额增长7%。", 2022)
    assert ("固定资产投资", 8, "%") in found


def test_an_investment_after_the_people_served_keeps_its_name():
    # http://lakalal8.com/news/content/51081.html (昌都 水利工程, traditional print): the people served by the
    # water works are not what the money builds
    name = _name_of("完成357座寺廟、577個行政村村委會供水,解決農牧區5萬人的飲水安全問題,年內完成投資2億元。", 2020, 2,
                    "億元")
    assert name == "投資"
