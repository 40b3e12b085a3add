"""统一社会信用代码 (GB 32100-2015) through python-stdnum, and name keys for near-duplicate names."""

from __future__ import annotations


def uscc_check(code: str) -> tuple[str, str | None]:
    """Normalise a 统一社会信用代码: ``(code, None)`` when valid, ``(code, warning)`` for a code of the right form
    whose check digit fails (early pilot codes were issued so); raises ``KechuangError("KC-ENT-USCC")`` when the
    text is not a code at all."""
    raise NotImplementedError


def name_key(name: str) -> str:
    """A key equal for names that differ only in 有限公司/有限责任公司, brackets (full/half width), spaces and case."""
    raise NotImplementedError
