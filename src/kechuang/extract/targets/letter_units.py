"""A letter unit that names two things in two fields (review 26, F5).

A bare ``P`` after a number is petaflops where a plan counts computing power (`算力规模力争达到3000P`: 长春 2024,
dev), but a video resolution next to a picture's words (`视频分辨率不低于1080P`, a surveillance plan's goals,
boteman.cn 495625260; `720P以上网络摄像机`, a surveillance engineer's notes, xiexiebang.com 2019). ``P`` is no
unit next to a word of a picture (分辨率, 像素, 摄像, 视频, 高清, 画质…: in its clause, before it or just after),
unless a word of computing power stands there too (算力, 智算, 智能计算, 超算, 计算能力).
显示 alone is a report's phrase (数据显示,…规模达到300P: mend28, review 27's F5);
显示器 and 屏 are a picture's. Requiring a computing word instead would drop a count
of petaflops whose clause names only its measure (`建成智算中心2个,规模达到300P`: the
computing word stands in the clause before, which the candidate's clause does not hold).
PFLOPS and the other letter units name one thing."""

from __future__ import annotations

import re

_PICTURE = re.compile(r"分辨率|像素|[摄攝]像|[视視][频頻]|高清|超清|[画畫]质|[画畫]面|[显顯]示器|屏")
_COMPUTING = re.compile(r"算力|智算|超算|智能[计計]算|[计計运運]算能力")
_LOOK_BACK = 40  # characters before the value searched (a clause's name and verb)
_LOOK_ON = 12  # and after it (720P以上网络摄像机)


def letter_unit_fits(unit: str | None, text: str, start: int, end: int) -> bool:
    """Whether ``unit``, read after a number at ``start:end`` of ``text``, names what it names there: a bare ``P``
    not next to a picture's word (unless next to a computing word too); every other unit always."""
    if unit != "P":
        return True
    lo, hi = max(0, start - _LOOK_BACK), end + _LOOK_ON
    return (_PICTURE.search(text, lo, start) is None and _PICTURE.search(text, end, hi) is None) or (
        _COMPUTING.search(text, lo, hi) is not None)
