"""Chinese numerals: parse (一, 十二, 两, 百分之三十, 1.5万) and format (for Word's list numbering)."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


def parse_chinese(text: str) -> int | None:
    """Value of a Chinese numeral (一千五百万 → 15000000, 十二 → 12, 二〇二二 → 2022); None if not one."""
    if not text or any(ch not in CHARS for ch in text):
        return None
    if all(ch in DIGITS for ch in text) and len(text) > 1:  # digit by digit: 二〇二二
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, number = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            if number is not None and section == 0 and total == 0 and number != 0:
                return None  # two digits in a row without a unit: not a numeral
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if number is None else number) * SMALL_UNITS[ch]
            number = None
        else:  # 万 / 亿
            value = section + (number or 0)
            if value == 0:
                value = 1
            total = (total + value) * BIG_UNITS[ch]
            section, number = 0, None
    return total + section + (number or 0)


def format_chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (for list numbering up to 9999)."""
    if n <= 0:
        return "零"
    names = "零一二三四五六七八九"
    if n < 10:
        return names[n]
    if n < 20:
        return "十" + (names[n - 10] if n > 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += names[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def to_number(text: str) -> float | None:
    """An Arabic or Chinese number, with 万/亿 multipliers: '1.5万' → 15000, '两' → 2."""
    text = text.replace(",", "")
    if not text:
        return None
    multiplier = 1
    while text and text[-1] in BIG_UNITS and (len(text) > 1 and (text[-2].isdigit() or text[-2] == ".")):
        multiplier *= BIG_UNITS[text[-1]]
        text = text[:-1]
    # a Chinese numeral's first character is no decimal digit, sign, space or letter of inf/nan: float() would raise
    # for it, and a raised ValueError costs more than the rest of this reading (same answers)
    if text[0] not in _CHINESE_FIRST:
        try:
            return float(text) * multiplier
        except ValueError:
            pass
    whole, point, decimals = text.replace("点", ".").replace("點", ".").partition(".")
    value = parse_chinese(whole)
    if value is None:
        return None
    if point:  # 十点七 → 10.7, 四十九点五 → 49.5: the digits after 点 are read one by one
        if not decimals or any(ch not in DIGITS for ch in decimals):
            return None
        return float(f"{value}.{''.join(str(DIGITS[ch]) for ch in decimals)}") * multiplier
    return float(value * multiplier)


_CHINESE_FIRST = frozenset(CHARS + "点點")  # characters float() never reads


_WORD_FRACTIONS = {"一半": 50.0, "半数": 50.0}


def fraction_percent(text: str) -> float | None:
    """A fraction in words or digits as a percentage: 一半 → 50, 三分之一 → 33.33…, 四分之三 → 75, 1/8 → 12.5."""
    if text in _WORD_FRACTIONS:
        return _WORD_FRACTIONS[text]
    if text.endswith("成"):  # 7成, 七成: tenths
        tenths = to_number(text[:-1])
        return 10 * tenths if tenths is not None else None
    top, slash, bottom = text.partition("/")
    if slash and top.isdigit() and bottom.isdigit():
        return 100 * int(top) / int(bottom) if int(bottom) else None
    whole, sep, part = text.partition("分之")
    if not sep:
        return None
    denominator, numerator = parse_chinese(whole), parse_chinese(part)
    if not denominator or numerator is None:
        return None
    return 100 * numerator / denominator
