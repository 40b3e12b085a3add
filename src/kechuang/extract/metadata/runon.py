"""Openings whose lines the page ran together: a 文号 over a title, a notice's title and 文号 run into its text.

Two shapes of real pages (openings5 batch, round 27):

- a 文号 printed on the line over a plan's title is no part of the title (``盐政发〔2017〕40号`` / ``盐池县人民政府工作
  规则``, fsnymphe 2017; ``穗府〔2011〕15號`` / ``關于進一步加強招商引資…的指導意見``, 156152 2011): ``number_line``;
- a notice whose title, 文号 and text a page printed as one line (滁州市人民政府关于…管理体制的通知滁政秘〔2022〕148号
  各县、市、区人民政府,…, f-cn 2022; 河南省人民政府 关于明确…重点工作责任单位的通知 豫政〔2023〕5号 现将…,
  yijiuyanglao 2023; 农业农村部办公厅关于做好…工作的通知 农 办 科 2022 12 号 各 省 …, a PDF's text on horticulture
  2022): the notice is its own document, titled and numbered as printed: ``run_on_notice``.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata import bodies
from kechuang.extract.metadata.common import CJK
from kechuang.extract.metadata.fields import DOC_NUMBER

# A notice's title up to its kind, then its 文号, letters and figures spaced or not, its brackets lost or not
# (滁政秘〔2022〕148号, 豫政〔2023〕5号, 农 办 科 2022 12 号), then its text. Bounded throughout: a title of at most
# 160 characters, an issuer's abbreviation of at most 9.
_RUN_ON = re.compile(
    rf"(?P<title>[{CJK}][{CJK}\s]{{1,40}}?(?:关于|關於|關于|关於)[^。;:,!?《》]{{4,120}}?的(?:通知|决定|決定))"
    rf"\s*(?P<number>[{CJK}](?:\s?[{CJK}]){{0,8}}\s?[〔\[【(]?\s?(?:19|20)\d\d\s?[〕\]】)]?\s?\d{{1,4}}\s?[号號])"
    rf"(?:\s*[{CJK}]|\s*$)")
_ISSUES = re.compile("印发|印發|转发|轉發")  # a notice that issues a plan: its plan is the document, printed apart
# A sentence citing a basis document is no notice (按照市人民政府关于加强安全生产工作的决定宁政发〔2023〕5号要求,
# 各乡镇…: the review of round 27): the notice's issuer before 关于 is a body (滁州市人民政府, 农业农村部办公厅), not
# a basis word opening a clause, and its 文号 runs into an addressee or its text (各县…, 现将…), not into 要求/精神.
_BASIS = re.compile("按照|根据|根據|依据|依據|贯彻|貫徹|落实|落實|为|為|现将|現將|经|經")
_CITED = re.compile(r"\s*(?:要求|精神|规定|規定|部署|有关|有關)")
_RUN_ON_LINES = 6  # the notice's line is among the first of the page


def number_line(text: str) -> bool:
    """A line that is a 文号 alone (盐政发〔2017〕40号): no part of the title under it."""
    return DOC_NUMBER.fullmatch("".join(text.split())) is not None


def run_on_notice(lines: list[Line]) -> tuple[str, str] | None:
    """The title and the 文号 (as printed) of a notice run into its text on one line (see the module's doc)."""
    for line in lines[:_RUN_ON_LINES]:
        m = _RUN_ON.match(line.text.strip())
        if m and not _ISSUES.search(m.group("title")) and _a_notice(line.text.strip(), m):
            return m.group("title").strip(), m.group("number")
    return None


def _a_notice(text: str, m: re.Match[str]) -> bool:
    """Whether ``_RUN_ON``'s match opens a notice, not a sentence citing one as its basis (``_BASIS``)."""
    title = m.group("title")
    issuer = "".join(re.split("关于|關於|關于|关於", title, maxsplit=1)[0].split())
    return (not _BASIS.match(issuer) and bodies.ISSUES_NOTICE.search(issuer) is not None
            and _CITED.match(text, m.end("number")) is None)
