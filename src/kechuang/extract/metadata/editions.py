"""A revision's mark inside a cited title's 《》 is no part of the basis (round meta30).

Plans cite the edition in force: `《漳州市防台风暴雨洪涝应急预案(修编)》` (漳州 2020's 编制依据), `《攀枝花市森林草原
火災應急預案(2022年修訂)》` (米易 2022's), `(2012年修订版)` (the first batch). openings/DECISIONS.md drops the mark
as it drops a 文号 after a title (first batch; openings10, openings18: `(修编)` and `(2022年修訂)` dropped, `(试行)`
kept: it is part of a name). A title whose only bracket is the mark loses it; any other bracket stays.
"""

from __future__ import annotations

import re

# (修编), (2022年修訂), (2012年修订版), (2019年11月修订): a year and month at most before the word, 版 or 稿 after it
_EDITION = re.compile(r"\((?:\d{4}年(?:\d{1,2}月)?)?(?:修订|修訂|修编|修編)[版稿]?\)$")


def without_edition(title: str) -> str:
    """``title`` without a trailing revision mark (``_EDITION``); the mark alone is left as it is."""
    if not title.endswith(")"):
        return title
    bare = _EDITION.sub("", title)
    return bare or title
