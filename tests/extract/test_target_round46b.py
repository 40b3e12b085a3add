"""Round 46: task items with a verb and a number, and numbers with no verb (scripts/recall_families.py measures them;
the breakdown is in docs/extraction.md, "Round 46, targets").

- A task verb outside the count verbs before a count of things (更新1000部环保型公交车, 增设400部电梯, 整治疏浚190公里
  骨干河网, 新建续建3所幼儿园, 维修更换农村37处的机泵, 帮助8000名长期失业青年): the count verbs take the verbs of renewing,
  adding, continuing, dredging, replacing and helping (rules/targets.yaml ``count_verbs``) — seven dev documents.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# Each a real dev sentence, its source in the comment; the count after the verb is read, its noun the indicator.
@pytest.mark.parametrize(("sentence", "target"), [
    # 天津 2007 便民工程 (https://news.sohu.com/20070319/n248825195.shtml)
    ("新建30座公交场站,更新1000部环保型公交车,新辟公交线路38条。", ("环保型公交车", 1000, "部")),
    # 上海 2023 为民办实事 (https://www.jiemian.com/article/8860721.html)
    ("新建20家示范性智慧菜场,更新投运500辆无障碍低地板新能源公交车,完成200座环卫公厕适老化适幼化改造。",
     ("无障碍低地板新能源公交车", 500, "辆")),
    ("包括新增5000张养老床位、开设500个小学生爱心暑托班、新增1万个公共(含专用)充电桩、帮助8000名长期失业青年实现就业创业、"
     "完成中心城区11条道路积水改善工程等。", ("长期失业青年实现就业创业", 8000, "名")),
    # 遂宁 城市更新 (https://cd.jiwu.com/news/5710735.html)
    ("今年,遂宁市计划增设400部电梯,目前已开工308部。", ("电梯", 400, "部")),
    # 博兴 2015 民生实事 (https://sjb.qlwb.com.cn/qlwb/content/20150122/ArticelU02006FM.htm)
    ("其中包括麻大湖国家湿地公园改造、新建续建3所幼儿园,打造创新创业平台、建成510套公租房等。", ("幼儿园", 3, "所")),
    # 崇明 2021 水务“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-
    # 1fc66081a48e&siteId=0085)
    ("三网：整治疏浚190公里骨干河网。", ("骨干河网", 190, "公里")),
    # 涉县 2025 民生实事 (http://www.wrujm.cn/mobile/quote/1597.html)
    ("维修更换农村37处的机泵、阀门,有效改善9万人口的饮水安全问题,进一步提高供水保证率。", ("机泵、阀门", 37, "处")),
])
def test_a_task_verb_counts_the_noun_after_its_count(sentence, target):
    assert target in _targets(sentence, 2023)


@pytest.mark.parametrize(("sentence", "indicator"), [
    # 万源 2021 政府工作报告 (dev): 增加 is left out of the class, it opens 增加值
    ("一产业增加值总量冲刺63.3亿元", "一产业增加值总量冲刺"),
    # 上海 2023 为民办实事: 更换 after a beneficiary's count leaves the count to the beneficiary reading
    ("为50万户既有管道天然气居民用户更换燃具连接软管", "既有管道天然气居民用户更换燃具连接软管"),
])
def test_the_class_leaves_these_as_they_were(sentence, indicator):
    assert [t[0] for t in _targets(sentence, 2023)] == [indicator]
