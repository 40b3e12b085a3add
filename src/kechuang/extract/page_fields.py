"""What a policy page prints around the document: its metadata table (发文字号, 成文日期, 发布日期…), and the
places that name whose document it is.

Government sites print a table of fields before the text, in many layouts: ``发文字号: 怀政办〔2022〕15号``,
``发文字号: | 蛟政发〔2022〕10号 |``, ``文  号 内政发〔2013〕62号`` (no colon), ``成文日期: | 2022年10月25日 |``,
``发布日期: 2022- 04- 27``. The readers here are bounded searches over one line at a time.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules

CJK = r"\u4e00-\u9fff"
# A 文号: issuer code, year in brackets (〔〕 [] 【】 ()), number, 号 (or the traditional 號).
# Some converters print 〔〕 as „‟ (国办发„2009‟3号).
# Pages converted to traditional characters by some mirrors print a phonetic reading after a character
# (大政發(fā)〔2023〕9號(hào), 云科規(guī)〔2023〕8號(hào)): kept inside the code as printed, dropped after 號.
READING = r"(?:\([a-z\u00e0-\u01dc]{1,6}\))?"
DOC_NUMBER = re.compile(rf"(?:(?:发文字号|發文字號|文号|文號)\s*[::|]?\s*\|?\s*)?((?:[{CJK}]{READING}){{1,12}})\s*"
                        rf"[〔\[【(„]\s*(\d{{4}})\s*[〕\]】)‟]\s*(第?\d{{1,5}})\s*([号號]){READING}")
_FIELD_NUMBER = re.compile(r"(发文字号|發文字號|文号|文號)")
_DATE = r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})"
# The signature's date as a page field (成文日期) and the publishing date (发布日期, 发布时间, 日期…).
SIGNED_FIELD = re.compile(rf"(?:成文日期|发文日期|印发日期|签发日期|成文时间|发文时间|印发时间)"
                          rf"\s*[::|]?\s*\|?\s*{_DATE}")
PUBLISHED_FIELD = re.compile(rf"(?:发布时间|发表时间|发布日期|公开日期|(?<!成文)(?<!发文)(?<!印发)(?<!签发)日期|"
                             rf"(?<!成文)(?<!发文)(?<!印发)时间|"
                             rf"^\[[^\[\]]{{2,30}}\])\s*[::|]?\s*\|?\s*{_DATE}")
# A page's information line: a date and the source, views or font-size controls (2006年03月22日 來源:…).
INFO_LINE_DATE = re.compile(rf"{_DATE}(?=[^\n]{{0,60}}?(?:来源|來源|浏览|瀏覽|点击|點擊|字号|字號|阅读))")
# The issuing body as a page field (发文机关: …) or before the date ([杞县人民政府]2016-05-09).
ISSUER_FIELD = re.compile(rf"(?:(?:发文机关|发文单位|发文部门|发文机构|发布机构|发布单位|制发机关)\s*[::|]?\s*\|?|^\[)"
                          rf"\s*([{CJK}() ]{{2,60}}?)\s*(?:\||\]|$|[{CJK}]{{2,6}}[::])")
# The document's title as a page field (发文标题: …, 名  称: …, 标  题 | … |).
TITLE_FIELD = re.compile(r"^(?:发文标题|文件标题|文件名称|标\s*题|名\s*称)\s*[::|]\s*\|?\s*([^|]{4,150}?)"
                         r"\s*(?:\|[\s|]{0,6})?$")
# A government order's number (政府令): 渝府令第 121 号, 成都市人民政府令 / (第128号), 国务院令第588号.
ORDER_NUMBER = re.compile(rf"^([{CJK}]{{1,16}}令)\s*([((]?\s*第\s*\d{{1,5}}\s*号\s*[))]?)$")
# A 文号 closing a notice's title: …的通知(岳办发〔2017〕2号).
_TITLE_NUMBER = re.compile(r"[((]([^()()]{1,12}[〔\[【]\d{4}[〕\]】]\d{1,5}[号號])[))]$")


def format_number(m: re.Match) -> str:
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}{m.group(4)}"


def doc_number_in_field(text: str) -> re.Match | None:
    """The 文号 of a metadata field (发文字号: …) or of a notice title's closing parentheses."""
    if _FIELD_NUMBER.search(text):
        m = DOC_NUMBER.search(text[_FIELD_NUMBER.search(text).start():])
        if m:
            return m
    tail = _TITLE_NUMBER.search(text)
    return DOC_NUMBER.fullmatch(tail.group(1)) if tail else None


