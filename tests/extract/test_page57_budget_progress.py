"""A programme's yearly budget restated by a report of its progress is no target (targets/budget_progress.py;
page57). Each passage is real, from a dev source."""

from kechuang.extract import extract_text


def _values(text: str, plan_year: int | None = None) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_yearly_budget_then_investment_done():
    # 相城 2023 民生实事 progress, http://www.dajinya.com/xwzx/guonei/2023/0826/082023_19289.html (dev)
    text = ("根據相關報告,今年,相城區共安排實施31個民生實事項目,涵蓋社會保障、公共教育、醫療衛生、便民服務、交通出行、"
            "文化體育、人居環境、生態環保等領域,總投資170.43億元,年度計劃投資24.26億元。1至7月,累計完成投資12.09億元,"
            "年度計劃完成率49.83%,較去年同期提高4.8個百分點;截至7月,31個項目已全部啟動實施。")
    assert 24.26 not in _values(text, 2023)


def test_yearly_budget_with_readings():
    # 江门 重点建设项目, https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html (dev)
    text = ("今年安排全市重點(diǎn)建設(shè)項(xiàng)目444項(xiàng)(打包項(xiàng)目拆分后共569項(xiàng)),項(xiàng)目總投資5141億元,"
            "年度投資計(jì)劃647.4億元。1-10月項(xiàng)目累計(jì)完成投資629.0億元,占年度投資計(jì)劃的97.2%。")
    assert 647.4 not in _values(text)


def test_a_plans_yearly_budget_stays():
    from kechuang.extract.targets.budget_progress import programme_budget
    # 浙江 2024 政府工作报告 分工 (gold): no investment done measured after it
    s = "健全投資風險防控體系,年度計劃投資200億元,撬動社會資本1000億元。"
    assert not programme_budget([(0, s)], 0, s.index("200"))
    s2 = "總投資170.43億元,年度計劃投資24.26億元。"
    assert programme_budget([(0, s2), (len(s2), "1至7月,累計完成投資12.09億元。")], 0, s2.index("24.26"))
