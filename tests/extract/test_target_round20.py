"""Round 20 (ext-indicator): the indicator of a target where the words next to its number name no thing — a list closed
by 等 before the thing, a bare verb of a stage of work, a noun after the number that runs on into another quantity.
The spec: "the measured thing as written, shortest phrase that names it". Sentences cite their real sources."""

from __future__ import annotations

from kechuang.extract.targets.naming import after_list, is_bare_verb, noun_after, object_of
from tests.extract.passages import target_rows as _rows


def _names(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(r[0], r[2], r[3]) for r in _rows(text, plan_year)]


# A list of examples closed by 等 names the thing after it: 启用良渚街道金家渡小学等学校项目15个 (余杭 2022 民生实事, dev,
# printed in traditional characters); 全县建成各类科技企业孵化器、众创空间等创新创业平台(基地)8家以上 (seed 004, whose
# gold indicator is 创新创业平台(基地)); 实施帕古水库、堆曲灌区工程等水利项目30个 (拉萨 2018, dev).
def test_a_list_closed_by_deng_names_the_thing_after_it():
    text = "開工建設良渚新城杜甫二小等學校19所,新增班數420個,提供學位17220個;\n啟用良渚街道金家渡小學等學校項目15個,新增班數278個。"
    assert ("學校項目", 15, "個") in _names(text, 2022)
    seed = "到2025年,全县建成各类科技企业孵化器、众创空间等创新创业平台(基地)8家以上。"
    assert _names(seed) == [("创新创业平台(基地)", 8, "家")]
    assert after_list("帕古水库、堆曲灌区工程等水利项目") == "水利项目"


# A thing of two characters after 等 is a class the names make a name of: 惠民演出、文化下乡、文化进万家等活动 (兰州 2019
# 十件实事, dev), 桂花、紫薇等苗木 (洋县 2024 民生实事, dev), and 良渚新城杜甫二小等学校 keeps its names.
def test_a_class_of_two_characters_keeps_the_names_before_it():
    assert after_list("惠民演出、文化下乡、文化进万家等活动") == "惠民演出、文化下乡、文化进万家等活动"
    assert after_list("桂花、紫薇等苗木") == "桂花、紫薇等苗木"
    assert after_list("良渚新城杜甫二小等學校") == "良渚新城杜甫二小等學校"


# 等 of a word is no list: 等级幼儿园7所 (苍南 2017 民生实事, dev), 提升改造低等级公路40公里 (新昌 2021 民生实事, dev),
# 建设50所高水平高等职业学校 (国务院 2019 职业教育改革, dev).
def test_deng_of_a_word_keeps_the_name_whole():
    assert after_list("等级幼儿园") == "等级幼儿园"
    assert after_list("提升改造低等级公路") == "提升改造低等级公路"
    assert after_list("高水平高等职业学校") == "高水平高等职业学校"
    assert after_list("粉尘、油烟等") == "粉尘、油烟等"  # nothing after 等: the names are all there is


# A bare verb of a stage of work counts the thing the clause before names, after the verb: 实施老旧小区综合改造提升工程,开工25个、竣工11个
# … 开工未来社区5个,完工3个 (西湖 2023 十大民生实事, fresh dev page); 加快推进全县中小学薄弱学校改造工程,年度实施10所以上
# (旌德 2015 为民十件实事, dev).
def test_a_bare_verb_counts_the_thing_named_before():
    xihu = ("此外,实施老旧小区综合改造提升工程,开工25个、竣工11个,完成老旧小区住宅加装电梯80台,"
            "开工未来社区5个,完工3个。")
    rows = _names(xihu, 2023)
    assert rows[0] == ("开工老旧小区综合改造提升工程", 25, "个")  # the stage verb stays (round 22, the review)
    assert rows[1] == ("竣工老旧小区综合改造提升工程", 11, "个")
    assert rows[-1][0].endswith("未来社区") and rows[-1][1:] == (3, "个")
    jingde = "四是加快推进全县中小学薄弱学校改造工程,年度实施10所以上;"
    assert _names(jingde, 2015) == [("全县中小学薄弱学校改造工程", 10, "所")]


# …with its own verb when it borrows the thing of the target before: 新建成使用幼儿园2所,新开工建设2所 (缙云 2021 十件民生实事,
# dev; gold 新开工建设幼儿园), its heading number and closing stage verb left out.
def test_a_stage_verb_borrows_the_thing_of_the_target_before():
    rows = _names("三、加强学前教育资源供给,新建成使用幼儿园2所,新开工建设2所,新增学位450个。", 2021)
    assert rows[1] == ("新开工建设幼儿园", 2, "所")
    # 县乡公路路面改善提升工程建成4000公里、开工8000公里 (贵州 2020 十件民生实事, dev): the verb that closes the name goes
    assert _names("(4)县乡公路路面改善提升工程建成4000公里、开工8000公里。", 2020)[1][0] == "开工县乡公路路面改善提升工程"
    # 全年新开工77个、竣工63个 (龙文 2018): the target before names no thing either, so nothing is borrowed
    assert _names("坚持每月开竣工一批项目,全年新开工77个、竣工63个。", 2018)[1][0] == "竣工"


# A clause of a batch (一批) names nothing the verb after could count: 坚持每月开竣工一批项目,全年新开工77个 (龙文 2018, fresh
# dev page) keeps its verb as the name; and a verb with a thing is no bare verb.
def test_a_batch_names_no_thing_and_a_named_count_is_no_bare_verb():
    assert object_of("坚持每月开竣工一批项目") == ""
    assert object_of("实施华星光电t5等482个亿元以上新兴产业重点项目") == ""  # a number: its own target's clause
    assert is_bare_verb("全年新开工") and is_bare_verb("年度实施") and not is_bare_verb("新开工未来社区")


# A noun after the number ends where another quantity starts: 为42所中小学校4.74万名适龄儿童青少年学生开展1轮心理健康测评;
# 完成菜园小学职工宿舍、供电小区等15个老旧小区的25栋老旧楼房改造 (墨江 2025 惠民实事, dev); a number that qualifies the
# noun stays in it (培育5家年收入过百亿元…的企业; 投资10亿元以上的项目).
def test_a_noun_after_the_number_ends_where_another_quantity_starts():
    assert noun_after("中小学校4.74万名适龄儿童青少年学生开展1轮心理健康测评") == "中小学校"
    assert noun_after("老旧小区的25栋老旧楼房改造") == "老旧小区"
    assert noun_after("年收入达500亿元的企业") == "年收入达500亿元的企业"
    assert noun_after("预增产值过10亿元") == "预增产值过10亿元"
    assert noun_after("农村35—64岁妇女免费做“两癌”检查") == "农村35—64岁妇女免费做“两癌”检查"  # an age (贵州 2020, dev)
    assert noun_after("农村公路是2022年阜新市十件民生实事项目之一") == "农村公路"  # 维修改造300公里农村公路是… (阜新 2022, dev)
    text = "2、完成适龄儿童青少年学生心理健康测评 项目内容:为42所中小学校4.74万名适龄儿童青少年学生开展1轮心理健康测评;"
    assert _names(text, 2025)[0] == ("中小学校", 42, "所")
