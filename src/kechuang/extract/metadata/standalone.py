"""A plan's own title standing alone on its line (方案, 计划… under the notice that issues it), and how far down a
page it may stand."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_WORDS, TASK_WORDS, org_named, strip, unread
from kechuang.extract.metadata.cues import own_title  # ``title.own_title`` behind its literal cue
from kechuang.extract.metadata.dates import SIGN_DATE
from kechuang.extract.metadata.labels import field_row, labels_only
from kechuang.extract.metadata.region import region_of
from kechuang.extract.metadata.runon import number_line
from kechuang.extract.metadata.title import ABOUT_RE, OWN_TITLE, TITLE_PART, find_title_lines
from kechuang.extract.rules import load_rules, simplified
from kechuang.extract.structure import is_numbered

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_NOT_TITLE_MARK = re.compile(r"[。,;:!?>]")
_NAMED_ABOUT = re.compile(r"[\u4e00-\u9fff]{2,20}关于")
_NOT_ABOVE = re.compile(r"[,;:!?》]$|[:>|。]")
_PUBLIC_NOTE = re.compile(r"[((]此件")


def _crumbs(lines: list[Line]) -> frozenset[str]:
    """The segments of the page's breadcrumb (您的位置:首页 >> 重大决策预公开): a site prints its column's name again
    as the heading of the block that holds the document, right above the title."""
    return frozenset(strip(part) for line in lines[:_CRUMB_LINES] if ">" in line.text or "»" in line.text
                     for part in re.split(r"[>»]+", line.text.split(":")[-1].split(":")[-1]) if strip(part))


_CRUMB_LINES = 40
# A title that opens with a county's, city's or province's name and then a year (思南县2014年, 邻水县2022年).
_PLACED = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗)\d{4}年")
# A line of the places above the title's own (青海省海东市 / 乐都区2023年…实施方案): the title broken after them.
_PLACES_ABOVE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟|地区)){1,2}")
_PLAN_END = re.compile(r"(" + "|".join(PLAN_WORDS) + r")(\([^()]{1,14}\))?$")
# ─ as 梅州 2018 prints it; 年 after the first year and a double dash too (2011年—2020年, 2011——2020年: review 19, F6)
_PERIOD_LINE = re.compile(r"[((]\d{4}\s{0,2}年?\s{0,2}[-—–─~至－]{1,2}\s{0,2}\d{4}\s{0,2}年?[))]")


def _cut(text: str) -> bool:
    """Whether a title mark opens in the text and does not close (a notice's headline broken inside its quoted plan:
    印发《梅州市实施乡村振兴战略规划, 梅州 2018; 《关于落实… / 国家体育总局<冰雪旅游发展行动计划, 吉林 2021), or the
    text opens inside a title (的实施方案 under a quoted name, 吉林 2021): a title's part, no title (round 42)."""
    return text.count("《") > text.count("》") or text.count("<") > text.count(">") or text.startswith("的")
# The label of an attached plan, above its title (附件 / 附件1 / 附件2:): no part of the title.
_ATTACHMENT = re.compile(r"附件\s*\d{0,2}\s*[::]?")
# The label of an empty field of a page's metadata table, left alone above the title (济宁 2023: 有效性 / blank /
# 2023年度全市农业农村重点工作任务).
_EMPTY_FIELD = re.compile(r"(?:有效性|时效性|效力状态|失效日期)\s*[::]?")
# A page's furniture, never part of a title: its navigation (欢迎来到EHS平台! 设为首页 收藏 /
# EHS中国 法规首页 太原市消防条例, ehs.gold 2024) and a posting stamp (中商产业研究院2017-04-06 over
# 山东省“十三五”海洋经济发展规划, askci 2017).
_FURNITURE = re.compile(r"首页|首頁|设为|收藏|\d{4}-\d{1,2}-\d{1,2}")
# A title that opens with a portal's tag (【湖北】恩施州…规划 under a bid site's menu, ccpc360 2021) or with its
# province's full name (黑龙江省预算管理条例 under a law site's column 省人大颁布的地方法规, hljszw 1991) is whole on
# its line: what stands above it is the page's (round 42). Review 15 (F1): the province is one of the provinces'
# names (not any 省 in the first characters: 推进全市全省…), and a line above that opens the title (关于…) or ends
# with the verb the province's document is the object of (南京市人民政府关于贯彻落实 / 江苏省…的实施方案) is joined.
_OPENS_WHOLE = re.compile(r"【[^【】]{1,12}】|(?:" + "|".join(load_rules("places")["province_short_names"])
                          + r")(?:省|(?:壮族|回族|维吾尔)?自治区)")
