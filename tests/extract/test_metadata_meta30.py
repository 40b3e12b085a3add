"""Round meta30: bases a page names by a short name it defines, or with a revision's mark (docs/fresh-misses.md,
the pooled ``basis`` row of fresh29).

Two forms, each from real dev pages (address in the comment above each excerpt), each settled by
tests/fixtures/real/openings/DECISIONS.md: a short name the page defines (下稱《行動計劃》, 以下简称《实施计划》) names
the document again, not a basis (first batch: a short form is no basis); a revision's mark inside a cited title's
《》 (`(修编)`, `(2022年修訂)`) is dropped, `(试行)` kept (first batch, openings10, openings18). Bases that must stay
are tested too.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.metadata.editions import without_edition
from kechuang.extract.metadata.short_names import defined_short_names

# http://zzkailai.com/newdetail-440366.html (四川 2021 重點特色園區培育三年行動計劃, a news print)
SICHUAN = """近日,省委政策研究室下發了《四川省 5 1 重點特色園區培育三年行動計劃(2021-2023年)》(下稱《行動計劃》),在其中,雅安市四川雅安開發區互聯網大數據產業基地、四川蘆山翠綠色聰慧紡織品園、滎經新都橋新型建筑材料產業基地、四川天全開發區翠綠色載能特點產業園區、四川漢源千萬里翠綠色載能產業園區等五個產業園區列入關鍵產業園區培養名冊。
依據《行動計劃》,到2023年底,我省將建一百個上下落實綠色發展理念、優點突顯、自主創新作用完善的關鍵特點產業園區。每一個特點產業園區的優勢產業主營業務收入占有率超出70%,高新科技產業鏈主營業務收入占有率超出25%,每一個特點產業園區最少完工一個省部級之上自主創新服務平臺,畝均主營業務收入年平均提高7%上下,產生較健全的系統化、社會化運營管理管理體系。
《行動計劃》執行期內,省部級方面將對列入培養名冊的特點產業園區新項目給與優先選擇適用。三年后,滿足條件的產業園區經省經濟發展和信息化管理廳報省委愿意后,將宣布評定為四川省 5 1 關鍵特點產業園區。
"""
# http://yanzhou.gov.cn/art/2022/12/27/art_36648_2752134.html (兖州 2022 全民健身实施计划's 批复)
YANZHOU = """标题 济宁市兖州区人民政府关于《济宁市兖州区全民健身实施计划(2021—2025年)》的批复
发文字号 济兖政字〔2022〕27号 有效性 有效
济宁市兖州区人民政府关于《济宁市兖州区全民健身实施计划(2021—2025年)》的批复
发布日期: 2022-12-27 15:27 信息来源:兖州区政府办 浏览次数:

区体育事业发展中心:

你单位《关于申请批复〈济宁市兖州区全民健身实施计划(2021—2025年)〉的请示》(兖体字〔2022〕36号)收悉。经研究,批复如下:

