"""A meeting's attendance is no target (hist59, sum58's leftover; not_targets.attendance). Sentences of dev pages."""

from kechuang.extract.pipeline import extract_text


def _quotes(text: str, year: int) -> list[str]:
    return [t.quote for t in extract_text(text, plan_year=year).targets]


def test_units_attending_a_dated_meeting():
    # 慈利 2018 一季度投资调度会 news, http://www.ycltgd.com/news/qxnews/clnews/2018-03-05/142631.html (dev)
    text = ("3月1日,慈利縣2018年第一季度投資調度會在縣發改局會議室召開。縣經濟信息和科學技術局、交通局、住建局等55家單位"
            "負責人參加了會議。")
    assert _quotes(text, 2018) == []


def test_units_attending_in_simplified_print():
    # 凤凰 2022 乡村育才聚才行动 news, https://www.fhxww.cn/content/646655/55/12037580.html (dev): the family's second
    # page (main reads it as nothing already; a guard that the rule's simplified print holds)
    text = ("1月11日,凤凰县2022年“乡村育才聚才行动”工作调度会在县委组织部三楼会议室召开,全县17个乡镇、22个相关县直单位"
            "参加会议。")
    assert _quotes(text, 2022) == []


def test_people_attending_a_meeting():
    # 夏邑 2019 全民科学素质 meeting news, https://m.fx361.cc/news/2019/0925/14966563.html (dev)
    text = ("7月10日,2019年商丘市夏邑县全民科学素质成员单位工作会议在县政府二楼会议室召开,夏邑县全民科学素质工作领导小组"
            "成员单位分管副职、县全民科学素质工作领导小组办公室全体人员近30人参加会议。")
    assert _quotes(text, 2019) == []


def test_a_goal_to_take_part_is_kept():
    # a count whose verb is no meeting's attendance stays a target
    assert _quotes("2022年组织50家企业参加广交会。", 2022) != []