# A page's metadata list printed one value a line behind a bullet (• 意见, • 政府工作报告: the 文种's or 组配分类's
# value, 郑州 2024, 龙港 2021) is no title: the document's own title stands below, unbulleted (round 45).
# A bullet is a mark of its class, not one of a list of five (review 19, F5): the bullets and middle dots
# (• ‣ ⁃ ∙ · ・), the geometric shapes (■ □ ▪ ● ○ ◆ ◇ ▶ …, U+25A0-25FF), stars and arrows (★ ☆ ➢ ➤), and an ASCII
# - * + before a space.
_BULLET = re.compile("(?:[\u2022\u2023\u2043\u2219\u00b7\u30fb\u25a0-\u25ff\u2605\u2606\u27a2\u27a4]"
                     "|[-*+](?=\\s))\\s{0,3}")


def _bulleted(lines: list[Line], at: int) -> str | None:
    """The text of line ``at`` without its bullet when it stands alone (no bulleted line among the two lines of text
    on either side, blank lines skipped, and no field's label ending with a colon right above it: ``_field_label``),
    else None for a bulleted line (a field's value in a bulleted list: • 意见, round 45; the only bullet under 文种:,
    or bullets between blank lines under 文种 / 组配分类: review 20, F4); an unbulleted line's text as it is."""
    text = lines[at].text.lstrip()
    mark = _BULLET.match(text)
    if not mark:
        return lines[at].text
    above = [ln.text.strip() for ln in reversed(lines[max(0, at - 6):at]) if ln.text.strip()][:2]
    below = [ln.text.strip() for ln in lines[at + 1:at + 7] if ln.text.strip()][:2]
    if above and above[0].endswith((":", "：")) and _field_label(above[0][:-1].strip()):
        return None  # the value of the field labelled above
    return None if any(_BULLET.match(t) for t in above + below) else text[mark.end():]


def _field_label(label: str) -> bool:
    """Whether a label ending with a colon names a field (文种, 组配分类, 主题分类): short, no sentence in it, and no
    page's navigation or attachment (附件：/ 当前位置： over the plan's title keep it a title: review 21, F6)."""
    return 0 < len(label) <= _LABEL_MAX and not re.search(r"[。,，;；!！?？、]", label) \
        and not label.startswith("附件") and not label.endswith("位置")


_LABEL_MAX = 8  # characters of a field's name (组配分类, 发布机构, 成文日期)
_PROVINCES = tuple(load_rules("places")["province_short_names"])


def _placed(text: str) -> bool:
    """Whether a title opens with its own place (沈阳市电梯安全管理办法, 内蒙古草原生态保护…实施方案): such a title is
    whole on its line, and a short line over a blank line above it is the page's — its site's name (物业经理人, pmceo
    2013) or its links' headings (相关文章 / 友情链接, 内蒙古 2010 on a mirror), dev pages (meta47), as a title
    opening with its province's full name is (``_OPENS_WHOLE``)."""
    plain = simplified(unread(text)[0])
    return plain.startswith(_PROVINCES) or bool((place := region_of(plain)) and plain.startswith(place))


# a title's opening words, which its placed part continues over a blank line (review 34, O6): 关于…, a year, a verb
# phrase (关于加快推进 / 沈阳市数字经济发展的实施意见; 全面推进乡村振兴 / 沈阳市三年行动实施方案; 2023年 / 沈阳市政府
# 工作报告); a site's or a menu's name (物业经理人, 相关文章, 友情链接) is none of these. Each is matched as the
# whole line: 关于 not as a menu's 关于我们, a year alone (not an issue's 2023年第5期), a verb phrase not ending as a
# site's, a meeting's or a unit's name (建设工程信息网, 推进会, 支持单位: review 35)
_TITLE_OPENING = re.compile(r"(?:关于(?!我们|本站|本网)|(?:全面|深入|加快|进一步|大力|持续|着力|扎实|积极)?"
                            r"(?:推进|推动|加快|落实|贯彻|实施|深化|加强|促进|支持|做好|开展|建设|打造|提升|培育))"
                            r"[^\s]{0,30}(?<![网会站期栏])(?<!单位|动态|新闻|专题)$|\d{4}年$")
