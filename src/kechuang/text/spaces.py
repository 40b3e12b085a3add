"""Which single space between two Chinese characters separates two items, read from the shape of its line.

A page prints a space between Chinese characters for two reasons: layout (a justified title or signature, one
character a cell: ``科 技 局``, ``通    知``, ``索 引 号``; a line broken inside a word) and separation (names listed
side by side, the cells of a table row flattened to one line, the fields of a metadata bar). The normaliser removes
the first kind; the readings here say where a space is the second kind, from what any layout shares rather than
from words of one site:

- **A run of names**: two or more words side by side, each ending like a body (局, 委, 站, 所, 队, 署, 单位,
  乡镇…): the spaces between them and at both ends of the run stay (``安监站 安监所``, ``超限站 公路站 交警六中队``:
  徐庄镇 2017 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml); ``有关乡镇 县直有关单位``: 青阳 2023
  (https://www.ahqy.gov.cn/OpennessContent/show/1493481.html); ``國家新聞出版署 國家廣播電視總局``, the
  national 近视 plan's signature (http://m.utopia-bar.com/jiamengdongtai/jybdbbmgyyfzhfketqsn_1_1.html)).
  The ends stay so that normalising twice changes nothing: a word glued to the run's last name would end otherwise.
- **A row of a table** printed one row a line with spaces between cells: a line that opens with the row's number
  and a space, whose words (three or more) are no single letter-spaced characters, one of them a body's name
  (``85 新增托育机构2所以上。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成 …``, 青阳 2023; ``33 新培育科技型中小企业
  50家以上… 区科技局 区经信局、…``, 谯城 2023 (https://www.bzqc.gov.cn/XxgkContent/show/2309560.html)): every
  space of the line stays, each a cell's edge.
- **A field of a metadata bar**: a space before a label and its colon (``公开范围:公开 发布机关:南华县应急局``, 南华
  2022 (http://www.ynnh.gov.cn/info/14773/70376.htm); ``发布机构: 北浴乡 生成日期: 2019-11-12``, 宿松 2019
  (http://xxgk.susong.gov.cn/public/User/DisplayInfo2.aspx?ItemId=144709&unitId=59)) ends the field before it. A
  letter-spaced label (``索 引 号:``, ``标      题:``) is one character before its colon: layout, joined.
"""

from __future__ import annotations

import bisect
import re

# The endings of a body's name (the normaliser's own, wider than its rule for a name before any word: both sides
# of the space must end so here), simplified and as traditional-character pages print them.
_BODY_END = re.compile(
    r"(?:局|委|办|厅|部|院|室|府|会|中心|公司|集团|银行|分行|支行|街道|处|所|站|队|署|社|馆|司|组|专班|科|股|单位|部门|乡镇|"
    r"辦|廳|會|處|館|單位|部門|鄉鎮|隊|組)$")
_LAST_CHARS = frozenset("局委办厅部院室府会心司团行道处所站队署社馆组班科股位门镇辦廳會處館隊組")
_MAX_NAME = 30  # a longer word is a sentence, not a name
_WORD = 40  # how far a word is read on either side of a space (bounded: a line of many spaces is read in pieces)
# A party or government head that is no unit of its own before a department of it (县委 宣传部, 市委 组织部, 国家
# 发展改革委: review 3): the space between is layout, not a run's edge. 中共环县委 环县人民政府办公室 (two bodies) stays
# apart: the word after opens with no department.
_HEAD = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:(?:中共)?[\u4e00-\u9fff]{0,6}?[县市省区州旗]委|国家)$")
_DEPARTMENT = re.compile(r"宣传部|组织部|统战部|政法委|发展改革委|发改委|编办|办公室|网信办|农办|财经委|外办|巡察办|"
                         r"政研室|督查室|老干部局|台办")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}:")
