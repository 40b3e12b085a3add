"""Reading request parameters leniently where a bad value just means "not given" (filters, choices)."""

from __future__ import annotations

MAX_ID = 2**63 - 1  # the largest id a database column holds; a larger number is no id at all


def int_or_none(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if -MAX_ID <= number <= MAX_ID else None


def digits(text: str) -> bool:
    """Whether ``text`` is a run of ASCII digits, as an id or a year typed in a form is: ``str.isdigit`` is also true
    of ``²`` and ``١٢``, which ``int`` reads wrongly or refuses (a 500 where the user deserved a plain refusal)."""
    return text.isascii() and text.isdigit()
