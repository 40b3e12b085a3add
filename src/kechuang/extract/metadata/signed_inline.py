"""The body that signs a notice whose signature the page ran on inside a line, after the notice's last sentence.

A page that lost its line breaks prints the notice's text, its signer and its date as one line, a space or two
between them (`…请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 城步…`, 城步 2021;
`…认真贯彻执行。 大连市普兰店区人民政府办公室 2024年7月30日 (此件公开发布)`, 普兰店 2024; `…请认真组织实施。
微山县人民政府办公室 2019年9月22日 (此件公开发布) 微山县…`, 微山 2019), or with no space after the sentence's
full stop (`…。科学技术部 二一二年四月一日 …`, 科技部 2012; `…。 信阳市人民政府 2018年12月3日 …`, 信阳 2018).
``dates.inline_signed`` reads the date of such a signature; this reads its signer: the run of a body's name
(``ORG_SUFFIX``) between the sentence's end and the date. A deadline is no signature (`。 县科技局 2021年6月30日前`,
`…日完成`, `…日 2 建立…`, `…日,`: a task table flattened into the line, review 20, F3): the first body and date of a
line followed by 前, 底, 完成… or the next row's number mark a table, and the line signs nothing; a title opening with a
year (`日 2018年全市科技工作要点`), an attachment's `1` or a comma after the date sign as before (review 21, F1).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import org_named
from kechuang.extract.metadata.dates import iso, whole_year
from kechuang.extract.metadata.fields import TITLE_KIND
from kechuang.extract.metadata.issuer import split_orgs
from kechuang.extract.metadata.region import region_of

# The sentence's end (。, or an attachment's line), at most four spaces, the signer (no space or punctuation in it,
# at most 60 characters), one to four spaces, a full date. Every run bounded.
_SIGNED = re.compile(r"(?:。|(?P<attached>附件[::])(?P<name>[^\s。]{1,80}\s{1,4})?)\s{0,4}"
                     r"(?P<signer>[^\s。,,;;::、]{2,60})\s{1,4}"
                     r"(?P<y>\d{4}|[一二三四五六七八九〇零○O]{3,4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
                     r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日")
# What follows a deadline's date, not a signature's (the line's end, (此件公开发布), 责编:…, the plan's title, which may
# open with a year, an attachment's number 1 or a comma: review 21, F1): 前, 底, 完成… (after a comma too), a figure
# right after 日, or the next row's number (review 20, F3). The next row's number is told from a year by its shape: at
# most three digits, no 年, 月 or letter after them (5G应用“扬帆”行动计划 opens a title: review 22, F5), and never 1 (a
# table's next row is its second or later; a lone 1 numbers the attachment that follows a signature).
_DEADLINE_AFTER = re.compile(r"[\s,，]{0,4}(?:[前底起止至以之内;；、。]|完成|完工|办结|到位|结束)"
                             r"|\d(?!\d{3}年)"
                             r"|[\s,，]{1,4}(?:[2-9]|[1-9]\d{1,2})(?![\d年月A-Za-zＡ-Ｚａ-ｚ])")

# The kind an attachment's title ends with (…工作者名单, …汇总表, …实施方案): where its name ends and the signer begins.
_ATTACHMENT_KIND = re.compile(rf"(?:{TITLE_KIND}|名单|清单|表)")


def _after_attachment(run: str) -> str:
    """The signer of an attachment's name run into it once normalisation removed the space between them
    (附件:2017年度…工作者名单信阳市人民政府 / 2018年12月3日, 信阳 2018): the part after the name's last kind word, when
    it is a body that names its place; else ""."""
    for m in reversed(list(_ATTACHMENT_KIND.finditer(run))):  # the run is at most 60 characters
        rest = run[m.end():]
        if org_named(rest) and region_of(rest):
            return rest
    return ""


def inline_signers(lines: list[Line]) -> list[str]:
    """The bodies signing the first signature run on inside a line (see the module's doc), or []."""
    for line in lines:
        text = line.text
        if "日" not in text or not ("。" in text or "附件" in text):  # literal tests before the regex
            continue
        for m in _SIGNED.finditer(text):
            signer = m.group("signer")
            if m.group("attached") and not m.group("name"):
                signer = _after_attachment(signer)
            if org_named(signer) and iso(whole_year(m.group("y")), m.group("m"), m.group("d")):
                if _DEADLINE_AFTER.match(text, m.end()):
                    break  # a deadline: the line is a task table flattened, no signature in it
                return split_orgs(signer) or [signer]
    return []
