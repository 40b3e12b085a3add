"""A government work report (政府工作报告) names its issuer, date and region in its own header."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kechuang.extract.metadata.common import CJK
from kechuang.extract.metadata.dates import run_together

# A government work report (政府工作报告): "——在东乌珠穆沁旗第十六届人民代表大会第一次会议上", the speaker
# "东乌旗人民政府代旗长 周玉龙", the date it was delivered "(2022年1月5日)" or "——2007年2月8日在泾县…会议上".
# Or in brackets, or opening its line: "(2019年1月16日在拱墅区第七届人民代表大会…)", its date perhaps lost
# ("2019116日在拱墅区…": no reading, no date).
# Round 44: the congress may be named by its level alone (——2022年1月7日在市第十六届人民代表大会…, 锡林浩特 2022 计划
# 报告; ——2023年2月2日在县第…届 reads so too): no region is read from it.
_CONGRESS = re.compile(rf"(?:——|^[((]?)\s*(?:(\d{{4}})年(\d{{1,2}})月(\d{{1,2}})日|([\d年月日]{{0,12}}))"
                       rf"\s*在(?:(?:([{CJK}]{{2,12}}?)|[省市县区州旗盟])第[一二三四五六七八九十]{{1,4}}届"
                       rf"|第[一二三四五六七八九十]{{1,4}}届全国)人民代表大会")
_SPEAKER = re.compile(rf"([{CJK}]{{2,16}}人民政府)代?(?:省长|市长|县长|区长|旗长|州长|盟长|主席)")
# A delivery date that lost its 年月 ("202133日在平阳县…", "202338日在缙云县…"): read when one reading exists.
_RUN_TOGETHER = re.compile(r"(\d{4})(\d{2,4})日?")
# The body the speaker reports for, when the speaker's line names none ("我代表县人民政府向大会报告工作" under
# "平阳县县长", "我代表市科委作科技工作报告"): as printed.
_REPRESENTED = re.compile(rf"我代表([{CJK}]{{1,16}}?(?:人民政府|委|局|厅))(?:,|向|作)")
# The body that reports, on its own line under the congress line (琼海市发展和改革委员会 under ——2023年2月2日在琼海市…;
# 财政部 under ——2024年3月5日在第十四届全国人民代表大会第二次会议上): a department's name and nothing else.
_BODY = re.compile(rf"[{CJK}]{{2,20}}(?:部|委员会|局|厅|人民政府)")
_DELIVERED = re.compile(r"[((](\d{4})年(\d{1,2})月(\d{1,2})日[))]")


# The speaker by office and name alone (县长 王 丽 under ——2025年12月22日在陵川县…, 陵川 2026;
# 代省长 梁惠玲, 黑龙江 2023; 代县长 阿迪力·哈斯木, 麦盖提 2021): a person, no body. Round 58 (meta23)
# follows openings/DECISIONS.md (openings16, openings19, audit29): such a line names no issuer, though the
# speech says 我代表县人民政府 (the gold of all three is []). Before, the line gave the government of the
# congress's place (长沙县 2023's 县长 陈永高 → 长沙县人民政府, a test written before that convention).
_OFFICE = re.compile(rf"代?(?:省长|市长|县长|区长|旗长|州长|盟长|主席)\s*"
                     rf"(?:[{CJK}]{{2,4}}|[{CJK}]{{1,6}}·[{CJK}]{{1,6}})")


@dataclass
class WorkReport:
    issuer: str | None = None
    delivered: tuple[str, str, str] | None = None
    region: str | None = None
    body: str | None = None  # the department named under the congress line
    represented: str | None = None  # 我代表X: the body the speech is made for
    title: str | None = None  # the report's own title, printed over the congress line (政府工作报告)
    unread: bool = False  # the congress line prints a date that lost its 年月 (2019116日在拱墅区…): no date at all


def work_report(lines: list[str]) -> WorkReport:
    """What the opening lines of a work report say of it: issuer, the date it was delivered, region, title."""
    out = WorkReport()
    office = False
    texts = [t for t in lines if t]
    for k, text in enumerate(texts):
        # the congress line broken after its place or its 届 (——2023年2月2日在琼海市第十六届 / 人民代表大会…)
        m = _CONGRESS.search(text) or ("在" in text and k + 1 < len(texts) and _CONGRESS.search(text + texts[k + 1]))
        if m and not out.region:
            out.region = m.group(5) or ("全国" if "全国人民代表大会" in m.group() else None)
            after = [t for t in texts[k + 1 + (m.string != text):k + 5] if re.search(f"[{CJK}]", t)][:1]
            out.body = after[0] if after and _BODY.fullmatch(after[0]) else None
            lost = _RUN_TOGETHER.fullmatch(m.group(4) or "")
            out.delivered = out.delivered or (m.groups()[:3] if m.group(1) else None)
            if not out.delivered and lost and (read := run_together(*lost.groups())):
                out.delivered = tuple(read.split("-"))
            out.unread = not out.delivered and re.search(r"\d日", m.group()) is not None
            if k and texts[k - 1].endswith("工作报告"):
                out.title = texts[k - 1]
        elif (m := _SPEAKER.match(text)) and not out.issuer:
            out.issuer = m.group(1)
        elif _OFFICE.fullmatch(text):
            office = True
        elif (m := _DELIVERED.fullmatch(text)) and not out.delivered:
            out.delivered = m.groups()
        if not out.represented and (m := _REPRESENTED.search(text)):
            out.represented = m.group(1)
    out.issuer = out.issuer or out.body
    if not office:  # 我代表县人民政府 under a speaker line that names a place and office but no person (平阳县县长)
        out.issuer = out.issuer or out.represented
    return out
