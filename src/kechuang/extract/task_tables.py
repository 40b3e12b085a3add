"""Tables of tasks pasted as text: a header naming 序号 and role columns (牵头单位, 责任单位, 配合单位…), then rows
that start with their number; the cells of a row are its lines, or its parts between ``|`` or spaces.

Pages and clerks paste 任务分解表 in three shapes: one cell per line (``序号\\n\\n民生实事\\n\\n责任单位``), a row per
line with cells between spaces (``33 新培育科技型中小企业50家以上。 区科技局 区经信局、区财政局``) or between
``|``. The cells of a row that are lists of units take the header's role columns in order; when a row has more
such cells than there are role columns, the first role takes the extra ones (a lead column printed one unit per
line) and the last cell the last role.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from kechuang.extract.broken_names import known_department, long_broken_end
from kechuang.extract.column_units import vouched_units
from kechuang.extract.label_words import LABEL, LINK_WORDS, label_role
from kechuang.extract.lines import Line
from kechuang.extract.metadata.dates import SIGN_DATE
from kechuang.extract.model import Annotation
from kechuang.extract.table_cells import COLUMN_ROLES, SCHEDULE_CELL, without_role_brackets
from kechuang.extract.tail_words import ROLE_WORDS, VERB_ROLES, verb_role
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.unit_lists import UNIT_SUFFIX, FoundUnit, ends_as_name, looks_like_units, split_units, unit_like
from kechuang.extract.verb_cells import cell_roles, verb_cell
from kechuang.text.spaces import Rows

# A header opens with 序号/编号 (after a table's title on the same line: …分解表序号名称工作任务牵头责任单位), or is
# a row of cells between bars one of which is a role column's name.
_HEADER_START = re.compile(r"(?:序号|编号)|[^\n]{0,60}?(?:表|\s)(?:序号|编号)|"
                           r"[^\d|][^|\n]{0,60}\|(?:[^|\n]{0,60}\|){0,10}?\s*(?:主要|协同)?"
                           rf"(?:牵头|责任|配合|协同|协办|主责)(?:{'|'.join(LINK_WORDS)})?(?:单位|部门)\s*(?:\||$)")
# A row's number may carry a footnote's star, after it (9*, 10*: 眉山 2017 民生工程进度表,
# https://www.ms.gov.cn/info/5565/1006442.htm) or before it (*19: 奉贤 2026 城市体检基本指标体系,
# https://www.shanghai.gov.cn/zhengce/detail?businessId=00844352&siteId=0084): the row starts there all the same.
_ROW_START = re.compile(r"[*＊]?(\d{1,3})[*＊]?(\s|\||$|[.、](?!\d))")
# 责任科室 (泗洲头镇 2024) and 责任分工 (木李镇 2024) name the responsible column too (corpus README, fourth batch); a
# county bureau's sections are its 股室 as a city bureau's are its 科室 (责任股室(单位), 略阳 文旅, twelfth batch)
# A column's role word is a keyword's (协同责任单位) or any verb of the tails (牵头负责部门, 国办 2016 量化指标任务
# 分工; 指导部门, 国办 2018 推广 table): the tails' vocabulary, longest word first, before any other two characters.
_TAIL_WORDS = "|".join(sorted({*ROLE_WORDS, *(verb for verb, _ in VERB_ROLES)}, key=lambda w: (-len(w), w)))
# A label of the grammar (label_words: 牵头落实单位, 牵头考核部门, 协同责任单位) is read whole, its first role word
# deciding.
_UNIT_COLUMN = re.compile(rf"({LABEL}|{_TAIL_WORDS}|[\u4e00-\u9fff]{{2}})(单位|部门|科室|股室)|(责任)(分工)")
_ROLE = {**ROLE_WORDS, **COLUMN_ROLES,  # the tails' keywords (tail_words.ROLE_WORDS), 主要部门 (table_cells)
         "监考": "responsible"}  # the unit that answers for an indicator (旌阳 2016 目标任务分解表)
_MAX_HEADER_LINES = 40


_TRADITIONAL_HEADER = re.compile("[號編單責牽協參頭]")  # the traditional characters of a header's words


def _fold(text: str) -> str:
    """Traditional characters read as simplified, one for one (序號 | 責任單位 on a traditional-character mirror)."""
    return text.translate(vocab().simplified) if _TRADITIONAL_HEADER.search(text) else text


# A category column before 序号 (大类 | 序号 | 工作任务 …, 肇庆 2020 民生实事, https://www.zhaoqing.gov.cn/xxgk/zwgk/
# zxgcgk/content/post_2462763.html; 政策类别 序号 扶持政策事项 …, 辽阳 2023 扶持政策事项清单, dev): the first row of
# each category prints the category's cell, then the row's number (一、继续提高底线民生保障水平 | 1 | …;
# 财政资金支持(共48项) 1 建立复工复产帮扶机制 …), and the row starts there all the same. The column's name is two to
# six characters before 序号 across a bar or spaces on the header's line (a title glued to 序号, …分解表序号, names
# none); the category's cell is one cell without spaces of four characters or more (a row's own words, 新增 5 家, are
# no category), the number one to three digits closed by a space or a bar.
_CATEGORY_HEADER = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[ \t]*\|[ \t]*|[ \t]+)序号")
_CATEGORY_ROW = re.compile(r"[^\s|\d][^\s|]{3,40}(?:[ \t]*\|[ \t]*|[ \t]+)[*＊]?(\d{1,3})[*＊]?(?=\s|\||$)")


def _category_header(header: str) -> bool:
    """Whether a header's text names a column before 序号 (its category column)."""
    return ("序号" in header or "序號" in header) and _CATEGORY_HEADER.search(_fold(header)) is not None


