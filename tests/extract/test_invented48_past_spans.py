"""Invented 48: a sentence that opens with a span of years ended before the plan's year (2018到2022年, 2016年至2019年,
2006—2010年, 从2015年到2019年底) reviews what was done in it: its numbers are history, as after 过去五年 or
十一五期间 (targets/past_leads.py, ``period_reviewed``), up to the next cue of a goal (预计, 将, 到2025年…).

Family (dev, no gold target in any of these sentences):

- 厦门 2023 幼儿园学位 news (fj-xiamen-yeyxw2023#3, 2023): `2018到2022年4年間,廈門全市建設公辦幼兒園項目100個,新增學位4萬個。`
  — the span's last year followed by its length (4年間) was not read as a year, and the two counts were read;
- 国家卫健委 2019 预期寿命 news (cn-weijian-yqsm2019#2, 2020): `2016年至2019年,中央财政下达预算投资100.5亿元,…`;
- 解放军报 2020 回望“十三五” (cn-jiefangjunbao-hwssw2020#2, 2020): `从2015年到2019年底,我国居民人均预期寿命从76.3岁提高到
  77.3岁`;
- 嵊州 卫生“十二五”规划 (zj-shengzhou-wsgh125#1, 2011): `2006—2010年,孕产妇死亡率19.37/10万,婴儿死亡率7.2‰;`;
- 国办 “十四五”国民健康规划 reprint (cn-guoban-gmjk145#3, 2022): `2015年至2020年,人均預期壽命從76.34歲提高到77.93歲,…`.

A span that reaches the plan's year or later is the plan's own (`2023年至2025年,全市新建幼儿园10所` in 2023: a goal), and
the review ends at a goal's cue (厦门's next sentence `預計整個“十四五”期間,全市將建設156個幼兒園項目` is a forecast that
other rules weigh; here only that it is not cut by the span before it).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import quoted, target_value_set
from tests.timing import assert_linear_far

XIAMEN = "2018到2022年4年間,廈門全市建設公辦幼兒園項目100個,新增學位4萬個。"
WEIJIAN = "2016年至2019年,中央财政下达预算投资100.5亿元,支持594家妇幼保健机构建设"
JIEFANGJUN = "从2015年到2019年底,我国居民人均预期寿命从76.3岁提高到77.3岁"
SHENGZHOU = "2006—2010年,孕产妇死亡率19.37/10万,婴儿死亡率7.2‰;"
GUOBAN = "2015年至2020年,人均預(yù)期壽命從76.34歲提高到77.93歲"


def test_the_sentences_are_verbatim() -> None:
    assert quoted("fj-xiamen-yeyxw2023", XIAMEN)
    assert quoted("cn-weijian-yqsm2019", WEIJIAN)
    assert quoted("cn-jiefangjunbao-hwssw2020", JIEFANGJUN)
    assert quoted("zj-shengzhou-wsgh125", SHENGZHOU)
    assert quoted("cn-guoban-gmjk145", GUOBAN)


def test_a_past_span_followed_by_its_length_reviews_its_sentence() -> None:
    assert not target_value_set(XIAMEN, 2023) & {100, 4}
    # the same shape in simplified characters and with 至
    assert not target_value_set("2018至2022年4年间,全市建设公办幼儿园项目100个,新增学位4万个。", 2023) & {100, 4}


def test_the_family_stays_history() -> None:
    assert target_value_set(WEIJIAN + "。", 2020) == set()
    assert target_value_set(JIEFANGJUN + "。", 2020) == set()
    assert target_value_set(SHENGZHOU, 2011) == set()
    assert target_value_set(GUOBAN + "。", 2022) == set()


def test_the_review_reaches_the_next_sentence_until_a_goal() -> None:
    text = ("2018到2022年4年间,全市建设公办幼儿园项目100个。新增学位4万个。"
            "到2025年,全市将建设156个幼儿园项目,新增5.6万个幼儿园学位。")
    values = target_value_set(text, 2023)
    assert not values & {100, 4}
    assert {156, 5.6} <= values


def test_a_span_reaching_the_plans_year_is_its_own() -> None:
    assert 10 in target_value_set("2023年至2025年,全市新建幼儿园10所。", 2023)
    assert 10 in target_value_set("2023到2025年3年间,全市新建幼儿园10所。", 2023)
    # no plan year: the span cannot be told past
    assert 10 in target_value_set("2018到2022年4年间,全市新建幼儿园10所。", None)


def test_a_span_inside_a_sentence_is_not_a_lead() -> None:
    # a span stated after the sentence's subject and verb is a period of the goal (its own rules date it)
    text = "力争全市新建幼儿园10所,覆盖2018年至2022年出生的适龄儿童。"
    assert 10 in target_value_set(text, 2023)


def test_past_spans_are_linear() -> None:
    # one line without breaks: each sentence's lead is matched where it starts, the line's sentence ends found once
    assert_linear_far(lambda text: extract_text(text, plan_year=2023),
                      lambda n: "2018到2022年4年间,全市建设公办幼儿园项目100个。新增学位4万个。" * n)
