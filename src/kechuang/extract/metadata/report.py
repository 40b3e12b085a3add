"""A government work report (政府工作报告) names its issuer, date and region in its own header."""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK

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
