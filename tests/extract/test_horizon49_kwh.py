"""度 after 万/亿 is a unit of electricity (kWh, colloquial): 年发电量达60亿度 is a level of 60 亿度 (units as printed: the
fresh48 batch's convention), as 亿方 is cubic metres (horizon49; MISSES-fresh48.md row 2)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _found(text: str, plan_year: int) -> dict[float, tuple[str | None, int | None]]:
    return {t.value: (t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets}


def test_yi_du_is_a_unit_of_electricity() -> None:
    # 梁平区 2023 (重庆), m.bjx.com.cn news of the district's 方案, dev (cq-liangping-cyxd2027.json, passage 4)
    text = "到2027年,全区电力总装机容量达100万千瓦以上,年发电量达60亿度以上,川渝东北区域性能源保供基地基本建成。"
    assert _found(text, 2023)[60] == ("亿度", 2027)
    # 科右前旗 2024 政府工作报告 (内蒙古), http://www.kyqq.gov.cn/kyqq/zwgk3/zfxxgk65/fdzdgknr57/zfgznb/5902155/index.html,
    # dev (nm-keyouqianqi-zfgzbg2024.json, passage 2): the same unit in the year's review, which stays no target
    text = ("一、2023年工作回顾\n"
            "——项目建设迈上新台阶。实施亿元以上重大项目46个,完成投资32亿元;华盛2万千瓦、华能20万千瓦风电成功并网,"
            "清洁能源总装机规模突破180万千瓦、发电量超过55亿度;蒙佳大豆循环经济产业园有序搬迁,中储粮仓储项目进展顺利。")
    assert 55 not in _found(text, 2024)


def test_du_of_other_words_is_no_unit() -> None:
    # 度 of a degree, a year's part or a scale stays none: 温度, 年度, 力度 do not follow 万/亿
    assert "亿度" not in {u for u, _ in _found("到2027年,全区年度投资达到60亿元。", 2023).values()}
