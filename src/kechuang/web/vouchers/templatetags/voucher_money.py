"""``{{ fen|wan }}``: an amount kept in 分 shown in 万元."""

from django import template

from kechuang.web.vouchers.money import wan as wan_text

register = template.Library()


@register.filter
def wan(fen) -> str:
    return wan_text(fen)