def _row_number(text: str, category: bool) -> int | None:
    """The number a row's line opens with; under a category column, after the category's cell too."""
    m = _ROW_START.match(text) or (_CATEGORY_ROW.match(text) if category else None)
    return int(m.group(1)) if m else None


def _flat(header: str) -> str:
    """A header's text read for its columns' names: no spaces or bars, simplified characters, a bracketed role word
    read as printed without its brackets."""
    flat = re.sub(r"[\s|]", "", _fold(header))
    return without_role_brackets(flat)


def _header_starts(text: str) -> bool:
    """Whether a table's header starts on the line (``_HEADER_START``, read in simplified characters). Every form of
    it names 序号/编号, or a bar and a column's 单位/部门: a line with neither (nearly every line) is not matched."""
    if "|" not in text and "号" not in text and "號" not in text:
        return False  # (号 is printed 号 or 號, the bar as itself): no line without them is read in simplified
    folded = _fold(text)
    if "序号" in folded or "编号" in folded or ("|" in folded and ("单位" in folded or "部门" in folded)):
        return _HEADER_START.match(folded) is not None
    return False
_MAX_CELL = 300


class _Header(NamedTuple):
    """A table's header: its role columns' roles in order, the index of its first row's line, whether a unit column
    may end the task's cells (printed before the task's text, or right after its first cell), where a column of
    people is printed beside the units ("after"/"before", else None), and how many cells between bars it has (None
    for a header not printed between bars)."""

    roles: list[str | None]
    first_row: int
    unit_may_end_task: bool
    persons: str | None
    bar_cells: int | None
    category: bool = False  # a category column before 序号: a row may open with its cell (_CATEGORY_ROW)


def _header(lines: list[Line], at: int) -> _Header | None:
    """The header starting at ``at``."""
    text, category = "", False
    for line in lines[at:at + _MAX_HEADER_LINES]:
        if line.index > at and _header_starts(line.text):
            return None  # another header starts: that one is tried next
        if line.index > at and _row_number(line.text, category) is not None:
            # every column that names units, in order; one that is no role (评分部门, 建设单位) takes no assignment
            roles = _column_roles(text)
            roles = list(itertools.dropwhile(lambda r: r is None, roles))  # 考核内容 | 单位 (of measure) before them
            bars = [t for t in text.splitlines() if "|" in t]
            return _Header(roles, line.index, _units_first(text) or _units_second(text) or _report_after_units(text),
                           _person_column(text),
                           len(bars[-1].split("|")) if bars else None, category) if roles else None
        category = category or _category_header(line.text)
        text += line.text + "\n"
    return None


# Columns of the task's text (项目内容, 工作措施, 攻坚目标任务, 建设内容…): a unit column printed after one of them
# comes after the row's sentences; one printed before them may come before (重点工作 | 责任领导 | 责任科室 |
# 攻坚目标任务, 泗洲头镇 2024).
_TEXT_COLUMN = re.compile(r"内容|措施|举措|目标|要求|计划|标准")


