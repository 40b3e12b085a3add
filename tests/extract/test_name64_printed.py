"""A name joined from the words on both sides of its value keeps the page's characters (round name64).

``Paragraph.printed`` gives a name back as printed only when the name is one run of the simplified text; a name
joined around the value (…應急廣播雙向化終端100%覆蓋 → …終端覆蓋) or from a verb and the thing of the target before
it (建成通車高速公路500公里,新開工500公里 → 新開工通車高速公路) is no such run, and came back simplified: the gold
keeps the page's characters (tests/fixtures/real/README.md), so the right value scored as a miss and a spurious."""

from kechuang.extract.pipeline import extract_text


def _names(text: str, year: int) -> list[str]:
    return [t.indicator for t in extract_text(text, plan_year=year).targets]


def test_a_name_joined_around_a_percent_keeps_the_traditional_characters():
    # http://big5.china.com.cn/gate/big5/zjnews.china.com.cn/zj/taizhou/2024-01-22/409255.html (台州 2024 民生实事, dev)
    names = _names("七、夯實應急救援基礎。新增應急救護普及培訓30萬人次以上,開展持證培訓6萬人以上;實現全市行政村、"
                   "20戶以上自然村、災害事故多發易發區域(點)應急廣播雙向化終端100%覆蓋。", 2024)
    assert any(n.endswith("應急廣播雙向化終端覆蓋") for n in names), names
    assert not any("应急广播" in n for n in names)


def test_a_verb_counting_the_thing_before_keeps_the_traditional_characters():
    # http://jzytyy.com/2024/zonglan_0222/525637.html (四川 2024 高速公路 news, dev)
    names = _names("確保2024年建成通車高速公路500公里,新開工500公里,上半年實現高速公路通車總里程突破10000公里。", 2024)
    assert any(n.startswith("新開工") for n in names), names
    assert not any("新开工" in n for n in names)


def test_a_simplified_page_is_left_as_it_is():
    # the same shape printed simplified: the name reads as before
    names = _names("实现全市行政村、20户以上自然村应急广播双向化终端100%覆盖。", 2024)
    assert any(n.endswith("应急广播双向化终端覆盖") for n in names), names


def test_a_rise_named_without_its_base_keeps_the_traditional_characters():
    # http://m.jrszb.cc/politics/2018-08/31/c_1123362565.htm (教育部 2018 近视防控, dev): the base year cut out of the
    # name (在2018年的基礎上) leaves no run of the text
    names = _names("到2030年,力爭實現全國兒童青少年總體近視率在2018年的基礎上每年降低0.5個百分點以上,"
                   "近視高發省份每年降低1個百分點以上。", 2018)
    assert any(n.startswith("全國兒童青少年總體近視率") for n in names), names
    assert not any("儿童" in n for n in names)
