"""Keyset pages for the API's lists (``web/keyset.py``): newest first (``-id``), ``LIMIT`` rows an answer; the
body stays the list, the cursor travels in the headers (as GitHub's API does): ``Link: <…?after=ID>; rel="next"``
and ``X-Next-Cursor: ID`` while more rows follow, ``X-Total-Count`` the filtered rows (``10,000+`` past the
cap). A garbled, forged or foreign cursor gives the first page (its row is looked up among the filtered rows
only); the old ``offset`` is refused with a message saying how to page now (a client still sending it would
otherwise read page 1 for ever)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpResponse

from kechuang.errors import KechuangError
from kechuang.web.keyset import keyset_page


def page_rows(request, response: HttpResponse, rows: QuerySet, size: int) -> list:
    """The page of ``rows`` the request's ``after`` (or ``before``) asks for; sets the paging headers."""
    if request.GET.get("offset") not in (None, "", "0"):
        raise KechuangError("KC-API-VALIDATION", "offset 翻页已停用:请按响应头 Link 中 rel=\"next\" 的地址翻页"
                            "(参数 after=上一页最后一条的 id)", field="offset")
    page = keyset_page(rows, request.GET, order=("-id",), size=size)
    response["X-Total-Count"] = page.count_text.replace(",", "")
    if page.after is not None:
        params = request.GET.copy()
        params.pop("before", None)
        params["after"] = str(page.after)
        response["Link"] = f'<{request.build_absolute_uri(request.path)}?{params.urlencode()}>; rel="next"'
        response["X-Next-Cursor"] = str(page.after)
    return page.rows
