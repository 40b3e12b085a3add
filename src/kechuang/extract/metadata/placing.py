"""The document's region, once its title, issuers and fields are read: the places its title, its bodies, its fields, a
news lead and its text name, in the order they win (moved out of the package's ``__init__``, which was at its limit)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata import cues
from kechuang.extract.metadata.addressed import addressed_place
from kechuang.extract.metadata.central_issue import local_bodies
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.metadata.fields import ISSUER_FIELD, SOURCE_FIELD, field_value
from kechuang.extract.metadata.region import (
    body_region,
    in_title_form,
    is_national,
    national_title,
    province_named,
    region_of,
    township_of,
)
from kechuang.extract.metadata.reply_place import reply_place
from kechuang.extract.metadata.selfplace import named_place, own_place
from kechuang.extract.metadata.title import ABOUT
from kechuang.extract.metadata.zones import area_of, zone_of
from kechuang.extract.rules import simplified

# 关于2024年阳东区十件民生实事…; a title that opens with its year or period, the place after it (2021年連云港市50件民生
# 實事…, 2023年新余市政务公开工作要点, 2018-2030年廣東省云浮市云城區水土保持規劃: ilynn 2018)
_ABOUT_YEAR = re.compile(rf"^{ABOUT}对?(?:\d{{4}}年度?)?|^\d{{4}}(?:\s*[-—~至]\s*\d{{4}})?\s*年度?")
# Whom only the central government's bodies address (各省、自治区、直辖市人民政府, 各省、自治区、直辖市科协科普部,
# 各省、自治区、直辖市及计划单列市科技厅): a document sent to every province is national, whatever body signs it
# (中国科学技术协会 2007 科普日, 全民科学素质纲要实施工作办公室 2018, beside the 国务院 and 科技部 pages).
# a long list cut after its 、 too, when the line opens with it (a sentence wrapped after 、 quotes it: review 13)
_TO_PROVINCES = re.compile(r"各省、自治区、直辖市[^。]{0,200}[::]\s*$|^\s*各省、自治区、直辖市[^。,，要]{0,200}、\s*$")


def document_region(region: str | None, title: str | None, issuer: list[str], issuers: list[str],
                    rows: list, news, lines: list[Line], limit: int) -> str | None:
    """The region a work report placed (``region``) or the one the page's title, bodies, fields and text name."""
    region = (region or zone_of(title) or area_of(title) or cues.named_area(title) or region_of(title)
             or province_named(title) or next((r for o in issuer if (r := body_region(o))), None)
             or next((r for o in issuers if (r := body_region(o))), None)  # signed 省政府办公厅: the notice's
             or township_of(title)  # the issuer's place before a title's town (特色镇…: review 13)
             or region_of(_ABOUT_YEAR.sub("", title or "")))  # 关于2024年阳东区十件民生实事完成情况的通报
    # 关于下村乡…的批复: the place it is about; a county's own region stands against a city or another county its
    # title's verb phrase seems to name (某县人民政府关于同意增加城市绿地的批复: review 9)
    region = in_title_form(reply_place(title, region) or region, title)
    if not region:  # 县人民政府关于…: the page's fields name the body in full (发文单位: 通山县人民政府)
        # (a field is searched for only where the rows, read in simplified characters, hold its labels' first
        # characters: 发, 制 or 颁 opening every 发文机关-like label, a row opening with [ the other branch; 源 of 来源)
        plain = "\n".join([row[0] for row in rows])
        fields = ((ISSUER_FIELD,) if any(map(plain.__contains__, "发制颁")) or any(row[0][:1] == "[" for row in rows)
                  else ()) + ((SOURCE_FIELD,) if "源" in plain else ())
        region = next((r for field in fields for row in rows if field.search(row[0])
                       and (value := field_value([row], field)) and (r := region_of(strip(value)))), None)
    # a central body among bodies that name no place (應急管理部 and 中國地震局, 2022): a national document
    if not region and issuer and any(is_national(o) for o in issuer):
        region = "全国"
    if not region and news:  # the bodies a news lead names place the document (甘肃省政府, 国务院办公厅)
        region = next((r for b in news.bodies if (r := body_region(b))), None) or (
            "全国" if any(is_national(b) for b in news.bodies) and not local_bodies(lines, news.bodies) else None)
    # read through a mirror's readings (各省、自治區(qū)、直轄市人民政府,新疆生產(chǎn)建設(shè)兵團:, 教育部 2018)
    if not region and cues.read(lines, "辖", "轄", count=limit + 40) and any(  # the cue: 直辖市
            _TO_PROVINCES.search(simplified(unread(ln.text)[0])) for ln in lines[:limit + 40]):
        region = "全国"  # addressed to 各省、自治区、直辖市…: a central body's document (see ``_TO_PROVINCES``)
    if not region:  # 我市 beside a body or a title of its place (中共广州市委、广州市人民政府…): ``own_place``
        body = [ln.text for ln in lines[limit:limit + 80] if ln.text and not ln.chrome]
        region = own_place(body) or ("全国" if national_title(title) else None) \
            or named_place(opening := [ln.text for ln in lines[:60] if not ln.chrome]) \
            or cues.own_province(opening)  # 我省 and one province named (在廣東全面建設…): ``ownprovince``
    if not region:  # a city notice's addressee naming the city's own zone (苏州工业园区…;市各委办局): ``addressed``
        region = addressed_place(lines)
    region = in_title_form(region or cues.national_headline(lines), title)  # 农业农村部答复…; 美丽广西…
    return region
