"""The shape every create and edit page shares: GET shows the form; POST saves through a service; a coded error
shows the form again with the error; a save says what was saved and goes to the saved record's page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect

from kechuang.errors import KechuangError


def form_page(request, form: Callable[[KechuangError | None], HttpResponse], save: Callable[[], object],
              said: Callable[[object], str], url: str) -> HttpResponse:
    """``form(None)`` on GET; on POST ``save()``, then the message ``said(saved)`` and a redirect to ``url`` with the
    saved record's pk, or ``form(error)`` (which keeps the posted values and answers with the error's status)."""
    if request.method == "GET":
        return form(None)
    try:
        saved = save()
    except KechuangError as exc:
        return form(exc)
    messages.success(request, said(saved))
    return redirect(url, pk=saved.pk)
