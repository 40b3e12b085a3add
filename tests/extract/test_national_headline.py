"""A page whose headline opens with a central body's name, and which names no place, is placed in 全国
(``metadata/national.py``, round 50, meta17). Sentences are the openings of dev pages of openings16 and openings9."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _region(text: str) -> str | None:
    text = normalise(text)
    return extract_document(split_lines(text), text)[0].region


def test_ministry_reply_news_is_national() -> None:
    # http://www.zhashuizhaopin.com/index.php?c=show&id=1136 (openings16, 农业农村部's 2021 reply)
    text = ("農業(yè)農村部答復人大代表關于富硒農業(yè)發展\n"
            "時間:2021-07-22 10:16:12 來源: 已閱讀:0次\n"
            "近日,農業(yè)農村部就全國人大代表有關支持安康市大力發展富硒產業(yè)的建議作出答復。\n"
            "答復表示,加快富硒產品開發,大力發展富硒產業(yè),有利于促進脫貧攻堅與鄉(xiāng)村振興有機銜接。\n")
    assert _region(text) == "全国"


def test_bureaus_headline_is_national() -> None:
    # http://jxjiajian.cn/Industry/IndustryInfo_272108.html (openings16, the 十部门 2021 竹产业 opinion)
    text = ("國家林草局等十部門(mén)部署加快推進(jìn)竹產(chǎn)業(yè)創(chuàng )新發(fā)展\n\n"
            "2021-12-02來(lái)源:林草中國熱度:11356\n\n"
            "近日,國家林業(yè)和草原局、國家發(fā)展改革委、科技部、財政部、中國證監會(huì )10部門(mén)聯(lián)合印發"
            "《關(guān)于加快推進(jìn)竹產(chǎn)業(yè)創(chuàng )新發(fā)展的意見(jiàn)》。\n")
    assert _region(text) == "全国"


def test_tagged_state_council_headline_is_national() -> None:
    # http://083200.cn/display.php?id=26 (openings9, 国办 2018 运输结构调整 行动计划 on a mirror)
    text = ("重磅!國務(wù)院辦公廳關(guān)于印發(fā)推進運輸結(jié)構(gòu)調(diào)整三年行動計劃(2018—2020年)的通知\n"
            "發(fā)布日期:2018-10-15 瀏覽次數(shù):2735\n"
            "為貫徹落實黨中央、國務(wù)院關(guān)于推進運輸結(jié)構(gòu)調(diào)整的決策部署,打贏藍(lán)天保衛(wèi)戰(zhàn),"
            "制定本行動計劃。\n一、總體要求\n")
    assert _region(text) == "全国"


def test_local_body_headline_keeps_its_place() -> None:
    # a county body's headline names its place: no 全国 (shape of ah-shexian-scxc, openings)
    text = ("歙县人民政府发布松材线虫病防控应急预案\n\n"
            "为贯彻落实《安徽省人民政府办公厅关于进一步加强松材线虫病防治工作的通知》精神,日前,歙县人民政府"
            "发布了《歙县松材线虫病防控应急预案》。\n")
    assert _region(text) != "全国"


def test_state_council_reply_to_a_place_is_not_national() -> None:
    # http://www.madecom.cn/blog/… (openings, cn-guowuyuan-nbgxq2007, 国函〔2007〕2号 on a mirror): a reply granting a place's request is placed by
    # its subject, not by the State Council that signs it
    text = ("國務院關(guān)于同意寧波省級高新技術(shù)產(chǎn)業(yè)\n"
            "開發(fā)區(qū)升級為國家高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)的批復\n國函〔2007〕2號\n浙江省人民政府:\n")
    assert _region(text) != "全国"


def test_ordinal_is_no_ministry() -> None:
    # http://shfjr.com/newsd/id/52624.html (openings16, 福建 条例 news): 中国第一部… counts laws, it names no ministry
    text = ("中国第一部促进茶产业发展的地方性法规——《福建省促进茶产业发展条例》6月1日起正式施行,以助推闽台交流合作。\n"
            "《福建省促进茶产业发展条例》在明确政府及相关部门职责方面作出创新规定。\n")
    assert _region(text) != "全国"


def test_headline_reading_is_linear() -> None:
    from kechuang.extract.metadata.national import national_headline

    # a headline of one character that never closes a body's name, read to its end at worst
    assert_linear(national_headline, lambda n: split_lines("国" * (40000 * n) + "\n"))