# A header printed one cell a line whose unit column comes right after the task's column, a report column after
# it (序号 / 目标任务 / 牵头责任单位 / 进展情况, 宣城 2022 农业农村局; 序号 / 工作任务 / 牵头责任单位 / 完成情况,
# 芜湖 2023 and 2024): a row's task is its first cell, ended or not by a full stop, and the sentences after the
# units are the report's.
def _units_second(header: str) -> bool:
    cells = [c.strip() for c in header.splitlines() if c.strip()]
    at = next((k for k, c in enumerate(cells) if re.sub(r"\s", "", _fold(c)) in ("序号", "编号")), None)
    return (at is not None and len(cells) > at + 2 and all(len(c) <= 12 for c in cells[at:at + 3])
            and not _UNIT_COLUMN.search(re.sub(r"\s", "", _fold(cells[at + 1])))
            and bool(_UNIT_COLUMN.search(re.sub(r"\s", "", _fold(cells[at + 2])))))


# A report's column after the unit column (进度, 落实进展情况, 本月进展情况, 完成情况): the sentences a row prints
# after its units are the report's, not the task's, wherever the unit column stands (序号 / 项目内容 / 目标任务 /
# 市级牵头责任单位 / 进度 / 完成目标 / 备注, 眉山 2017 民生工程 进度表, https://www.ms.gov.cn/info/5565/1006442.htm;
# 序号 / 工作任务 / 分管市领导 / 牵头单位及主要负责人 / 落实进展情况, 肇庆 2020, https://www.zhaoqing.gov.cn/xxgk/zwgk/
# zxgcgk/content/post_2462763.html; 牵头单位 … 业主单位 / 本月进展情况, 新建 2024, http://www.pc28forum.com/xjqrmzf/
# msss/202412/80436a1e5df84a3ea912087b118f9118.shtml; the report columns _units_second reads after a second cell,
# 宣城 2022 and 芜湖 2023): a unit cell ends the task, as it does before the task's text.
_REPORT_COLUMN = re.compile(r"进展|进度|完成情况|落实情况|推进情况|办理情况")


def _report_after_units(header: str) -> bool:
    flat = _flat(header)
    first = _UNIT_COLUMN.search(flat) if ("进" in flat or "情况" in flat) else None
    return bool(first) and _REPORT_COLUMN.search(flat, first.end()) is not None


def _units_first(header: str) -> bool:
    flat = _flat(header)
    first = _UNIT_COLUMN.search(flat)
    return bool(first) and not _TEXT_COLUMN.search(flat, 0, first.start())


def _column_roles(text: str) -> list[str | None]:
    """The roles of a header's columns that name units, in order (None for one that names no role: 评分部门)."""
    return [_ROLE.get(word := m.group(1) or m.group(3)) or label_role(word) or verb_role(word)[0]
            for m in _UNIT_COLUMN.finditer(_flat(text))]


def _cells(line: Line) -> list[tuple[str, int, bool]]:
    """(text, offset) of the cells of one line of a row: split on |, else on spaces; a cell holding a sentence
    and then, after its last 。, more text, gives that text as a cell too (a space lost in normalisation)."""
    sep = "|" if "|" in line.text else " "
    out, pos = [], 0
    for part in line.text.split(sep):
        start = line.start + pos + len(part) - len(part.lstrip())
        cell = part.strip()
        pos += len(part) + 1
        stop = cell.rstrip("。").rfind("。")
        if stop >= 0:
            out.append((cell[:stop + 1], start, False))
            out.append((cell[stop + 1:], start + stop + 1, True))
        elif cell:
            out.append((cell, start, False))
    return out


