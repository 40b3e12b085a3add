"""name38: a verb of holding or reaching that is no level verb of the rules (在, 保持, 维持在, 发展到, 应) left closing a
name before its value is no part of the name (extract/targets/holding_verbs.py). Sentences verbatim from dev pages
of different places (addresses above each case); words that end in 在/应 (所在, 现在, 供应) keep them."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.holding_verbs import without_holding


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
