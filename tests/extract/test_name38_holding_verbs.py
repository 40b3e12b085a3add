"""name38: a verb of holding or reaching that is no level verb of the rules (在, 保持, 维持在, 发展到, 应) left closing a
name before its value is no part of the name (extract/targets/name_ends.py). Sentences verbatim from dev pages
of different places (addresses above each case); words that end in 在/应 (所在, 现在, 供应) keep them."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.name_ends import without_holding


def _names(text: str, plan_year: int | None = None) -> list[tuple[str, float, str | None]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


def test_zai_before_the_value_is_no_part_of_the_name():
    # 江西 2011 水利, http://www.gzjrw.com.cn/Item/41130.aspx
    jiangxi = _names("到2015年,力争使全省一级水功能区达标率在85%以上,二级水功能区达标率在80%以上,饮用水水源区达标率达到100%。")
    assert [n for n, _, _ in jiangxi[:2]] == ["全省一级水功能区达标率", "二级水功能区达标率"]
    # 宁波 农业 (traditional, readings printed), http://b4dc4.cn/video/2022/0622/149094.html
    assert _names("到2025年,土地規(guī)模經(jīng)營(yíng)比例在72%以上。")[0][0] == "土地規(guī)模經(jīng)營(yíng)比例"
    # 通辽 2024, https://jjcn.hczyw.com/2024/0314/72876.html
    assert _names("保障脱贫人口(监测对象)稳岗就业人数在3万人以上。", 2024)[0][0].endswith("稳岗就业人数")


def test_a_holding_verb_is_no_part_of_the_name():
    # 贵州 县域经济, http://szb.eyesnews.cn/pc/cont/202402/19/content_117740.html
    assert [n for n, _, _ in _names("生活污水处理率保持97%以上,城市(县城)生活垃圾无害化处理率保持95%以上。")] == [
        "生活污水处理率", "城市(县城)生活垃圾无害化处理率"]
    # 上海 2020 农村公路, https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-48503_65648&siteId=0001
    assert _names("农村公路列养率保持100%。")[0][0] == "农村公路列养率"
    # 广东 2024, https://www.guandian.cn/m/show/379430
    assert _names("并将城镇调查失业率维持在5.5%左右的预期目标。", 2024)[0][0] == "城镇调查失业率"
    # 宣城 茶产业, https://www.fjtea.cn/News/detail/id/16828.html; 云南, http://www.rosin-china.com/News/10218.htm
    assert _names("力争到2016年,全市茶园面积发展到35万亩,茶叶产量达到3万吨。")[0][0] == "全市茶园面积"
    # “十三五”卫生与健康规划 news (traditional), http://www.guangaqi.com/news/china/363192.html
    assert _names("到2020年我國人均預期壽命應大于77.3歲。")[0][0] == "我國人均預期壽命"


def test_words_ending_in_zai_or_ying_stay_whole():
    for word in ("全县企业所在", "新能源汽车供应", "产业链相应", "年度目标现在"):
        assert without_holding(word) == word
    assert without_holding("保持") == "保持"  # nothing of two characters left: as it is
    assert without_holding("达标率均在") == "达标率"


def test_a_word_of_reaching_or_of_a_running_total_is_no_part_of_the_name():
    # 厦门 2021 菜篮子, http://snsxw.org.cn/show-59464.html
    assert _names("要抓好生猪稳产保供,确保生猪存栏稳定保持在20万头以上。", 2021)[0][0] == "生猪存栏"
    # 光明 2021, http://shenghuobao.net/thread-46008-1-1.html
    assert ("全社会研发支出占GDP比重", 6, "%") in _names("到2025年,全社会研发支出占GDP比重稳定达到6%以上。")
    # 漳州 2022 (traditional), http://www.kangjiegd.com/news/fj/mn/zz/202201/06/2043092.shtml
    assert ("實際利用外資", 35, "億元") in _names("出口總額增長8%;實際利用外資完成35億元;", 2022)
    # 宿松 2019, http://xxgk.susong.gov.cn/public/User/DisplayInfo2.aspx?ItemId=144709&unitId=59
    assert _names("全面开展农村人居环境整治工作,村庄整治任务完成85%。", 2019)[0][0] == "村庄整治任务"
    # 铜鼓 旅游, http://clcgzc.com/html/html20170-3n6225799.html
    assert _names("到2020年,固定资产投资力争完成23亿元;")[0][0] == "固定资产投资"
    # 四川 2021 就业, http://swbd.cn/minsheng1/106853.html
    assert _names("到2025年,返乡入乡创业人员累计超过100万人。")[0][0] == "返乡入乡创业人员"
    # 长宁 2026, https://www.shanghai.gov.cn/zhengce/detail?businessId=007480816&siteId=0074
    assert _names("专精特新企业累计达到300家。", 2026)[0][0] == "专精特新企业"
    # 福州 卫生健康“十四五”, http://m.hxnews.com/news/fj/fz/202206/04/2070615.shtml
    assert _names("到2025年,公民健康素养水平达到25%,个人卫生支出占卫生总费用小于28%。")[1][0] == "个人卫生支出占卫生总费用"
    # “十三五”卫生与健康规划 news (traditional), http://www.guangaqi.com/news/china/363192.html
    assert _names("到2020年我國人均預期壽命應大于77.3歲,孕產婦死亡率應小于18/10萬,嬰兒死亡率應小于7.5‰。")[1][0] == "孕產婦死亡率"


def test_a_count_verb_before_its_thing_is_left_to_the_count_reading():
    # 完成 counting the thing after it keeps that thing as the name (no name ends with the verb)
    assert _names("全年完成审计工作20项。", 2024)[0][0] == "审计工作"
    assert without_holding("新建成") == "新建成"
