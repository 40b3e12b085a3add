"""rev53, item 3 (review 52): size grades spelled in Chinese numerals beside an amount of money (千万元以上重点项目,
千亿元园区, 产值十亿元以上…企业), untested until now. Dev pages of six places print them; their gold reads the count of
the graded things and no grade (the corpus README: a threshold inside the thing counted, the count is the target),
and the extractor agrees: these tests pin it (spelled_grades.py drops the grades of measures of size only; a grade
of money before a counted noun is never read as an amount). The sentences are verbatim; each page is cited."""

from __future__ import annotations

from tests.extract.passages import PASSAGES, passage, quoted, target_rows

# 竹山 2024 政府工作报告 (https://news.hubeidaily.net/mobile/c_2107990.html, hb-zhushan-zfgzbg2024)
ZHUSHAN = "推动建设千万元以上重点项目200个,完成投资200亿元以上。"
# 临洮 2023 工业 (http://v-cnc.com/s-70090.html, gs-lintao-gxgz2023)
LINTAO = ("加大工业固定资产投资力度,全面落实项目建设“一总五分”清单,重点以“333”项目和千万元以上工业项目为抓手,"
          "下大力气推动医药产业基地、交新材料等28个总投资54亿元的工业项目建设。")
# 武宣 2022 两会 (http://www.bbrtv.com/2022/0120/702337.html, gx-wuxuan-lhzf2022)
WUXUAN = "今年政府工作报告提到,要加快工业园区提档升级,力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个。"
# 海南 椰子产业 十四五 (https://asiafruitchina.net/21313.html, openings/hi-hainan-yzcy145; a count in Chinese numerals)
HAINAN = "在现有企业中提升并培育五家产值十亿元以上椰子产业龙头企业,重点培育一家产值超50亿的椰子产业龙头企业,"
HAINAN_BATCH = "计划在“十四五”期间扩大椰子种植面积,培育一批产值超过十亿元的椰子加工龙头企业,"  # the same page: 一批


def test_the_dev_sentences_are_verbatim():
    assert quoted("hb-zhushan-zfgzbg2024", ZHUSHAN)
    assert quoted("gs-lintao-gxgz2023", LINTAO)
    assert quoted("gx-wuxuan-lhzf2022", WUXUAN)
    opening = (PASSAGES.parent / "openings" / "hi-hainan-yzcy145.txt").read_text("utf-8")
    assert HAINAN in opening and HAINAN_BATCH in opening
    assert quoted("jx-jiangxi-gyshiewu", "打造7個(gè)主營業(yè)務(wù)收入超千億元的重點(diǎn)園區(qū)。")


def test_a_money_grade_before_a_counted_noun_is_no_amount():
    assert [r[2:4] for r in target_rows(ZHUSHAN, 2024)] == [(200, "个"), (200, "亿元")]
    assert [r[2:4] for r in target_rows(WUXUAN, 2022)] == [(3, "个"), (4, "个"), (44, "个")]
    assert [r[2:4] for r in target_rows(HAINAN, 2021)] == [(5, "家"), (1, "家")]
    # 湖南 2021 旅游 (http://buildfuture.com.cn/36241.html): 培育形成旅游總收入千億元地級市3個、百億元縣市區30個
    hunan = target_rows(passage("hn-hunan-lyxd2021", 0), 2021)
    assert [r[2] for r in hunan if "千億元地級市" in r[0] or "百億元縣市區" in r[0]] == [3, 30]
    # 江西 工业 十二五 (http://www.usllm.cn/news/show.php?itemid=68034): 打造7個主營業務收入超千億元的重點園區
    jiangxi = target_rows(passage("jx-jiangxi-gyshiewu", 0), 2011)
    assert [r[2:4] for r in jiangxi if "園區" in r[0]] == [(7, "個(gè)")]


def test_a_money_grade_with_nothing_counted_stays_unread():
    assert [r for r in target_rows(LINTAO, 2023) if r[3] == "万元"] == []
    assert [r[2:4] for r in target_rows(LINTAO, 2023)] == [(28, "个")]
    assert [r for r in target_rows(HAINAN_BATCH, 2021) if r[3] == "亿元"] == []
