"""invented44: a list that a verb of contents opens (包括了, 设置了, 涵盖) names what a text or a list holds; its `等N个`
counts the items it announces (the corpus README: `the count of items a list announces` is no target; the spec's
"counts of listed items"), whatever number of them it names.

Family (dev, no gold target in either):
- 铜梁 2022 商务发展十四五规划 解读 (cq-tongliang-sw145#3,
  https://www.cqstl.gov.cn/zwgk_171/zfxxgkml/zcjd_1/wzjd/202205/t20220520_10739263.html): `《规划》…设置了“十三五”商务
  主要指标完成情况、…、加油站规划布局等8个专栏` (7 names, under 二、主要目标);
- 宁波 2025 民生实事 news (zj-ningbo-msss2025#3, https://www.ncmc.nbtv.cn/xwdsg/nb/40359827.shtml): `2025年民生实事项目
  由市十六届人大五次会议票决产生,包括了 交通“安全”畅行、噪声污染整治、老年人暖心服务等15个项目和31个子项目` (3 names).
The same shape is unread already on 张家港 2022 (`包括老旧小区改造、小区排水管网养护等2个项目`), 蓟州 (`包括大修乡村公路、
改善城乡环境、…等20个大…`) and 竹溪 (`主要包括民政、水利普查、…等18项具体工作`).
Kept: a verb of work after 包括 with one item and a floor (`包括抓好东风本田四厂等200个以上传统产业改造升级重点项目`,
湖北 2022 制造业 news, hb-hubei-zzgyjj2022#2, gold), and a list with no verb of contents that names fewer items than its
count (`干塘等6座水库`: the README's `等N个` convention).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear

TONGLIANG = ("《规划》坚持“党的全面领导、以人民为中心、新发展理念改革开放、系统观念”的基本原则,设置了“十三五”商务主要指标完成情况、"
             "“十四五”时期全区商务发展指标规划、“十四五”时期全区商贸服务设施规划布局、龙城天街商圈规划定位、专业市场规划布局、"
             "城区农贸市场规划布局、加油站规划布局等8个专栏。")
NINGBO = ("2025年民生实事项目由市十六届人大五次会议票决产生,包括了 交通“安全”畅行、噪声污染整治、老年人暖心服务等15个项目和"
          "31个子项目。")


def test_counts_of_a_texts_contents_are_none() -> None:
    assert 8 not in target_values("二、主要目标\n" + TONGLIANG, 2022)
    assert 15 not in target_values(NINGBO, 2025)


def test_commitments_and_short_lists_stay() -> None:
    # 湖北 2022 (dev, hb-hubei-zzgyjj2022#2): gold
    got = target_values("按照方案我省将发挥重点产业项目拉动作用,包括抓好东风本田四厂等200个以上传统产业改造升级重点项目,"
                        "实施华星光电t5等482个亿元以上新兴产业重点项目。", 2022)
    assert 200 in got and 482 in got
    assert 6 in target_values("完成干塘、马鞍山等6座水库除险加固工程。", 2025)
    assert 10 in target_values("到2025年,实施绿化、亮化等10个提升工程。", 2023)


def test_contents_lists_are_linear() -> None:
    assert_linear(extract_text, lambda n: "包括了交通畅行、噪声整治等15个项目," * n + "。")