一、原则上同意《济宁市兖州区全民健身实施计划(2021—2025年》(以下简称《实施计划》),并由你单位负责印发实施。

二、《实施计划》的实施,要坚持以习近平新时代中国特色社会主义思想为指导,坚持体育事业公益性,逐步完善符合我区区情、比较完整、覆盖城乡、可持续的全民健身公共服务体系,保障公民参加体育健身活动的合法权益,促进全民健身与竞技体育协调发展,扩大竞技体育群众基础,丰富人民群众精神文化生活,形成健康文明的生活方式,提高全民族身体素质、健康水平和生活质量,促进人的全面发展,促进社会和谐和文明进步,努力奠定建设体育强区的坚实基础。

三、各镇(街道)人民政府(办事处)要切实加强组织领导,落实主体责任,加大支持力度,依据《实施计划》提出的目标任务,切实推动全民健身工作实现新发展。

四、区政府有关部门和单位要根据职责分工,密切配合,加强协作。区体育事业发展中心要牵头做好《实施计划》的组织实施工作,加强跟踪分析和督促检查,认真研究解决《实施计划》实施过程中出现的问题,重大情况及时按程序向区政府报告,确
"""
# http://zzdanganguan.com/shtml/563/1729/detail_1.shtml (漳州 2020 渔业防台风应急预案)
ZHANGZHOU = """漳州市海洋与渔业局关于印发 《漳州市渔业防台风应急预案》的通知

漳海渔〔2020〕32号

发布时间:2021.05.27来源:点击率:0

沿海各县(市)、龙文区、古雷开发区、漳州开发区和台商投资区渔业行政主管部门,局属各事业单位:

现将修订后的《漳州市渔业防台风应急预案》印发给你们,请结合实际抓好贯彻落实。原《漳州市渔业防台风应急预案》(漳海渔〔2019〕27号)同时废止。



附件:漳州市渔业防台风应急预案





                                漳州市海洋与渔业局

                                   2020年6月5日

                 附件

漳州市渔业防台风应急预案



1. 总则

1.1 编制目的

建立健全渔业防台风应急响应机制,积极应对台风灾害,保证渔业防台风工作有序、高效进行,最大程度地减少人员伤亡和财产损失。

1.2 编制依据

依据《福建省实施<中华人民共和国渔业法>办法》、《福建省渔业防台风应急预案》(闽海渔〔2020〕33号)、《漳州市防台风暴雨洪涝应急预案(修编)》、《漳州市自然灾害救助应急预案》等有关规定,制定本预案。
"""
# http://lyyvip.com/zwgk/zcwj/zcjd/4317927.shtml (米易 2022 森林草原火災應急預案's 解读)
MIYI = """《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》的政策解讀
來(lái)源:米易縣政府辦公室 發(fā)布時(shí)間:2022-08-23 選擇閱讀字號(hào):[ 大 中 小 ] 閱讀次數(shù): 0
《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》的政策解讀
2022年8月22日,米易縣人民政府辦公室印發(fā)《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》,現(xiàn)對(duì)文件進(jìn)行解讀。
一、編制依據(jù)
依據(jù)《中華人民共和國(guó)森林法》《中華人民共和國(guó)草原法》《森林防火條例》(國(guó)務(wù)院令第541號(hào))、《草原防火條例》(國(guó)務(wù)院令第542號(hào))、《四川省森林防火條例》(省人大常委會(huì)公告第5號(hào))、《國(guó)家森林草原火災(zāi)應(yīng)急預(yù)案》《四川省森林草原火災(zāi)應(yīng)急預(yù)案》《攀枝花市森林草原防滅火條例》《攀枝花市突發(fā)公共事件總體應(yīng)急預(yù)案(試行)》《攀枝花市人民政府關(guān)于調(diào)整完善攀枝花市應(yīng)急委員會(huì)的通知》(攀府函〔2019〕120號(hào))、《攀枝花市人民政府辦公室關(guān)于調(diào)整完善森林草原防滅火工作體制機(jī)制的通知》(攀辦發(fā)〔2020〕93號(hào))、《攀枝花市森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》(攀辦發(fā)〔2022〕34號(hào))等有關(guān)法律法規(guī)和文件,制定本預(yù)案。
"""


def _basis(text: str) -> list[str]:
    return extract_text(text).document.basis


def test_a_short_name_the_news_defines_is_no_basis() -> None:
    # 依據《行動計劃》 cites the plan the news reports by the short name its first sentence defines
    assert "行動計劃" not in _basis(SICHUAN)


def test_a_short_name_a_reply_defines_is_no_basis() -> None:
    # 依据《实施计划》提出的目标任务: the plan the 批复 approves, by the name its first item gives it
    assert "实施计划" not in _basis(YANZHOU)
    assert _basis(YANZHOU) == []


def test_the_short_names_a_page_defines() -> None:
    assert defined_short_names(SICHUAN) == {"行動計劃"}
    assert defined_short_names(YANZHOU) == {"实施计划"}
    assert defined_short_names(ZHANGZHOU) == set()
    # (以下简称《科学素质纲要》) and (簡稱:“《規劃》”) define names too; a 简称 without 《》 defines none here
    assert defined_short_names("《全民科学素质行动计划纲要》(以下简称《科学素质纲要》)") == {"科学素质纲要"}
    assert defined_short_names("《黄河流域生态保护规划》(以下简称“规划”)") == set()


def test_a_revision_mark_inside_the_marks_is_dropped() -> None:
    basis = _basis(ZHANGZHOU)
    assert "漳州市防台风暴雨洪涝应急预案" in basis
    assert "漳州市防台风暴雨洪涝应急预案(修编)" not in basis


def test_a_dated_revision_mark_is_dropped() -> None:
    basis = _basis(MIYI)
    assert "攀枝花市森林草原火災(zāi)應(yīng)急預(yù)案" in basis
    assert not any(b.endswith("修訂)") for b in basis)


def test_bases_that_stay() -> None:
    # the other titles of the same 编制依据 lists, their inner <> and readings as printed
    assert _basis(ZHANGZHOU) == [
        "福建省实施<中华人民共和国渔业法>办法", "福建省渔业防台风应急预案", "漳州市防台风暴雨洪涝应急预案",
        "漳州市自然灾害救助应急预案"]
    assert "中華人民共和國(guó)森林法" in _basis(MIYI)
    assert "森林防火條例" in _basis(MIYI)


def test_without_edition() -> None:
    assert without_edition("漳州市防台风暴雨洪涝应急预案(修编)") == "漳州市防台风暴雨洪涝应急预案"
    assert without_edition("某市突发事件总体应急预案(2012年修订版)") == "某市突发事件总体应急预案"
    assert without_edition("伊川縣地震應急預案(2024年修訂版)") == "伊川縣地震應急預案"
    assert without_edition("某某县科技创新券管理办法(试行)") == "某某县科技创新券管理办法(试行)"
    assert without_edition("河北省大气污染防治条例") == "河北省大气污染防治条例"
    assert without_edition("(修订)") == "(修订)"
