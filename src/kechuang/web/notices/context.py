"""Template context: the number of unread messages, for the header."""

from kechuang.web.notices.selectors import unread_count


def unread(request) -> dict:
    return {"kc_unread": unread_count(getattr(request, "user", None))}
