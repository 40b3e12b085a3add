"""spd41's speed mend (session 30): the keywords of a tail (牵头单位:…, 共同责任单位:…) are found by searching their field,
which opens with a role word's characters, and matching ``KEYWORDS`` whole from its optional qualifier (共同/主要),
rather than by ``KEYWORDS.finditer``, which opens with that optional qualifier and is tried at every position. These
tests hold that the matches are the same on every seed and corpus text and on made-up edge cases."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.tail_words import KEYWORDS, has_keyword, keyword_marks
from tests.extract.pattern_forms import stored_texts


def _texts() -> list[str]:
    texts = stored_texts()
    texts += ["共同牵头单位:A;主要配合单位:B", "共同共同责任单位:a主要主要负责部门(单位):b", "主要主责单位:x;主办单位:",
              "牵头单位:共同配合单位:主要", "共同:牵头单位 :X", "同牵头单位:要协同部门:", "主责单位(部门):共同协同科室:"]
    return [simplified_all(t) for t in texts] + texts[-7:]


def _spans(matches) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(0), m.group(1)) for m in matches]


def test_keyword_marks_match_keywords_finditer() -> None:
    for text in _texts():
        assert _spans(keyword_marks(text)) == _spans(KEYWORDS.finditer(text))
        assert has_keyword(text) == (KEYWORDS.search(text) is not None)
        for line in text.splitlines():
            assert _spans(keyword_marks(line)) == _spans(KEYWORDS.finditer(line))
            assert has_keyword(line) == (KEYWORDS.search(line) is not None)
