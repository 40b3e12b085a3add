"""Session 31 (meta47): a city notice's page that names no place in its title or signer is placed by the zone its
addressee line names at the city's level (``metadata.addressed``), from the dev split of tests/fixtures/real/openings
and public pages of the same shape found by search (their addresses below)."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.addressed import addressed_place
from kechuang.text.normalise import normalise

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _place(text: str) -> str | None:
    return addressed_place(split_lines(normalise(text)))


# A city government's notice printed with a title and a signer that name no place (市政府办公室关于…的意见, 2023年
# 《政府工作报告》重点任务分解落实方案) addresses its counties, the city's own zones and the city's bureaus: the zone
# named after the city (苏州工业园区, 常州经开区) and its 文号 (苏府办, 常政发) place it. Dev: 苏州 2017
# (http://nyncj.suzhou.gov.cn/nlj/zcfg/201709/f20f266ab0d34353acc6fc753321198f.shtml) and 常州 2023
# (http://www.loyalmeds.com/downxxgk.php?fid=625167487403475). The same addressee on other pages: 苏州 2018
# (http://www.suzhou.gov.cn/xxgk/zdgcjsxmssjz/sbj_11124/201811/t20181113_1014772.shtml: `各市、区人民政府,苏州工业园区、
# 苏州高新区、太仓港口管委会;市各委办局,各直属单位:`), 岳阳 2017 (a dev page placed by its signers too: https://pingjiang.gov.cn/35048/40718/40820/40821/
# content_1202379.html: `各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位`).
def test_a_city_notice_placed_by_its_addressed_zone():
    for name, region in (("js-suzhou-hlwny2017", "苏州"), ("js-changzhou-zfgzbgfj2023", "常州")):
        assert extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document.region == region
    assert _place("市政府关于下达2018年政府工作任务的通知\n苏府〔2018〕20号\n各市、区人民政府,苏州工业园区、苏州高新区、"
                  "太仓港口管委会;市各委办局,各直属单位:\n根据市十六届人大二次会议确定的经济社会发展目标任务,") == "苏州"
    assert _place("关于全面推进政务公开工作的实施意见的通知\n岳办发〔2017〕2号\n各县市区委、人民政府,岳阳经济技术开发区、"
                  "城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n《关于全面推进政务公开工作的实施意见》"
                  "已经市委、市人民政府同意,现印发给你们") == "岳阳"


# What does not place a page: a county's addressee naming its city's zone (广安高新区 before 县级各部门: 邻水, dev), a
# zone named after a town of the city and not the city (葛店经开区 on a 鄂州 page, dev: its 文号 鄂州政发 and the page
# print no 葛店市), and an addressee with no zone.
def test_no_place_from_another_level_or_a_town_zone():
    assert _place("各镇人民政府,广安高新区、川渝合作高滩园区管委会,县级各部门、中省市驻邻单位:\n现将方案印发给你们") is None
    assert _place("鄂州政发〔2021〕12号\n各区人民政府,葛店经开区、临空经济区管委会,市政府各部门:\n现将规划印发给你们") is None
    assert _place("各县、区人民政府,市政府各部门、各直属机构:\n现将方案印发给你们") is None
