"""A page's headline over its posting stamp or its news dateline (openings8, the openings7 batch's second part).

``title.heading_over_info`` reads the heading over an information line that prints a 发布日期/发布时间 label and a
source or a count. News items, notices and reprints print their stamp in other forms under the headline they carry:
a bare `日期:`/`时间:` label (`盛华仁:县乡人大换届面临新问题 坚持三大原则` / `日期:2006-09-07 来源:人民网`, a
speech on a congress site; `泉州台商投资区2020年…编外合同教师通告` / `时间:2020-08-26 15:50 浏览量:`), a portal's
name and address before the label (`蒸湘区…名单公示公告` / `蒸湘区人民政府门户网站  www.zhengxiang.gov.cn  发布时间:
2021-01-28`), a bare date line under the view count or the source (`区文化馆被评为临渭区“文明单位标兵”称号` / `- 274` /
`- 2017-02-16`; `浙江省公布首批冷链物流骨干基地创建名单` / `来源:浙江省发改委` / `2022-01-12`), or a news dateline
opening the text (`施甸縣再添兩項…代表性項目` / `本網(wǎng)訊 日前,…`). The headline is the page's title when nothing
else titles it: the nearest line above the stamp that prints text, skipping a count and a source line.

Review 10 (finding 1): a labeled stamp carries a full date with its day (a schedule's period `时间:2023年3月—4月`
under a plan's step heading is none), the headline opens with no numbering (一、, (一), 1., 第三章), and the page's head
ends at its first numbered heading or sentence: an untitled excerpt keeps its sections, targets and units' paths.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.rules import simplified
from kechuang.extract.structure import is_numbered

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_FOUR_DIGITS = re.compile(r"\d{4}")

# a full date, its day printed (2006-09-07, 2024/04/28, 2023年6月5日): a period (`时间:2023年3月—4月`,
# `日期:2023年6月上旬`, `2023.3-2024.10`) is a plan's schedule under its step's heading, no posting stamp (review 10, 1)
_DATE = (r"\d{4}\s{0,2}(?:-\s{0,2}\d{1,2}\s{0,2}-|/\s{0,2}\d{1,2}\s{0,2}/|\.\s{0,2}\d{1,2}\s{0,2}\.)"
         r"\s{0,2}\d{1,2}(?!\d)|\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日")
_YEAR = rf"\s{{0,3}}[::]\s{{0,3}}(?:{_DATE})"
# a stamp's label opening the line (日期:, 时间:, 发布时间:), or after a portal's address (…www.x.gov.cn  发布时间:)
_LABELED = re.compile(rf"^(?:发布|發布)?(?:日期|时间|時間){_YEAR}"
                      rf"|^\S{{2,30}}\s{{1,9}}www\.[a-z0-9.-]{{3,60}}\s{{1,40}}(?:发布|發布)(?:日期|时间|時間){_YEAR}")
# an information line: a date beside a field of the web item (2019/1/15 10:36:07 来源:…, 刊发日期:2018-09-26 阅读次数:
# 作者:…, 来源:百度文库 编辑:… 时间:2024/04/28 …): the openings8 batch's news reprints and a paper's page
_DATED = re.compile(_DATE)
_FIELD = re.compile(r"(?:来源|來源|作者|编辑|編輯|阅读|閱讀|浏览|瀏覽|点击|點擊|日期|时间|時間)(?:次数|量)?\s{0,3}[::]")
_BARE = re.compile(r"^[-•·]?\s{0,3}\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?$")
_DATELINE = re.compile(r"^(?:本网讯|本網訊|本报讯|本報訊)")
_SOURCE = re.compile(r"^(?:来源|來源)\s{0,3}[::]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a heading is short text: no sentence, no breadcrumb, no field (当前位置:, 来源:, 发布时间:)
_NOT_HEADING = re.compile(r"[。,;!?>|]|来源|來源|位置|日期|时间|時間|作者|浏览|瀏覽|索引|文号|字体|字體|首页"
                          r"|机构|发文|名称|标题|成文|主题|编号|編號")
# a numbered heading (一、, (一), 1., 第三章): a section of a plan, never a page's headline; the head ends there, or at
# the first sentence, so that an untitled excerpt's step heading over its schedule (`(一)动员部署阶段` / `时间:…`) is
# not its title
_NUMBERED = re.compile(r"\s{0,3}(?:[一二三四五六七八九十百]{1,3}\s{0,2}[、.．]"
                       r"|[((]\s{0,2}[一二三四五六七八九十\d]{1,3}\s{0,2}[))]"
                       r"|\d{1,2}\s{0,2}[、.．](?!\d)|第[一二三四五六七八九十百零\d]{1,3}[章节篇部条])")
_SENTENCE = re.compile(r"[。;;!?!?]")
_LINES = 40


def _stamp(plain: str) -> bool:
    if len(plain) > 160:
        return False
    if _DATELINE.match(plain):  # a lead that names a document in 《》 reports it (news.py): not the headline's item
        return "《" not in plain
    if not _FOUR_DIGITS.search(plain):
        return False
    if _LABELED.match(plain) or _BARE.match(plain):
        return True
    return "。" not in plain and "," not in plain and bool(_FIELD.search(plain) and _DATED.search(plain))


def headline_over_stamp(lines: list[Line]) -> str | None:
    """The headline printed over the first posting stamp or news dateline of the page's head, as printed."""
    for k, line in enumerate(lines[:_LINES]):
        text = line.text.strip()
        if not text:
            continue
        plain = simplified(unread(text[:160])[0])
        if not _stamp(plain):
            if not line.chrome and (_NUMBERED.match(plain) or _SENTENCE.search(plain)):
                return None  # past the page's head: a numbered heading or the text's first sentence
            continue
        for above in reversed(lines[max(0, k - 4):k]):
            head = above.text.strip()
            if not head or not _CJK.search(head) or _SOURCE.match(head):
                continue  # a view count (- 274), a source line (来源:浙江省发改委)
            plain = simplified(unread(head)[0])
            if 6 <= len(strip(plain)) <= 80 and not _NOT_HEADING.search(plain) and not above.chrome \
                    and not _NUMBERED.match(plain) \
                    and "《" not in plain:  # 《X》政策解读 and its kind name a document: explained.py's, news.py's
                return _reprinted(head, lines[k + 1:k + 4])
            return None
        return None
    return None


