"""Round 60: tenths written with 成 (专精特新企业数增幅超7成: 奉贤 2027, dev) read as a percentage."""

from kechuang.text.numerals import fraction_percent


def test_tenths_are_a_percentage():
    assert fraction_percent("7成") == 70
    assert fraction_percent("七成") == 70
    assert fraction_percent("三分之一") == 100 / 3  # as before
