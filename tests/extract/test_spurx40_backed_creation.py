"""spurx40: a scenic class whose creation the plan backs (支持/推进 an area 创建…5A级) is no class the plan commits to
reach: the gold of two dev pages of different places reads none, as it reads no 推动/谋划 创建 (scenic.py). The
sentences are verbatim; each dev page is cited by its address."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# 成都 2025 政府工作报告 (https://www.cdrb.com.cn/epaper/cdrbpc/202503/14/c146293.html, sc-chengdu-zfgzbg2025)
CHENGDU = ("开设境外熊猫旅游驿站30个,推动市内免税店建成投运。支持成都大熊猫繁育研究基地创建国家5A级旅游景区,"
           "持续推出“成都礼物”特色产品。")
# 新疆 2026 政府工作报告 (http://www.cjxww.cn/new/cjwnews/cjwcnNews/202601/t20260127_32748240.html,
# xj-xinjiang-zfgzbg2026)
XINJIANG = ("有序释放煤炭先进产能,实施新一轮重点产业链高质量发展行动。推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区,"
            "发挥旅游带动就业、促进各民族交往交流交融积极作用。")
# kept: a class reached (庆元 2018 旅游工作, qynews.zjol.com.cn; scenic.py), a backing verb in a clause before it
QINGYUAN = ("持续推进百山祖景区扩容提质,完成《百山祖5A级景区旅游总体规划》初步论证;成功创建巾子峰国家4A级、莲湖村国家3A级旅游"
            "景区;开展香菇小镇3A级旅游景区创建工作。")


def test_a_creation_the_plan_backs_gives_no_class():
    assert [r for r in _rows(CHENGDU, 2025) if r[1] == "category"] == []
    assert [r for r in _rows(XINJIANG, 2026) if r[1] == "category"] == []
    assert [r[2] for r in _rows(CHENGDU, 2025)] == [30]  # the count of the sentence before stays read


def test_a_class_reached_stays_read():
    assert _rows(QINGYUAN, 2018, title="庆元县旅游局2018年工作") == [
        ("巾子峰旅游景区", "category", "4A", None, 2018), ("莲湖村国家3A级旅游景区", "category", "3A", None, 2018)]
    assert _rows("推进项目建设,成功创建巾子峰国家4A级旅游景区。", 2018)[0][1:3] == ("category", "4A")