def _reprinted(head: str, below: list[Line]) -> str:
    """The headline, or the document's title the page prints again under its stamp when the headline carries it
    after a prefix (`北京至香港火车票价格:绵远镇…情况汇报` over `来源:百度文库 …` and `绵远镇…情况汇报`, okb.net.cn)."""
    line = next((strip(ln.text) for ln in below if ln.text.strip()), "")
    return line if 6 <= len(line) < len(strip(head)) and strip(head).endswith(line) else head


# A page headed by its document's title quoted whole in 《》 (round 42).
#
# Reprints, explanation pages and replies to proposals print the document's title as the page's headline inside
# title marks, with at most a portal's decoration after it: `《新疆维吾尔自治区乡村振兴战略规划(2018-2022年)》(全文)`
# over a reprint's stamp (xjxczxw 2018), `《南开区推进夜间经济发展工作方案》政策解读` over its portal's source line
# (南开 2019), `《关于支持临邑县发展氢能产业的建议》` over the bureau's reply (山东 能源局 2024). When nothing else
# titles the page, the quoted title does. The headline stands in the page's head: above the text's first sentence
# or numbered heading (a quoted line below them is a title broken over lines, or a list's item).
#
# 《title》 alone, or with a portal's decoration: (全文), (附全文), 全文, 政策解读, 解读 (解讀 on traditional pages)
_QUOTED = re.compile(r"《(?P<title>[^《》]{4,80})》\s{0,3}(?:[((]附?全文[))]|全文|(?:政策)?解[读讀])?")
_LONGEST = 100  # a headline's length, its marks and decoration with it
# a list's heading in the page's head (热点推荐, 相关文件, 推荐阅读, 相关链接): the quoted lines under it are its items,
# links to other pages, no headline (Review 15, F5)
_LIST_HEADING = re.compile(r"[\u4e00-\u9fff]{0,6}(?:推荐|链接|阅读|热点|排行)|相关[\u4e00-\u9fff]{0,4}")


def quoted_headline(lines: list[Line]) -> str | None:
    """The title a line of the page's head quotes whole (``_QUOTED``), or None."""
    above = ""
    for line in lines[:_LINES]:
        text = line.text.strip()
        if not text or line.chrome:
            continue
        if "。" in text or is_numbered(text):
            return None  # past the page's head: the text's first sentence or numbered heading
        if text[0] != "《" or len(text) > _LONGEST:
            above = text
            continue
        m = _QUOTED.fullmatch(text)
        if m and not (len(above) <= 8 and _LIST_HEADING.fullmatch(simplified(above))):
            return m.group("title").strip()
        above = text if not m else above  # a list's items one a line stay under its heading
    return None
