"""spurious43: a sentence that reports a task finished ahead of time, beyond its quota or in full (`提前超额完成…年度任务`,
`圆满完成援助任务`, `提前完成规划目标`, `圆满完成预期目标任务`) states what was done: the numbers before the
completion are history (the spec's "Not targets": report of work done).

Family (dev, none of these numbers gold):
- 江苏 2022 老旧小区 (js-jiangsu-lxxq2022#1, http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm):
  `江蘇省住建廳11月22日通報,全省今年新開工改造城鎮老舊小區1578個,提前超額完成老舊小區改造年度任務。`;
- 滕州 2021 计划执行 (sd-tengzhou-jhzx2021#1,
  http://m.yilongtyre.com/tzzt/rdzt/yhzck/zsyhzc/hyfz/202107/t20210713_1245625.html):
  `選派14名醫護人員援鄂援濟,圓滿完成援助任務。`;
- 国家体育总局 2024 (cn-tiyu-cdmj2024#2, http://m.17nai.com/p/525988.html):
  `截至2024年底,“十四五”期間建成并投入使用的體育公園超1300個,提前完成規劃目標。`;
- 国家统计局 2025 (cn-quanguo-tjgbpd2025#1, https://dxpress.gelonghui.com/live/2320850):
  `我国国内生产总值(GDP)比上年增长5.0%,经济总量首次突破140万亿元大关,圆满完成预期目标任务,…`.
Kept: a goal to finish (`总体目标为:超额完成…目标任务,全省PM2.5平均浓度同比下降3%左右`, 河北 2020, gold; `确保超额
完成年度目标任务`), and what follows the completion (`预计可超额完成年度任务,冲刺3000亿元的奋斗目标`, 湖北 2023, gold).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_numbers_of_a_finished_task_are_none() -> None:
    # 江苏 2022 (dev, js-jiangsu-lxxq2022#1)
    assert target_values("江蘇省住建廳11月22日通報,全省今年新開工改造城鎮老舊小區1578個,提前超額完成老舊小區改造年度任務。",
                   2022) == []
    # 滕州 2021 (dev, sd-tengzhou-jhzx2021#1)
    assert 14 not in target_values("選派14名醫護人員援鄂援濟,圓滿完成援助任務。為重點人員提供中醫藥防疫方劑1.8萬余人次。", 2021)
    # 国家体育总局 2024 (dev, cn-tiyu-cdmj2024#2)
    assert target_values("截至2024年底,“十四五”期間建成并投入使用的體育公園超1300個,提前完成規劃目標。") == []
    # 国家统计局 2025 (dev, cn-quanguo-tjgbpd2025#1)
    got = target_values("我国国内生产总值(GDP)比上年增长5.0%,经济总量首次突破140万亿元大关,圆满完成预期目标任务。")
    assert 5 not in got and 140 not in got


def test_goals_to_finish_stay() -> None:
    # 河北 2020 (dev, he-hebei-kqzlmb2020#1)
    got = target_values("今年全省空气质量改善的总体目标为:超额完成河北省生态环境保护“十三五”规划和打赢蓝天保卫战三年行动方案目标任务,"
                  "全省PM2.5平均浓度同比下降3%左右,优良天数比率达到63%以上。", 2020)
    assert 63 in got
    assert 40 in target_values("全市新建幼儿园40所,确保超额完成年度目标任务。", 2015)
    # 湖北 2023 (dev, hb-hubei-rjcyl2023#2)
    assert 3000 in target_values("现已完成年度目标的82.9%,预计可超额完成年度任务,冲刺3000亿元的奋斗目标。", 2023)


def test_finished_tasks_are_linear() -> None:
    assert_linear(extract_text, lambda n: "新开工改造城镇老旧小区1578个," * n + "提前超额完成年度任务。")