@cache
def _rules() -> dict:
    return load_rules("places")


_SUFFIX = "自治县|自治州|自治区|特别行政区|新区|县|区|市|旗|盟|州|省"
# Development zones are bodies with a place of their own (金华经济技术开发区, 成都高新技术产业开发区, 西安高新区).
_ZONE = "经济技术开发区|高新技术产业开发区|新技术产业开发区|经济开发区|高新区|开发区|工业园区|新区"
_LOCAL_SUFFIX = "县|区|市|旗|镇|乡|新区|街道|自治县"
_NOT_PLACE = re.compile(r"关于|印发|加快|推进|建设|实施|创新|发展|科技|工作|人民|政府|办公|全面|进一步|深化|"
                        r"县域|市域|区域")


def region_of(name: str | None) -> str | None:
    """The place a title or an organisation names as its own: the deepest of the places that open it
    (重庆市万州区龙驹镇… → 龙驹镇, 灵寿县县域… → 灵寿县, 中共岳阳市委办公室 → 岳阳市, 河北雄安新区 → 雄安新区)."""
    if not name:
        return None
    name = name.removeprefix("中共")
    province = next((p for p in _rules()["province_short_names"] if name.startswith(p)), None)
    if province and not re.match(rf"{province}(省|市|自治区|壮族|回族|维吾尔|{_ZONE})", name):
        name = name[len(province):]  # 河北雄安新区: the province's short name before its place
    m = (re.match(rf"([{CJK}]{{2,4}}?(?:{_ZONE}))", name) or re.match(rf"([{CJK}]{{2,7}}?(?:{_SUFFIX}))", name)
         or re.match(rf"([{CJK}]县)", name))
    if not m or _NOT_PLACE.search(m.group(1)) or m.group(1)[0] in "全本我各该每":
        return None
    region, pos = m.group(1), m.end()
    while True:
        nxt = re.match(rf"([{CJK}]{{2,4}}?(?:{_LOCAL_SUFFIX}))", name[pos:])
        if not nxt or _NOT_PLACE.search(nxt.group(1)) or nxt.group(1)[0] in "县市区省":
            return region
        region, pos = nxt.group(1), pos + nxt.end()


def is_national(issuer: str) -> bool:
    """A body of the central government (国务院办公厅, 科技部, 国家发展改革委…): its documents are 全国's."""
    rules = _rules()
    return issuer.startswith(tuple(rules["national_prefixes"])) or issuer in rules["national_bodies"]


# A government work report (政府工作报告): "——在东乌珠穆沁旗第十六届人民代表大会第一次会议上", the speaker
# "东乌旗人民政府代旗长 周玉龙", the date it was delivered "(2022年1月5日)" or "——2007年2月8日在泾县…会议上".
_CONGRESS = re.compile(rf"——\s*(?:(\d{{4}})年(\d{{1,2}})月(\d{{1,2}})日)?\s*在([{CJK}]{{2,12}}?)"
                       rf"第[一二三四五六七八九十]{{1,4}}届人民代表大会")
_SPEAKER = re.compile(rf"([{CJK}]{{2,16}}人民政府)代?(?:省长|市长|县长|区长|旗长|州长|盟长|主席)")
_DELIVERED = re.compile(r"[((](\d{4})年(\d{1,2})月(\d{1,2})日[))]")


def work_report(lines: list[str]) -> tuple[str | None, tuple[str, str, str] | None, str | None]:
    """(issuer, (year, month, day) delivered, region) read from the opening lines of a work report."""
    issuer = date = region = None
    for text in lines:
        if (m := _CONGRESS.search(text)) and not region:
            region = m.group(4)
            date = date or (m.groups()[:3] if m.group(1) else None)
        elif (m := _SPEAKER.match(text)) and not issuer:
            issuer = m.group(1)
        elif (m := _DELIVERED.fullmatch(text)) and not date:
            date = m.groups()
    return issuer, date, region