def _unit_cells(row: list[Line], unit_may_end_task: bool = False, persons: str | None = None
                ) -> list[tuple[str, int, list[tuple[str, int, int]], int]]:
    """The cells of a row that list units. The task comes first: every cell up to the first that ends a sentence
    (事项名称 | 项目内容。), else the first cell (建成县残疾人综合服务中心 names a thing to build); units printed
    after a sentence in the same cell (…30家以上。区科技局) are a cell of their own. A lone name closing a
    sentence (开工建设老年大学。) is a task, not a unit."""
    cells = [(cell, start, after, line.index) for line in row for cell, start, after in _cells(line)
             if cell and len(cell) <= _MAX_CELL and re.search(r"\D", cell) and not _ROW_START.fullmatch(cell)]
    cells = cells if persons else _rejoined(cells)  # beside a person column, a short cell is the leader's name
    task_end = next((k for k, c in enumerate(cells) if c[0].endswith("。") and not c[2]), 0)
    listed = [_listed_units(cell, start, after, persons) for cell, start, after, _ in cells]
    # a unit cell before the row's sentences (重点工作 | 责任领导 | 责任科室 | 攻坚目标。…, 泗洲头镇 2024) ends the task
    if unit_may_end_task:
        task_end = min(task_end, next((k - 1 for k in range(1, len(cells)) if listed[k]), task_end))
    rows = enumerate(zip(cells, listed, strict=True))
    return [(cell, start, units, index) for k, ((cell, start, after, index), units) in rows
            if units and (k > task_end or after)]


# A unit's name broken by the page onto the next line (申通地铁 / 集团: 上海 交通光伏 2023, 附表2, a cell a line),
# as PDF text breaks tails' names (省民\n政厅, 省医\n保局: 安徽 2024 民生实事; corpus README, fifth batch): the unit
# is printed with the break. The cell before is no unit; the next line is a body's ending alone, not a department
# printed whole (县域商贸物流提升 / 商务局: a task and its unit, review 9).
_BROKEN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,10}")
_BROKEN_END = re.compile(r"[\u4e00-\u9fff]{1,3}")


def _rejoined(cells: list[tuple[str, int, bool, int]]) -> list[tuple[str, int, bool, int]]:
    out: list[tuple[str, int, bool, int]] = []
    for cell in cells:
        if out and _broken_pair(out[-1], cell):
            head = out.pop()
            out.append((f"{head[0]}\n{cell[0]}", head[1], head[2], head[3]))
        else:
            out.append(cell)
    return out


def _broken_pair(head: tuple[str, int, bool, int], end: tuple[str, int, bool, int]) -> bool:
    return (end[3] == head[3] + 1 and end[1] == head[1] + len(head[0]) + 1
            and ((bool(_BROKEN_END.fullmatch(end[0])) and not known_department(end[0]))
                 or long_broken_end(head[0], end[0]))
            and bool(UNIT_SUFFIX.search(end[0]))
            and bool(_BROKEN_HEAD.fullmatch(head[0])) and not UNIT_SUFFIX.search(head[0])
            and not SCHEDULE_CELL.fullmatch(head[0])  # 全年推进 / 统计局: a time cell, then the unit
            and not _GLUED_PERSON.fullmatch(head[0])  # 王伟 / 县委办: a leader's name, then the unit
            and unit_like(head[0] + end[0]))


def _listed_units(cell: str, start: int, after_sentence: bool, persons: str | None = None
                  ) -> list[tuple[str, int, int]]:
    """The units a cell lists, or [] when it is no list of units (a lone name closing a sentence is a task)."""
    units = [v[1:] for v in verb_cell(cell, start)] or (  # 办公室牵头,各科室配合: read with its verbs (verb_cells)
        _without_people(split_units(cell, start), persons) if persons else split_units(cell, start))
    if len(units) == 1 and cell.endswith("。") and not after_sentence:
        return []
    # places and a level's short names beside a body are units in a unit column's cell (column_units)
    return units if looks_like_units([FoundUnit("", u, s, e) for u, s, e in units]) or vouched_units(units) else []


# A column of people beside a unit column (肇庆 2020 `牵头单位及 主要负责人`: `市民政局 伍泽国`; 青阳 2023
# `牵头领导` right before `牵头责任单位`: `吴蓓蓓 县卫健委`): a person's two or three characters, apart or glued to
# the unit by the normaliser (which joins a space between Chinese characters), after it when the unit's column names
# its head, before it when the leader's column comes right before the unit's ("after"/"before": where it is printed).
_PERSON_AFTER = re.compile(r"(?:单位|部门)及?[^|\s]{0,4}(?:负责人|责任人)")
_PERSON_BEFORE = re.compile(rf"领导(?:{LABEL}|{_TAIL_WORDS}|[\u4e00-\u9fff]{{2}})(?:单位|部门)")  # 牵头责任单位
_GLUED_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _person_column(header: str) -> str | None:
    flat = _flat(header)
    return "after" if _PERSON_AFTER.search(flat) else "before" if _PERSON_BEFORE.search(flat) else None


