"""spd57: the gates that replace a regex call or a tuple's endswith give the same answer on every string."""

from __future__ import annotations

import itertools
import re

from kechuang.extract import assignments, tail_words, unit_lists

_ALPHABET = "以及和与局县牵头负责实施落责任"


def _strings(longest: int = 4):
    for n in range(longest + 1):
        yield from ("".join(p) for p in itertools.product(_ALPHABET, repeat=n))


def test_joined_is_the_old_search():
    old = re.compile("以及|和|及|与")  # unit_lists._JOIN before spd57
    for s in _strings():
        assert unit_lists._joined(s) == bool(old.search(s)), s


def test_verb_gates_are_the_old_endswith():
    for s in _strings():
        assert assignments._closes_with_verb(s) == s.endswith(assignments._CLOSING_VERBS), s
        assert tail_words.verb_role(s) == _old_verb_role(s), s
    for verb, _ in tail_words.VERB_ROLES:  # every verb, after a name and alone
        for s in (verb, "县科技局" + verb, verb + "局"):
            assert tail_words.verb_role(s) == _old_verb_role(s), s
            assert assignments._closes_with_verb(s) == s.endswith(assignments._CLOSING_VERBS), s


def _old_verb_role(clause: str):
    if not clause.endswith(tail_words._VERB_ENDINGS):
        return None, clause
    for verb, r in tail_words.VERB_ROLES:
        if clause.endswith(verb):
            return r, clause[: -len(verb)]
    return None, clause