_JOINS_PROVINCE = re.compile(r"关于|(?:落实|推进|贯彻|实施|执行|深化|学习|推动|加快)$")


def standalone_title(lines: list[Line], limit: int, start: int = 0) -> tuple[str, int, int] | None:
    """A short line ending with a plan word (方案, 计划…), joined with the short lines above it (not the column's name
    that the page's breadcrumb names)."""
    crumbs = _crumbs(lines)
    for line in lines[start:limit]:
        unmarked = _bulleted(lines, line.index)
        if unmarked is None:  # a field's value in a bulleted list (• 意见): round 45
            continue
        text = strip(unmarked)
        # a breadcrumb (专项规划 > 政府印发的专项规划) or an item of a list (2.2018年…分解表, 附件 1.) is not a title;
        # a title's length is counted through a mirror's readings, as its plan word is read below (關于進一步激發…
        # 的實施細則 printed with its readings, 马鞍山 2021 on kpcpu: 44 characters, 70 with them)
        if line.chrome or not text or len(unread(text)[0]) > 60 or _NOT_TITLE_MARK.search(text) \
                or is_numbered(text) or _FURNITURE.search(text):  # a numbered line (一、…, (一)…) is a heading
            continue
        if field_row(simplified(text)):  # a row of the page's fields (… 关键字 应急预案): round 59
            continue
        # read in simplified characters, through a mirror's readings (…水土保持規(guī)劃, ilynn 2018)
        if not _PLAN_END.search(text) and not _PLAN_END.search(simplified(unread(text)[0])):
            continue
        if "通知" in text or "关于印发" in text:
            continue
        if len(text) <= 6 and simplified(text).endswith(TASK_WORDS):
            continue  # 重点任务, 主要工作任务 alone on a line: a section's heading, not the plan's title
        first = line.index
        # a title that names its own subject before 关于 (大连沙河口区关于打造…的实施方案) is whole on its line
        # and so is a title that opens with its place and its year (思南县2014年…补偿方案 under a thread's spam
        # headline, joammi 2014; 邻水县2022年…应急预案, scls 2022): what stands above it is no part of it
        placed = _PLACED.match(simplified(unread(text)[0]))
        places = simplified(strip(lines[line.index - 1].text)) if placed and line.index > 0 else ""
        if places and len(places) <= 20 and not lines[line.index - 1].chrome and _PLACES_ABOVE.fullmatch(places) \
                and places not in placed.group():  # (a site's masthead 深圳市 over 深圳市2023年…: no prefix)
            first -= 1  # the places above the title's own, printed on the line above: no more than they
        whole = _OPENS_WHOLE.match(simplified(text))
        if whole and whole.group()[0] != "【" and first > 0 \
                and _JOINS_PROVINCE.search(simplified(strip(lines[first - 1].text))[-40:]):
            whole = None  # the title broken before the province's name its verb takes (Review 15, F1)
        while first > 0 and not placed and not _NAMED_ABOUT.match(text) and not whole:
            above = lines[first - 1]
            atext = strip(above.text)
            if not atext and first > 1 and TITLE_PART.fullmatch(strip(lines[first - 2].text)) \
                    and not strip(text).startswith(("《", "关于")) and first == line.index and not (
                    _placed(text) and not _TITLE_OPENING.match(simplified(unread(strip(lines[first - 2].text))[0]))):
                above = lines[first - 2]  # a title broken over two lines with a blank line between
                atext = strip(above.text)
                first -= 1
            # a line holding a full stop is no part of a title (a page's mojibake of (此件公开发布):
            # ?。ù思_(kāi)發(fā)布), its garbled bracket opening lines elsewhere: ?。ㄒ唬┛傮w目標。 in 广东 2016)
            # a line with 关于 that ends with a body's name is the title broken after the body it names (关于进一步
            # 加强和改进市政府 / 办公室工作的意见; …关于印发农业农村部 / 广东省人民政府共同推进…), not an issuer's line
            if not above.chrome and org_named(simplified(atext)) and ABOUT_RE.match(text) \
                    and len(atext) <= 30 and OWN_TITLE.match(simplified(atext + text)):
                # the body that titles its own document (四川省人民政府 / 關(guān)于…的實施意見): own_title's join
                first -= 1
                break
            if (not atext or above.chrome or len(atext) > 40 or _BULLET.match(above.text.lstrip())
                    or _NOT_ABOVE.search(atext)
                    or (org_named(atext) and not ABOUT_RE.search(atext)) or is_numbered(atext)
                    or SIGN_DATE.search(atext) or "通知" in atext or _FURNITURE.search(atext)
                    or _PUBLIC_NOTE.match(atext) or atext in crumbs  # (此件公开发布) closes the notice
                    or _ATTACHMENT.fullmatch(atext) or _EMPTY_FIELD.fullmatch(atext) or number_line(atext)
                    or labels_only(simplified(atext)) or field_row(simplified(atext))):  # the page's fields: round 59
                break
            first -= 1
            if ABOUT_RE.match(atext):  # 关于 opens the title: the 文号 or masthead above is no part of it
                break
        joined = "".join(strip(x.text) for x in lines[first:line.index]) + text
        last = line.index
        # its period on the next line (湖北省加快发展氢能产业行动方案 / (2024-2027年) / (征求意见稿), ixbang
        # 2024), as notices quote such titles whole (达州 2021, 梧州 2023, 海南 2025: dev pages with a period line)
        # a blank line may stand between (梅州 2018: 梅州市实施乡村振兴战略规划 / blank / (2018─2022年))
        gap = 2 if last + 2 < len(lines) and not lines[last + 1].text.strip() else 1
        if last + gap < len(lines) and _PERIOD_LINE.fullmatch(strip(lines[last + gap].text)):
            joined, last = joined + strip(lines[last + gap].text), last + gap
        if _cut(joined):  # a quoted name cut by the line's end (印发《梅州市…规划 / (2018─2022年)》): no title
            continue
        return joined, first, last
    return None