def _glued(row: list[Line], header: _Header) -> str | None:
    """Where a person is printed beside the units of ``row``. A leader's column before the unit's ("before") glues a
    person to the unit only where the row shows it: never in a row printed with spaces, whose spaces the normaliser
    keeps (an empty leader's cell then leaves 青阳县卫健委 whole); between bars, fewer cells than the header's; else no
    cell of the row is a name alone (青阳 2023 `吴蓓蓓 县卫健委`, one cell once normalised). A row with the person in a
    cell of its own (`张三 | 青阳县卫健委`) keeps its place-prefixed units whole ("beside": lone names dropped, none
    cut)."""
    if header.persons != "before":
        return header.persons
    if "|" not in row[0].text and Rows(row[0].text).spans:
        return "beside"  # a row printed with spaces keeps them all (text.spaces): no person is glued to a unit
    if any(_GLUED_PERSON.fullmatch(cell) and not unit_like(cell) for line in row for cell, _, _ in _cells(line)):
        return "beside"
    if header.bar_cells is not None and "|" in row[0].text:
        return "before" if len(row[0].text.split("|")) < header.bar_cells else "beside"
    return "before"


def _without_people(units: list[tuple[str, int, int]], persons: str) -> list[tuple[str, int, int]]:
    """The units of a cell without the people's names, apart (``市民政局 伍泽国``) or glued to a unit."""
    return [_without_person(u, s, e, persons) for u, s, e in units
            if not (_GLUED_PERSON.fullmatch(u) and not unit_like(u)) or len(units) == 1]


def _without_person(unit: str, s: int, e: int, persons: str) -> tuple[str, int, int]:
    """A unit without the person's name glued to it (``persons``: where the header prints the person)."""
    for k in (3, 2):
        if persons == "after" and len(unit) > k + 2 and _GLUED_PERSON.fullmatch(unit[-k:]) \
                and ends_as_name(unit[:-k]) and not ends_as_name(unit):
            return unit[:-k], s, e - k
        if persons == "before" and len(unit) > k + 2 and _GLUED_PERSON.fullmatch(unit[:k]) \
                and unit[k] in "省市县区" and ends_as_name(unit[k:]) and not unit_like(unit[:k + 1]):
            return unit[k:], s + k, e
    return unit, s, e


def _roles_for(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """Roles of a row's unit cells. More cells than role columns: when the last cell is a list (…、…), the extra
    cells are the first column's, printed one unit per line; else the first column has one unit and the last
    column the rest (牵头单位 区教体局, 协同单位 one per line)."""
    n = len(cells)
    trailing = len(roles) - len(list(itertools.dropwhile(lambda r: r is None, reversed(roles))))
    # 责任部门 | 评分部门: the last cells are the other column's
    if trailing and n > trailing and len(roles) > trailing:
        return _roles_for(cells[:n - trailing], roles[:-trailing]) + [None] * trailing
    if n <= len(roles):
        return roles[:n]
    if re.search(r"[、,,]", cells[-1]):
        return [roles[0]] * (n - len(roles) + 1) + roles[1:]
    return roles[:-1] + [roles[-1]] * (n - len(roles) + 1)


def _next_row(row: str, text: str, category: bool = False) -> bool:
    """Whether ``text`` starts a row after ``row``: its number comes a little after the row's (9 → 10; an excerpt may
    leave rows out: 1 → 4), so a value on a line of its own (42 under 万吨 in row 9) stays in its row. Under a category
    column a row may open with the category's cell (``_CATEGORY_ROW``)."""
    m, here = _row_number(text, category), _row_number(row, category)
    return m is not None and (here is None or 0 < m - here <= _ROW_GAP)


_ROW_GAP = 5


# A table printed one cell a line whose header has no 序号 (项目 / 分值 / 目标任务 / 监考单位, 旌阳 2016; 目标任务 / … /
# 责任分工 / 监督方式, 木李镇 2024): three short cells or more in a row, one naming a column of units.
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff、 ]{1,12}")
# A collective (各科室, 各单位: 池州 信访局 2021's responsible cells) names units, never a column.
_COLUMN_CELL = re.compile(r"(?!各)[\u4e00-\u9fff]{0,4}(?:单位|部门|科室|股室)|责任分工")
_MIN_CELLS = 3
_MAX_HEADER_CELLS = 16


