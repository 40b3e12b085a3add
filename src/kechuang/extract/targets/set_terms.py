"""A lone 一 and its counter word inside a set term is no count of one (fix 23).

Chinese builds set terms of 一 + a counter word, and the count readers took their 一 for a value of 1 when a count
verb stood before them:
  全面推进一元化管理                  (an adjective in 化/式/性: 一元化, 一站式, 一次性 — read as 1 元 “化管理”)
  打造一人公司(OPC)创新创业生态       (长宁 2026 商务委, dev; 公司法's 一人有限责任公司, the 江苏 2025 “人工智能+”
                                      行动方案's 一人公司(OPC): a kind of company — read as 1 人)
  推进企业职工退休一件事一次办        (安徽 2024 民生实事, dev; 河池 2024 营商环境, dev; 国办发〔2025〕24号 高效办成
                                      一件事: 一件事 is the reform's name — read as 1 件)
  建立一户一策, 建设一人一档          (slogans 一A一B: one plan per household — read as 1 户, 1 人)
A count of one stays when the thing counted follows (建设一所…中等职业学校, 配置一个垃圾桶, 建设一个一站式服务中心),
and after a general counter word (个, 家, 所, 座, 处) the next characters open the thing counted, not a set term:
建成一个化工园区, 新建一座化粪池, 引进一家化工企业, 新建一所一贯制学校, 建设一个一流的…中心 (review 23 F2: the
化/一 branches took them for 一元化 and 一户一策).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.one_counts import committed_once
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.written_numbers import chinese

# after the counter word: a suffix that makes the pair an adjective, 事 alone (一件事), a slogan's second 一 and its
# one character (一户一策; not 一个一站式…, whose 一站 is a term of its own), a company of one (一人公司)
_TERM = re.compile(r"[化式性]|事(?![业务项])|一[\u4e00-\u9fff](?![化式性])|(?<=人)(?:有限责任)?公司")


# general counter words: what follows them is the thing counted (一个化工园区, 一所一贯制学校), never a set term
_GENERAL = frozenset("个家所座处")


def set_term(m: re.Match, clause: str) -> bool:
    """Whether a candidate's lone 一 and its unit open a set term of ``clause`` (see the module's doc)."""
    return m.group("num") == "一" and not (m.group("max") or m.group("about")) \
        and m.group("unit") not in _GENERAL and bool(_TERM.match(clause, m.end()))


def idiom(m: re.Match, clause: str) -> bool:
    """Whether a candidate's Chinese numeral is part of an idiom (一套, 两头: ``idiom_units``) or of a set term of
    ``clause`` (一元化, 一人公司, 一户一策: ``set_term``), not a value."""
    return chinese(m) and (m.group("unit") in vocab().idiom_units or set_term(m, clause)) \
        and not committed_once(m, clause)  # 至少召开一次, 要增设一处: a count (one_counts.py)