_PLAN_TITLE_LINES = 120  # lines of a page where a plan's own title may stand


_ISSUES = re.compile("印发|转发|发布|颁布")  # a notice that issues a document: the document is printed after it


def plan_title_limit(lines: list[Line]) -> int:
    """How far down a plan's own title may stand: under a document that prints its own title (X关于…的通知/意见,
    issuing nothing), only above the document's first numbered item — what follows its items (an attachment's
    sections, a figure's caption 图1汽车号牌编码规则) belongs to the document and titles nothing."""
    limit = min(len(lines), _PLAN_TITLE_LINES)
    own = own_title(lines, 60)  # (the gates' head of the document's lines, joined once)
    printed = find_title_lines(lines, own) if own and not _ISSUES.search(simplified(own)) else []
    if not printed:
        return limit
    return next((ln.index for ln in lines[printed[0][1] + 1:limit] if not ln.chrome and is_numbered(ln.text)), limit)


# A title the page runs into the text under it, on one line (推动东北地区冰雪经济…实施方案为深入贯彻…, cai56 2024; a doc
# site's copy, its banner before: 精选优质文档-倾情为你奉上天津市海洋经济…“十二五”规划导 言天津作为…, wenke99 2011): the
# title ends with its plan word where the statement of purpose (为…, 根据…) or the foreword (导言, 前言) begins.
# A draft's mark may stand between the title and its text (数据要素市场化配置改革行动方案(征求意见稿)为贯彻落实…,
# desk33's copy of 重庆 2021), as it follows titles printed alone (_DRAFT_MARK, which drops it).
_RUN_ON_TITLE = re.compile(r"\s*(?P<title>[^。,,:;《》!?]{6,60}?(?:" + "|".join(PLAN_WORDS) + r"))"
                           r"\s*(?:[((](?:征求意见稿|征询意见稿|草案|送审稿)[))])?\s*(?:为|根据|导\s*言|前\s*言)")
# a doc site's banner run into the title (精选优质文档-倾情为你奉上, wenke99 2011), at the line's start only: a title
# may name 文档 itself (…档案文档数字化建设实施方案)
_BANNER = re.compile(r"^.{0,20}?(?:倾情为[你您]奉上|文档下载)\s*[-—:：]?")
_RUN_ON_LINES = 8


def run_on_title(lines: list[Line]) -> str | None:
    """A title run into the text under it on one of the page's first lines (``_RUN_ON_TITLE``), or None."""
    for line in lines[:_RUN_ON_LINES]:
        m = None if line.chrome else _RUN_ON_TITLE.match(simplified(line.text))
        if m and not is_numbered(m.group("title")):
            title = line.text.lstrip()[:len(m.group("title"))]
            return _BANNER.sub("", title).strip() or None
    return None
