"""The phonetic reading a mirror prints after a character of a page converted to traditional characters (現(xiàn)將,
印發(fā), 大政發(fā)〔2023〕9號(hào)): lower-case Latin letters with tone marks, in ASCII brackets, right after a CJK
character — one definition for the metadata and the target readers (a bracketed (ii) after a Latin letter or a digit is
no reading)."""

from __future__ import annotations

import re

# the bracket first: the re module scans for it, then looks behind for the character
# a mirror may print a reading twice (的(de)(de), 意(yi)(yi), 社(she)(she): sl4u 2020, yfwz 2021) or three times
# (農(nong)(nong)(nong): yn-yunnan-qwgc2023#3): one reading (round 45; review 19, F8); a printing again is the same
# reading (鄂(è)(è), 額(é)(é): review 20, F2) or a reading of two letters or more in another form (湖北(hú)(hu),
# 發(fā)(fa): review 21, F12), so a list's mark of one letter after a reading (企業(yè)(a)) stays. A mirror may
# print a space before its closing bracket (會(huì ), 創(chuàng ), 門(mén ): jxjiajian 2021, 9keben 2022; round 55).
# READING_PATTERN, embedded in other patterns (metadata/fields.py) with no group of its own, takes a repeat of two
# letters or more.
READING_PATTERN = r"\((?<=[\u4e00-\u9fff]\()[a-z\u00e0-\u01dc]{1,6} ?\)(?:\([a-z\u00e0-\u01dc]{2,6}\)){0,2}"
READING = re.compile(r"\((?<=[\u4e00-\u9fff]\()(?P<reading>[a-z\u00e0-\u01dc]{1,6}) ?\)"
                     r"(?:\((?:(?P=reading)|[a-z\u00e0-\u01dc]{2,6})\)){0,2}")
