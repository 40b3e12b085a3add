"""post40: two readings of a count whose noun comes first and whose verb comes after it (or none). Real dev sentences,
each with its source address.

1. A count verb, then a word for the place around the work (当地, as 周边), then a count of people: the verb counts the
   people after the number, as it does after the places of ``count_places`` (rules/targets.yaml).
2. A count item whose noun runs on into a second value with no mark between them (…20名群众务工增收5000元/年;):
   when that second value closes its clause, nothing after it is the count's name, so it is a value of its own and
   the count's item ends before it (targets/counts.py). A second value that the noun goes on after (28个总投资54亿元的
   工业项目) stays inside the count's name.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 奉节 云雾土家族乡 2023 项目支出绩效目标审批表 (dev): 带动 + 当地 + 20名群众, then 增收 + 5000元/年 closing the clause
FENGJIE = ("http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/"
           "t20240201_12892054.html")
FENGJIE_TEXT = ("经济效益:项目建成后能够带动当地20名群众务工增收5000元/年;社会效益:促进当地中药材产业发展,"
                "带动受益总人口200人,其他脱贫人口和监测对象41人;")
# 长安区 2022 十大惠民实事 (dev): the same place shape with 周边 (解决周边8千余户群众用水问题), read through count_places
CHANGAN = "https://www.ixian.cn/archiver/tid-1783299.html"
# 四川 2024 政府工作报告 news (dev): a written number in the name, the count closing the clause
SICHUAN = "http://sxsishuo.net/jjsc/2024-01-22/203168.html"
SICHUAN_TEXT = ("四川將嚴(yán)格落實(shí)耕地保護(hù)和糧食安全責(zé)任制,堅(jiān)持穩(wěn)面積、增單產(chǎn)兩手發(fā)力,"
                "持續(xù)實(shí)施主要糧油作物單產(chǎn)提升行動,確保糧食播面穩(wěn)定在9600萬畝以上,"
                "高水平建設(shè)千畝高產(chǎn)示范片1000個(gè)。")
# 新疆 2023 乡村振兴 news (dev): an area, then the rise of a yield per mu closing the clause
XINJIANG = "http://mckillo.com/xinjiang/xiangczx/202306/1d185ba990074ac9ac1fd457cdf3d7b2.html"
XINJIANG_TEXT = "在南北疆选择2个玉米生产大县整县制实施玉米单产提升工程,实现10万亩项目区玉米亩均单产提高100公斤左右。"
# What stays unread or unchanged (dev):
# 临洮 2023 (a review of work): the second value inside the count's name, 的 + noun after it
LINTAO = "http://v-cnc.com/s-70090.html"
LINTAO_TEXT = "下大力气推动医药产业基地、交新材料等28个总投资54亿元的工业项目建设。"
# 香港01 2026 GDP targets (cn-hk01-gdpmb2026, dev): 當地 with no count verb before it, a year after it
HK01_TEXT = "此外，增長目標多與當地2025年的GDP增速接近，保持在±0.5個百分點以內。"


def test_sources_are_dev():
    for source in (FENGJIE, CHANGAN, SICHUAN, XINJIANG, LINTAO):
        assert split_of(source) == "dev", source


def _read(text, year):
    return {(t.value, t.unit): t.indicator for t in extract_text(text, plan_year=year).targets}


def test_local_people_counted_after_the_verb():
    got = _read(FENGJIE_TEXT, 2023)
    assert got.get((20, "名"), "").startswith("群众务工")


def test_value_closing_the_clause_is_read_after_a_run_on_count():
    got = _read(FENGJIE_TEXT, 2023)
    assert got.get((5000, "元/年"), "").startswith("群众务工增收")
    assert any(value == 1000 and unit.startswith(("个", "個")) for value, unit in _read(SICHUAN_TEXT, 2024))
    assert any(value == 100 and unit == "公斤" for value, unit in _read(XINJIANG_TEXT, 2023))


def test_value_inside_the_name_stays_in_it():
    got = _read(LINTAO_TEXT, 2023)
    assert not any(value == 54 for value, _ in got)


def test_local_word_without_a_count_verb_stays_unread():
    assert not any(value == 2025 for value, _ in _read(HK01_TEXT, 2026))
