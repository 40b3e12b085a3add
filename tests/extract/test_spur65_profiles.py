"""spur65: a sentence that opens by saying what a place is (a profile) describes the place; its figures are no targets
(targets/profiles.py).

Dev documents of four places print the shape, and their gold reads none of the figures after the opening:
  青海是“三江之源”…生态安全屏障,境内黄河干流长度1694公里,占黄河总长的31%,…   (qh-qinghai-hhly2022,
                                                          xny365.com/huanbao/article-61910.html)
  云南省是我國茶葉種植面積、茶產量最大的省份之一,2016年全省茶葉種植面積達610萬畝,…  (yn-yunnan-ccy2017,
                                     stlouistrafficticketlawfirm.com/news/content/2017-12/01/content_3409648.htm)
  云南是中国咖啡主产区,咖啡种植面积、产量、农业产值均占全国的98%以上。      (yn-yunnan-kfjp2024,
                                                          wtt.xianjichina.com/forum/details_287670)
  开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里,…  (js-jintan-kfq2018,
                                                          i.xpaper.net/JTSB008/news/2285/14049/71555-1.shtml)
A profile with a commitment in its sentence (雄安新区是…之一,2023年河北将继续推进…: he-hebei-zfgzbg2023, dev) and a
sentence whose subject is no place (重点产业项目是稳工业的关键, 经济增速是综合性指标, 一是实施…) stay read."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

FAMILY = [
    ("qh-qinghai-hhly2022", "青海是“三江之源”“中华水塔”和国家重要的生态安全屏障,境内黄河干流长度1694公里,占黄河总长的31%,"
     "多年平均出境水量达264.3亿立方米,占全流域径流量的49.4%,既是源头区,也是干流区,在黄河流域具有不可替代的战略地位。", 2022),
    ("yn-yunnan-ccy2017", "云南省是我國茶葉種植面積、茶產(chǎn)量最大的省份之一,2016年全省茶葉種植面積達(dá)610萬(wàn)畝,"
     "茶葉總產(chǎn)量37.5萬(wàn)噸,綜合產(chǎn)值達(dá)670余億元。", None),
    ("yn-yunnan-kfjp2024", "云南是中国咖啡主产区,咖啡种植面积、产量、农业产值均占全国的98%以上。", None),
    ("js-jintan-kfq2018", "开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里,已初步形成了设施、"
     "功能比较完善的发展形态和空间,近年来以两个加快为主抓手,始终坚持产业链招商,不断提高项目准入门槛,实现了由“大招商”"
     "向“招大商”转变,3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进,汽车零部件及绿色电源产业形成"
     "相对完整的产业链,通信产业加快集聚。", 2018),
]


def test_a_place_profile_gives_no_target():
    for name, text, plan_year in FAMILY:
        assert quoted(name, text), name  # verbatim, from its dev page
        assert _rows(text, plan_year) == [], name


def test_commitments_and_other_subjects_stay_read():
    # the same page's goal (yn-yunnan-ccy2017, the next passage): no profile opening
    rows = _rows("按照方案規(guī)劃,到2020年,云南省茶葉面積將穩(wěn)定在630萬(wàn)畝左右,茶葉產(chǎn)量達(dá)到38萬(wàn)噸。", None)
    assert [r[2] for r in rows] == [630, 38], rows
    # a profile opening with a commitment in its sentence (he-hebei-zfgzbg2023: 将)
    rows = _rows("雄安新区是京津冀协同发展的“两翼”之一,2023年河北将继续推进雄安新区建设,引进央企二三级子公司30家。", 2023)
    assert [r[2] for r in rows] == [30], rows
    rows = _rows("青海是国家重要的生态安全屏障,到2025年,黄河干流水质稳定在Ⅱ类以上,湿地保护率达到70%。", 2022)
    assert 70 in [r[2] for r in rows], rows
    # a subject that is no place, and an ordinal 是 (一是/二是: a list of tasks)
    rows = _rows("重点产业项目是稳工业的关键,抓好东风本田四厂等200个传统产业改造升级重点项目。", 2022)
    assert [r[2] for r in rows] == [200], rows
    rows = _rows("二是实施农村公路建设项目,新建农村公路300公里,重点养护600公里。", 2019)
    assert [r[2] for r in rows] == [300, 600], rows
