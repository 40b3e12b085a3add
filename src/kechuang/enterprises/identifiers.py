"""统一社会信用代码 (GB 32100-2015) through python-stdnum, and name keys for near-duplicate names."""

from __future__ import annotations

import re
import unicodedata

from stdnum import exceptions
from stdnum.cn import uscc

from kechuang.errors import KechuangError

# Legal-form spellings that name the same form; the longer first.
_FORMS = (("有限责任公司", "有限公司"), ("股份有限公司", "股份公司"))
# Brackets, spaces, dots and dashes that clerks write in or leave out.
_NOISE = re.compile(r"[\s()\[\]{}<>〈〉《》【】〔〕「」『』·•.,,、\-—_'\"“”‘’]+")


def uscc_check(code: str) -> tuple[str, str | None]:
    """Normalise a 统一社会信用代码: ``(code, None)`` when valid, ``(code, warning)`` for a code of the right form
    whose check digit fails (early pilot codes were issued so); raises ``KechuangError("KC-ENT-USCC")`` when the
    text is not a code at all."""
    text = unicodedata.normalize("NFKC", str(code or "")).strip()
    try:
        return uscc.validate(text), None
    except exceptions.InvalidChecksum:
        return uscc.compact(text), "校验位不符(可能是早期试点代码),请核对营业执照"
    except exceptions.InvalidLength:
        length = len(uscc.compact(text))
        raise KechuangError("KC-ENT-USCC", f"统一社会信用代码「{text}」应为 18 位,实为 {length} 位",
                            field="统一社会信用代码") from None
    except exceptions.ValidationError:
        raise KechuangError("KC-ENT-USCC", f"统一社会信用代码「{text}」格式不对:前 8 位应为数字,"
                            "其余为数字或大写字母(不含 I、O、Z、S、V)", field="统一社会信用代码") from None


def name_key(name: str) -> str:
    """A key equal for names that differ only in 有限公司/有限责任公司, brackets (full/half width), spaces and case."""
    key = unicodedata.normalize("NFKC", str(name or "")).lower()
    key = _NOISE.sub("", key)
    for long, short in _FORMS:
        key = key.replace(long, short)
    return key
