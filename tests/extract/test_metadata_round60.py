"""Round 60 (meta25): fields dev still missed. A cover's imprint — the body alone on its line over the month the
document was issued — names the issuer when nothing else does, and its partial date lets no posting stamp stand in
for the document's date (``metadata/imprint.py``). Texts are the openings of dev pages, cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.imprint import imprint
from kechuang.text.normalise import normalise

from .timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def test_a_cover_imprint_under_a_broken_title_names_the_issuer() -> None:
    # http://www.eq.gov.cn/zwgk/zdxxgk/ghjh_97670/zfgzbg_149774/202305/t20230511_3390455.html (鄂托克旗 2021)
    text = ("您好,欢迎来到鄂托克旗人民政府!\n鄂托克旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
            "来源:鄂托克旗人民政府\n发布时间:2021-12-31 16:56\n字号:\n鄂托克旗国民经济和社会发展第十四个五年\n"
            "规划和二〇三五年远景目标纲要\n鄂托克旗人民政府\n2021年12月\n  目 录\n"
            "  第一篇  决胜全面建成小康社会取得决定性成就,开启全面建设社会主义现代化鄂托克新征程\n  第一章 发展基础  \n")
    info = _info(text)
    assert info.issuer == ["鄂托克旗人民政府"]
    assert info.date is None  # the imprint's month is partial: the posting stamp does not stand in for it


def test_a_cover_imprint_under_the_congress_note_names_the_issuer() -> None:
    # https://peeveeaar.com/xjfgw/c108365/202112/160ed0a4ba194b109f8a39248e90485f.shtml (克州 2021)
    text = ("克孜勒苏柯尔克孜自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n"
            "(2021年1月3日在克州第十四届人民代表大会第五次会议通过)\n克孜勒苏柯尔克孜自治州人民政府\n二○二一年九月\n目 录\n"
            "克孜勒苏柯尔克孜自治州国民经济和社会发展第十四个\n五年规划和2035年远景目标纲要\n")
    info = _info(text)
    assert info.issuer == ["克孜勒苏柯尔克孜自治州人民政府"]
    assert info.date == "2021-01-03"  # the date the congress adopted it stays


def test_the_notice_signer_wins_over_the_imprint_of_the_plan_it_prints() -> None:
    # http://cqszx.gov.cn/zwgk_260/fdzdgknr/yjgl/xjyjya_xzf/202304/t20230427_11919358.html (石柱 2023)
    text = ("石柱府办发〔2023〕41号\n石柱土家族自治县人民政府办公室\n关于印发《石柱土家族自治县地质灾害\n应急预案》的通知\n"
            "各乡镇(街道)人民政府(办事处),县政府有关部门,有关单位:\n"
            "《石柱土家族自治县地质灾害应急预案》已经县政府同意,现印发给你们,请认真贯彻落实。\n"
            "石柱土家族自治县人民政府办公室\n2023年4月18日\n(此件公开发布)\n石柱土家族自治县地质灾害应急预案\n"
            "石柱县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n目 录\n")
    info = _info(text)
    assert info.issuer == ["石柱土家族自治县人民政府办公室"]
    assert info.date == "2023-04-18"


def test_imprint_needs_a_month_alone_under_a_body_alone() -> None:
    lines = split_lines(normalise("鄂托克旗人民政府\n2021年12月16日\n鄂托克旗人民政府 2021年12月\n"))
    assert imprint(lines) is None


def test_imprint_is_linear() -> None:
    assert_linear(lambda lines: imprint(lines),
                  lambda n: split_lines(normalise("鄂托克旗人民政府\n二○二一年九十\n" * n)))
