"""ID numbers (居民身份证号码) checked with python-stdnum ``cn.ric``, and the masks shown to everyone but the
region's bureau: ``110***********123X`` for an ID number, ``138****5678`` for a telephone number. No Django."""

from __future__ import annotations

from stdnum import exceptions
from stdnum.cn import ric

from kechuang.errors import KechuangError
from kechuang.web.params import digits

_REASONS = {exceptions.InvalidLength: "应为 18 位(或旧式 15 位)",
            exceptions.InvalidFormat: "前 17 位应为数字,最后一位为数字或 X",
            exceptions.InvalidChecksum: "校验位不正确(可能有数字录错)",
            exceptions.InvalidComponent: "出生日期或地区码无效"}


def upgraded(number: str) -> str:
    """A 15-digit number of the first generation as its 18-digit form (born in the 1900s, check digit added)."""
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")


def id_number_checked(raw: str, field: str = "id_number") -> str:
    """The 18-digit number, or "" when none was given; KC-WEB-FIELD saying what is wrong otherwise."""
    number = ric.compact(raw or "")
    if not number:
        return ""
    if len(number) == 15 and digits(number):
        number = upgraded(number)
    try:
        return ric.validate(number)
    except exceptions.ValidationError as exc:
        reason = next((text for kind, text in _REASONS.items() if isinstance(exc, kind)), "格式无效")
        raise KechuangError("KC-WEB-FIELD", f"身份证号无效:{reason}", field=field) from None


def birth_of(number: str) -> tuple[int | None, str]:
    """Birth year and gender (odd order code: 男) read from a valid 18-digit number."""
    if len(number) != 18:
        return None, ""
    return int(number[6:10]), "男" if int(number[16]) % 2 else "女"


def mask_id(number: str) -> str:
    """The first three and the last four characters: 110***********123X."""
    if not number:
        return ""
    return number[:3] + "*" * (len(number) - 7) + number[-4:] if len(number) > 7 else "*" * len(number)


def mask_phone(phone: str) -> str:
    """The first three and the last four digits of a telephone number: 138****5678."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
