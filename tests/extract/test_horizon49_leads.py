"""A lead paragraph that states the years ahead alone (未来五年,X将…) dates the undated goal paragraphs after it (horizon49;
MISSES-fresh48.md row 1), from dev pages of the corpus; and where such a lead does not carry."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years


def _years(text: str, plan_year: int) -> dict[float, int | None]:
    return {t.value: t.year for t in extract_text(text, plan_year=plan_year).targets}


# 宝鸡 2022 (陕西), http://shyushe.cn/shehui/2022/203377.html, dev (tests/fixtures/real/passages/sn-baoji-gzlfz2026.json,
# passages 2 and 3, printed with readings)
_BAOJI_LEAD = ("“省第十四次黨代會(huì)明確了‘強(qiáng)化寶雞制造業(yè)高質(zhì)量發(fā)展排頭兵和副中心城市地位’的定位要求,"
               "這與寶雞市‘一四五十’戰(zhàn)略高度契合。”段小龍表示,未來(lái)五年,寶雞市將聚焦高質(zhì)量發(fā)展主題,"
               "通過(guò)十個(gè)方面的努力,推動(dòng)省第十四次黨代會(huì)精神在寶雞落地。")
_BAOJI_INDUSTRY = ("構(gòu)建高質(zhì)量發(fā)展現(xiàn)代產(chǎn)業(yè)體系。堅(jiān)定不移做強(qiáng)工業(yè),構(gòu)建“45511”現(xiàn)代產(chǎn)業(yè)體系,"
                   "四大優(yōu)勢(shì)產(chǎn)業(yè)產(chǎn)值全部突破千億元,戰(zhàn)略性新興產(chǎn)業(yè)增加值占GDP比重達(dá)到15%以上。")
_BAOJI_FIRMS = ("增強(qiáng)高質(zhì)量發(fā)展創(chuàng)新動(dòng)力。培育100戶以上“專精特新”和“隱形冠軍”企業(yè),"
                "科技型中小企業(yè)和高新技術(shù)企業(yè)數(shù)量分別達(dá)到350戶、300戶以上,"
                "新增主板、新三板、區(qū)域股權(quán)交易中心上市掛牌企業(yè)170戶以上。")
# 洞口 2016 (湖南), https://www.shaoyang.gov.cn/shaoyang/qxdt/201612/2e4f3d09c82546b39577e71c9a2f8ed8.shtml, dev
# (hn-dongkou-wnmb2016.json, passage 1)
_DONGKOU_TITLE = "11月30日闭幕的洞口县第十七届人民代表大会第一次会议,确定了未来五年转型升级发展路径。"
_DONGKOU_LEAD = ("未来五年,该县确定紧紧围绕“六县建设”目标,以脱贫攻坚总揽全县经济社会发展全局,以产业提升、城市提质、生态环保、"
                 "民生改善和制度完善为着力点,加速新型工业化、新型城镇化、信息化、农业现代化、绿色化进程,"
                 "将洞口建成邵阳市域副中心城市、邵阳西南部综合交通枢纽。")
_DONGKOU_GOALS = ("今后五年,该县经济社会发展的主要目标是:到“十三五”末,地区生产总值达到214.9亿元,年均增长10%;"
                  "财政总收入达到15.14亿元,年均增长12%;城镇居民可支配收入达到33843元,年均增长10%;"
                  "农村居民人均可支配收入达到13127元,年均增长11%。城镇常住人口达到43万人以上,城镇化率达到49%以上。")
_DONGKOU_LEVELS = "城镇常住人口达到43万人以上,城镇化率达到49%以上。"


def test_a_lead_of_the_years_ahead_dates_the_goal_paragraphs_after_it() -> None:
    # 未来五年 of a 2022 page ends in 2026 (as 同安 and 香洲 count it; the page's own 到2026年 agrees)
    found = _years("\n".join([_BAOJI_LEAD, _BAOJI_INDUSTRY, _BAOJI_FIRMS]), 2022)
    assert found[1000] == 2026 and found[15] == 2026
    assert found[100] == 2026 and found[350] == 2026 and found[300] == 2026 and found[170] == 2026
    # the same lead in another place's words: 未来五年 of 2016 ends in 2020
    assert _years(_DONGKOU_LEAD + "\n" + _DONGKOU_LEVELS, 2016) == {43: 2020, 49: 2020}


def test_the_lead_opens_its_clause_before_a_comma() -> None:
    marks = [m for m in years("段小龙表示,未来五年,宝鸡市将聚焦高质量发展主题", 0, 0, 2022) if m.ahead]
    assert marks and marks[0].opens and marks[0].year == 2026
    # 确定了未来五年转型升级发展路径: the years a meeting's decisions cover, no time of a clause (洞口's first line)
    assert not any(m.opens for m in years(_DONGKOU_TITLE, 0, 0, 2016))
    assert _years(_DONGKOU_TITLE + "\n" + _DONGKOU_LEVELS, 2016) == {43: None, 49: None}


def test_a_paragraph_that_states_its_own_year_keeps_it() -> None:
    # 洞口: the goals paragraph after the lead dates itself (到“十三五”末), its levels with it
    found = _years("\n".join([_DONGKOU_TITLE, _DONGKOU_LEAD, _DONGKOU_GOALS]), 2016)
    assert found[214.9] == 2020 and found[43] == 2020
    # 雅安 2022 (四川), http://www.wwwfh2222.com/news/m/2022-01-10/detail-ikyakumx9306090.shtml?from=sc_cnxh, dev
    # (sc-yaan-zfgzbg2022.json, passage 1): a milestone before the horizon's end keeps its own year
    text = ("報告指出,今後五年,雅安將加快建設川藏鐵路第一城、綠色發展示範市,在新的起點上奮力開創雅安高質量發展新局面。\n"
            "到2023年,全市地區生產總值邁上千億元臺階;到2026年,全市地區生產總值突破1300億元。")
    assert _years(text, 2022) == {1000: 2023, 1300: 2026}


def test_a_review_of_the_years_past_is_no_lead() -> None:
    # 蕲春 2021 (湖北), http://www.nsbwy.com/content/2021-11/09/content_14235479.html, dev (hb-qichun-zfgzbg2021.json,
    # passage 1): 过去五年 reviews; the history it reports is no target, and 未来五年 there dates no goal of its own
    text = ("過去五年,蘄春縣新建學校11所,建成鄉鎮“四化”衛生院22家,縣人民醫院成為三級綜合醫院,“就學難、看病貴”問題得到緩解。"
            "未來五年,該縣將不斷推進普惠性、基礎性、兜底性民生事業,文化教育更有內涵,衛生健康更有保障。")
    assert _years(text, 2021) == {}