# A table printed a cell a line may keep the page's bars, on lines of their own between the cells (工作任务 / | /
# 具体要求 / | / 责任科室 / | / 时限要求, 池州 信访局 2021 政务公开 tasks, https://xfj.chizhou.gov.cn/OpennessContent/show/
# 1426818.html) or after each cell (序号 | / 牵头单位 |, 新建 2024 and 袁州 2023 民生实事, read by the 序号 header):
# a line of bars alone is no cell, and the cell-a-line reader passes over it as over a blank line.
def _cell_run(lines: list[Line], at: int) -> list[Line]:
    """The short cells printed one a line from ``at`` (blank lines and lines of bars between skipped), up to a line of
    other text."""
    cells = []
    for n in range(at, min(len(lines), at + _MAX_HEADER_LINES)):
        line = lines[n]
        text = line.text.strip()
        if not text.strip("|"):
            continue
        if line.chrome or not _HEADER_CELL.fullmatch(text) or len(cells) == _MAX_HEADER_CELLS:
            break
        cells.append(line)
    return cells


def _named(cell: Line) -> bool:
    return bool(_COLUMN_CELL.fullmatch(_fold(cell.text).replace(" ", "")))


def _labels_and_values(cells: list[Line], named: list[int]) -> bool:
    """A column's name, then a list of units, then another column's name: labels each followed by its value
    (同心 2023: 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇), not a header, whose names come one after another
    before the rows. Such a label announces the units of the next line, as 和布克赛尔 2020's 整改责任单位 does."""
    return any(k + 2 in named and k + 1 not in named and _lists_units(cells[k + 1]) for k in named)


def _lists_units(cell: Line) -> bool:
    units = split_units(cell.text.strip(), cell.start)
    return bool(units) and looks_like_units([FoundUnit("", u, s, e) for u, s, e in units])


def _cell_header(cells: list[Line]) -> tuple[list[str | None], int] | None:
    """(roles of the unit columns in order, index of the line after the header) of a header without 序号 printed one
    cell a line (``cells``, from ``_cell_run``)."""
    named = [k for k, c in enumerate(cells) if _named(c)]
    if len(cells) < _MIN_CELLS or not named or any(_header_starts(c.text) for c in cells):
        return None
    if _labels_and_values(cells, named):
        return None  # read as labels announcing the next line (assignments._ROLE_HEADING)
    roles = [r for k in named for r in _column_roles(_whole_name(cells, k))]
    roles = list(itertools.dropwhile(lambda r: r is None, roles))
    return (roles, cells[named[-1]].index + 1) if roles else None


# A column's name the page broke over two lines, its role word on the first (市级牵头 / 责任单位, 眉山 2017 民生工程
# 进度表, https://www.ms.gov.cn/info/5565/1006442.htm; 责任 / 单位, 江山 2023 民生实事, and 责任 / 科室, 泗洲头镇 2024,
# whose headers the 序号 reader joins): the cell before a named cell that ends in a role word is the name's head.
_ROLE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:牵头|责任|配合|协同|主要|主责)")


def _whole_name(cells: list[Line], k: int) -> str:
    head = cells[k - 1].text.strip() if k else ""
    if head and not _named(cells[k - 1]) and _ROLE_HEAD.fullmatch(_fold(head).replace(" ", "")):
        return head + cells[k].text
    return cells[k].text


