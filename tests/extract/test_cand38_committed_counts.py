"""cand38: a count whose verb is in no list, in a paragraph that has already committed (a target read before it),
is a goal: the verb is known by its position (a short run opening the clause, or none, the verb after the noun).
Real dev sentences, each with its source address (committed_counts.py)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 户县 便民实事 (dev): a one-character verb (建), a target read before it in the sentence
HUXIAN = "http://www.bjxmtkj.com/thread-22986-1-419.html"
HUXIAN_TEXT = ("解決5萬人的飲水安全問題,建20所農(nóng)村公立幼兒園,啟動新體育場建設(shè),建成3個文化站、"
               "20個村級文化室……")
# 崇明区水务“十四五”规划 (dev): a verb of no list (修复保护) before an area
CHONGMING = ("https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e"
             "&siteId=0085")
CHONGMING_TEXT = ("三网：整治疏浚190公里骨干河网。原水复线57公里，供水管网改造350公里。建设4厂77公里污水管网。"
                  "两生态：修复保护1191平方公里生态滩涂。全域推进生态清洁小流域建设")
# 普陀区绿化建设和市容景观提升“十五五”规划 (dev): an aside after the verb
PUTUO = "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075"
PUTUO_TEXT = ("到2030年，累计新建绿地35万平方米,其中公园绿地17.5万平方米，持续推动口袋公园建设。新建立体绿化3.5万平方米，"
              "新种（补种）2500株行道树。推动绿化资源存量系统提升。")
# 江西 “十三五” (dev): the verb after the people counted (全面脱贫)
JIANGXI = "http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm"
JIANGXI_TEXT = ("到2020年城鎮(zhèn)居民收入將突破4萬元、農(nóng)民收入將接近1.8萬元。屆時,204萬農(nóng)村貧困人口全面"
                "脫貧,所有貧困縣摘帽。")
# 陕西 2016 “十三五” news (dev): the same shape (全部脱贫)
SHAANXI = "http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html"
SHAANXI_TEXT = ("基本建成覆盖城乡、便捷高效、保基本、促公平的现代公共文化服务体系,文化产业年均增长15%以上,群众精神生活更加丰富,"
                "陕西文化软实力全面提升。脱贫攻坚战取得全面胜利,重点县和片区县全部脱贫摘帽,331万贫困人口全部脱贫。")

# What stays unread, though a target stands before it in the paragraph (all dev):
# a whole before the count, no verb (武宣 2022)
WUXUAN = "http://www.bbrtv.com/2022/0120/702337.html"
WUXUAN_TEXT = ("自治区人大代表、武宣县委书记杨世爵:“比如说在推进工业振兴方面,我们提出2022年武宣要力争实现工业园区过百亿。"
               "广西111个县市区,从武宣的资源和条件,我们要力争进入天立主席提出的44个百亿园区这个行列。")
# the capacity of a place (2026年上海量子城市空间智能建设工作要点)
QUANTUM = "https://www.shanghai.gov.cn/zhengce/detail?businessId=1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032"
QUANTUM_TEXT = "24.持续举办各类文商旅体展活动。全年举办不少于50场高能级品牌活动。打造岛北8万人大型开放空间，举办复兴岛音乐荟活动"
# a level naming no thing, the list's noun after it (济宁 2023 农业农村重点工作任务)
JINING = "https://www.jining.gov.cn/art/2023/5/16/art_33401_2853292.html"
JINING_TEXT = ("3. 生猪生产稳定度。争创2个国家生猪调出大县。充分发挥14个国家级、42个省级、111个市级生猪产能调控基地带动作用,"
               "做好生猪存栏、出栏等监测预警,指导养殖场科学饲养、稳定效益。")
# the things counted are the subject a scope verb follows (朝阳 2023 民生实事 news)
CHAOYANG = "http://zgcounty.com/news/24588.html"
CHAOYANG_TEXT = ("增加学位1080个,建设筹集各类政策性住房5000套(间),建成双桥东路等10条主次支路……近日,2023年朝阳区重要民生实事"
                 "项目确定,30件实事涉及教育、住房、环境等多个领域,以看得见、摸得着的实惠,回应人民群众期待。")


def test_sources_are_dev():
    for source in (HUXIAN, CHONGMING, PUTUO, JIANGXI, SHAANXI, WUXUAN, QUANTUM, JINING, CHAOYANG):
        assert split_of(source) == "dev", source


def _read(text, year):
    return {(t.value, t.unit): t.indicator for t in extract_text(text, plan_year=year).targets}


@pytest.mark.parametrize(("text", "year", "value", "unit", "name"), [
    (HUXIAN_TEXT, None, 20, "所", "公立幼兒園"),
    (CHONGMING_TEXT, 2021, 1191, "平方公里", "生态滩涂"),
    (PUTUO_TEXT, 2026, 2500, "株", "行道树"),
    (JIANGXI_TEXT, 2016, 204, "萬", "貧困人口"),
    (SHAANXI_TEXT, 2016, 331, "万", "贫困人口"),
])
def test_a_verb_by_its_position(text, year, value, unit, name):
    got = _read(text, year)
    assert (value, unit) in got and name in got[(value, unit)]


@pytest.mark.parametrize(("text", "year", "value"), [
    (WUXUAN_TEXT, 2022, 111),
    (QUANTUM_TEXT, 2026, 8),
    (JINING_TEXT, 2023, 14),
    (JINING_TEXT, 2023, 111),
    (CHAOYANG_TEXT, 2023, 30),
])
def test_no_verb_stays_unread(text, year, value):
    assert value not in {v for v, _ in _read(text, year)}
