"""spd51 (session 33): ``title._ISSUING`` opens its 印发 branch with 印, its lookbehind after it; it finds exactly what
the earlier form, whose branch opened with the lookbehind, found on every seed and corpus text."""

from __future__ import annotations

import re

from kechuang.extract.metadata import title
from kechuang.extract.metadata.title import ABOUT, READING
from tests.extract.pattern_forms import opens_with_assertion, stored_texts

_OLD_ISSUING = re.compile(rf"{ABOUT}|(?<=[办室厅委府局])印[发發]{READING}(?=《)")


def test_issuing_matches_as_its_earlier_form():
    texts = [*stored_texts(), "市政府办公室印发《方案》的通知", "印发《方案》", "局印發(fā)《规划》", "厅印发" * 20 + "《"]
    assert len(texts) > 3000
    for text in texts:
        assert [m.span() for m in title._ISSUING.finditer(text)] == [m.span() for m in _OLD_ISSUING.finditer(text)]


def test_issuing_opens_with_no_assertion():
    assert opens_with_assertion(_OLD_ISSUING) and not opens_with_assertion(title._ISSUING)