def _cell_rows(lines: list[Line], at: int, roles: list[str | None]) -> list[tuple[Line, str | None, list]]:
    """The lines that list units below a header without 序号, each with its column's role: in each run of unit cells
    (a row's other cells between runs), the k-th cell is the k-th unit column's. A body signing above a date is no
    cell. Stops at the next header. A line of bars between cells is passed over as a blank line is."""
    out: list[tuple[Line, str | None, list]] = []
    k = 0
    # A unit cell ending in 、 goes on on the next line: that line is the same cell, in the same column (区委编办、 /
    # 各街道 lead, 杨浦 2022 基层消防, dev,
    # https://www.shanghai.gov.cn/zhengce/detail/0077::007766345beb1856665c1d3217bdb40500a1; 如东 2020 城市安全's
    # table of the same header prints 县发改委、自然资源局、, dev,
    # http://www.rudong.gov.cn/ajj/jhzj/content/9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html), as the 序号 reader keeps
    # 宝山 2019's 区绿化市容局、 / 区农业农村委 and 眉山 2017's …市教体局、 / 团市委 one cell (afresh55's map, cause 1).
    continued = False
    for n in range(at, len(lines)):  # no slice: a copy of the rest of the page for each header
        line = lines[n]
        text = line.text.strip()
        if not text.strip("|") or line.chrome:
            continue
        if _header_starts(text) or _named(line):  # another header: a column's name
            break
        # a salutation (各乡镇人民政府,县直各部门:) or a label ends with a colon: no cell of units; a sentence ends
        # with 。: a task cell, though it lists bodies (…政府专职消防队、志愿消防队、微型消防站。, 杨浦 2022 item 12:
        # afresh55's cause 3) — in the dev tables printed one cell a line (杨浦 2022, 如东 2020, 宝山 2019, cited
        # above) task cells end with 。 and no unit cell does (asg57)
        units = split_units(text, line.start + line.text.index(text)) \
            if len(text) <= _MAX_CELL and not text.endswith((":", ":", "。")) else []
        if (looks_like_units([FoundUnit("", u, s, e) for u, s, e in units]) or vouched_units(units)
                or verb_cell(text, 0)) and not _signs(lines, n):
            if continued:
                out.append((line, out[-1][1], units))
            else:
                out.append((line, roles[min(k, len(roles) - 1)], units))
                k += 1
            continued = text.endswith("、")
        else:
            k, continued = 0, False
    return out


def _signs(lines: list[Line], n: int) -> bool:
    """Whether a date follows the line within two lines: a signature, not a cell."""
    after = [ln.text.strip() for ln in lines[n + 1:n + 4] if ln.text.strip()][:2]
    return any(SIGN_DATE.search(t) for t in after)


def extract_task_tables(lines: list[Line], paths: list[str]
                        ) -> tuple[list[Annotation], list[tuple[str, FoundUnit]], set[int]]:
    """Annotations (one per cell of units), the units with their row's path, and the line indexes read."""
    annotations: list[Annotation] = []
    units: list[tuple[str, FoundUnit]] = []
    read: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i].text  # (_header_starts' first test, made here: no header starts without a bar or a 号)
        header = _header(lines, i) if not lines[i].chrome and ("|" in text or "号" in text or "號" in text) \
            and _header_starts(text) else None
        if header is None:
            run = _cell_run(lines, i) if _HEADER_CELL.fullmatch(lines[i].text.strip()) else []
            cell_header = _cell_header(run) if run else None  # (no run, most lines: fewer cells than a header has)
            if cell_header is None:
                # no header starts inside a run of cells that names no column: the scan goes on after it
                i = run[-1].index + 1 if run and not any(map(_named, run)) else i + 1
                continue
            rows = _cell_rows(lines, cell_header[1], cell_header[0])
            for line, role, found in rows:
                read.add(line.index)
                if role is not None:
                    annotations.append(Annotation(paths[line.index], line.text, line.start, line.end))
                    units.extend((paths[line.index], f)
                                 for f in cell_roles(line.text, line.start, role, found, len(annotations) - 1))
            i = max(cell_header[1], rows[-1][0].index + 1 if rows else 0)
            continue
        roles, i = header.roles, header.first_row
        while i < len(lines) and not _header_starts(lines[i].text):
            j = i + 1
            while j < len(lines) and not _next_row(lines[i].text, lines[j].text, header.category) \
                    and not _header_starts(lines[j].text):
                j += 1
            cells = _unit_cells(lines[i:j], header.unit_may_end_task, _glued(lines[i:j], header))
            path = paths[i]
            for (cell, start, found, _), role in zip(cells, _roles_for([c[0] for c in cells], roles), strict=True):
                if role is None:
                    continue
                annotations.append(Annotation(path, cell, start, start + len(cell)))
                units.extend((path, f) for f in cell_roles(cell, start, role, found, len(annotations) - 1))
            read.update(c[3] for c in cells)
            i = j
    return annotations, units, read
