"""A body's name and its short form, as a notice's title and its signature print the one body.

A notice's title names its issuer in a short form that its signature prints in full: a word left out inside the
name (`常州市发展改革委` titled, `常州市发展和改革委员会` signed, 常州 2025), or a place's short name for its full one
(`昌吉州人民政府办公室` titled, `昌吉回族自治州人民政府办公室` signed, 昌吉 2018). The short form keeps the full
name's characters in order, its first and its last (…委 for …委员会 read as one): the one body, listed once.
"""

from __future__ import annotations

_MIN = 4  # a short form of fewer characters (市政府) names too little to be matched by its characters


def _close(name: str) -> str:
    return name[:-2] if name.endswith(("委员会", "委員會")) else name


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters left out (see the module's doc): same first and last
    character, every character of ``short`` found in ``full`` in order."""
    short, full = _close(short), _close(full)
    if len(short) > len(full):
        short, full = full, short
    if len(short) < _MIN or short == full or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)  # a subsequence: one pass over ``full``
