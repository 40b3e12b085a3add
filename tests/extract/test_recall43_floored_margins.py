"""recall43 (session 43): a margin over a peer's figure set as a floor (高于全市N个百分点以上) is a target.

count_candidate refused every count of percentage points after a comparison (高于全国1.5个百分点: a comparison, not a
commitment), since reports print a measured rate with its margin over the province's or the nation's. A plan that sets
the margin as its goal prints it with a floor, 以上, which no measured margin carries; two dev documents of different
places print that shape and their gold reads each margin as an increase of its indicator:
  宁夏 2021 工业经济 news (https://chinawznews.net/xianqu/2021122455432.html, dev)
  天衢新区 (德州) 2024 政府工作报告 news (http://m.nxhuan.com/renwu/p/1648540.html, dev)
The measured margins of reports (no floor) stay unread. Sentences verbatim from dev pages, addresses above each test.
"""

from __future__ import annotations

from tests.extract.passages import target_rows


# 宁夏 2021 (https://chinawznews.net/xianqu/2021122455432.html, dev): the margin over the region's average growth
def test_a_floored_margin_over_the_regions_average_is_an_increase():
    rows = target_rows("此外,我区还将以培育龙头企业和“专精特新”企业为重点,健全政策导向机制,强化对优质企业资金、人才等方面"
                 "重点扶持,力促龙头企业产值增速高于全区平均增速1个百分点以上,占比提升2个百分点以上。", None)
    assert ("龙头企业产值增速", "increase", 1, "个百分点", None) in rows
    # the share's rise after it still reads (its bare 占比 now takes the subject before it: 龙头企业产值增速占比)
    assert any(r[0].endswith("占比") and r[1:] == ("increase", 2, "个百分点", None) for r in rows)


# 天衢新区 2024 (http://m.nxhuan.com/renwu/p/1648540.html, dev): the margin over the city's, the page in traditional
# characters with a mirror's readings, its name as printed (the first margin, `…2個百分點以上來安排`, goes on to a verb
# and is left unread)
def test_floored_margins_over_the_citys_in_a_traditional_page():
    rows = target_rows("2024年是天衢新區(qū)“一年破題起勢、三年快速發(fā)展、五年取得突破”的關(guān)鍵一年。我們將落實市委、市政府"
                 "“三個高于、五個走在前、七個爭上游”部署和按照“全市爭一流、全省開發(fā)區(qū)位次不斷前移、爭當省級新區(qū)發(fā)展"
                 "速度領(lǐng)頭羊”目標,主要經(jīng)濟指標按照高于全市2個百分點以上來安排,一般公共預(yù)算收入高于全市7個百分點"
                 "以上,統(tǒng)籌高質(zhì)量發(fā)展和高水平安全。", 2024)
    assert ("一般公共預(yù)算收入", "increase", 7, "個百分點", 2024) in rows


# 德阳 2020 工业经济 (http://www.deyang.gov.cn/gk/zfxxgk/fdnr/zfwjjjd/fzfbgswj/dbh/982969.htm, dev): measured margins over the province's and the nation's, no floor — history, unread
def test_measured_margins_without_a_floor_stay_unread():
    rows = target_rows("全市规模以上工业增加值增长8.8%,高于全省增速0.8个百分点,高于全国增速3.1个百分点。", 2020)
    assert all(r[3] != "个百分点" for r in rows)


# 安徽 2023 农业农村 (http://m.villageflemington.com/content/detail/65d536457f8b9a0d1e8b456a.html, dev): margins
# printed after measured rates, no floor — unread
def test_a_margin_after_a_measured_rate_stays_unread():
    rows = target_rows("高標準農田占比達75.2%,比全國高20個百分點;農作物耕種收綜合機械化率達85%、高于全國10個百分點;"
                 "秸稈綜合利用率和畜禽資源化利用率分別達93%、83%,均高出全國5個百分點;農業科技進步貢獻率達66.5%、"
                 "比全國高3.5個百分點。", 2024)
    assert all(r[3] not in ("个百分点", "個百分點") for r in rows)


# constructed negative (no page): a floored margin after last year's measured growth is history
def test_a_floored_margin_in_a_done_report_stays_unread():
    rows = target_rows("2023年,全县规模以上工业增加值同比增长9.1%,高于全市平均水平2个百分点以上,居全市第一位。", 2024)
    assert all(r[3] != "个百分点" for r in rows)