_ROW = re.compile(r"^\d{1,3} (?=[^\n ])", re.M)
# The same after a line break, the break first: the re module skips from line break to line break instead of trying
# ``^`` at every position (a row at the text's start is matched by ``_ROW`` there alone).
_ROW_AFTER_BREAK = re.compile(r"\n(\d{1,3} )(?=[^\n ])")


def _row_starts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``_ROW``, in order."""
    first = _ROW.match(text)
    return ([first.span()] if first else []) + [m.span(1) for m in _ROW_AFTER_BREAK.finditer(text)]


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The word that ends at ``end`` (back to a space or a line's start) and where it starts."""
    lo = max(0, end - _WORD)
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1 or lo
    return text[start:end], start


def _word_after(text: str, start: int) -> tuple[str, int]:
    """The word that starts at ``start`` (up to a space or a line's end) and where it ends."""
    hi = min(len(text), start + _WORD)
    ends = [k for k in (text.find(" ", start, hi), text.find("\n", start, hi)) if k >= 0]
    end = min(ends) if ends else hi
    return text[start:end], end


def _name(word: str) -> bool:
    # a clause's mark inside is no name's (度达到2.5%,县科技局: a wrapped sentence's end; review 3)
    return 2 <= len(word) <= _MAX_NAME and word[-1] in _LAST_CHARS and not _INNER_MARK.search(word) \
        and _BODY_END.search(word) is not None


def in_run_of_names(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether the space ``text[gap_start:gap_end]`` lies inside or at an end of a run of two or more names."""
    before, b0 = _word_before(text, gap_start)
    after, a1 = _word_after(text, gap_end)
    if _HEAD.search(before) and (before.endswith("国家") or _DEPARTMENT.match(after)):
        return False  # 县委 宣传部, 国家 发展改革委: one name a layout broke
    left, right = _name(before), _name(after)
    if left and right:
        return True
    if left and b0 > 0 and text[b0 - 1] == " ":  # the run's right end: the word before is its second name or later
        return _name(_word_before(text, b0 - 1)[0])
    if right and a1 < len(text) and text[a1] == " ":  # the run's left end
        return _name(_word_after(text, a1 + 1)[0])
    return False


def after_name(text: str, gap_start: int) -> bool:
    """Whether the word before the space is a body's name (a cell's edge: ``县五城办 7月底前``)."""
    return _name(_word_before(text, gap_start)[0])


def before_label(text: str, gap_end: int) -> bool:
    """Whether a label and its colon follow the space (a metadata bar's next field)."""
    return _LABEL.match(text, gap_end) is not None


def _cells(words: list[str]) -> bool:
    """Whether the words after a row's number read as cells: none holds a sentence's mark inside it (a final 。
    closes a task's cell), or two or more are short cells with no mark (吴蓓蓓 县卫健委, 区科技局 2023年12月底). A
    numbered line of prose broken by a wrap's space (1 全年新增高新技术企 业20家,…由县科技局 负责。) has neither
    (review 3)."""
    if not any(_INNER_MARK.search(w[:-1]) for w in words):
        return True
    return sum(len(w) <= _SHORT_CELL and not _INNER_MARK.search(w) for w in words) >= 2


class Rows:
    """The lines of ``text`` that are rows of a table printed with spaces between cells (found once per text)."""

    def __init__(self, text: str) -> None:
        self.spans: list[tuple[int, int]] = []
        for start, after in _row_starts(text):
            end = text.find("\n", after)
            end = len(text) if end < 0 else end
            words = text[after:end].split()
            if len(words) >= _MIN_CELLS and not any(len(w) == 1 and "\u4e00" <= w <= "\u9fff" for w in words) \
                    and any(map(_name, words[1:])) and _cells(words):
                self.spans.append((start, end))
        self._starts = [s for s, _ in self.spans]

    def holds(self, at: int) -> bool:
        k = bisect.bisect_right(self._starts, at) - 1
        return k >= 0 and self.spans[k][0] <= at < self.spans[k][1]


_MIN_CELLS = 3
_SHORT_CELL = 10
_INNER_MARK = re.compile(r"[。,,;;]")
