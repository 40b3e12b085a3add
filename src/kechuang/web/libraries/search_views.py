"""The search across all libraries (/libraries/search/): one box, filters by library and year."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from kechuang.errors import KechuangError
from kechuang.web.errors import http_status
from kechuang.web.libraries.access import require_reader
from kechuang.web.libraries.search import search_all


@login_required
@require_GET
def search_view(request):
    require_reader(request.user)
    q, kind, year_text = request.GET.get("q", ""), request.GET.get("kind", ""), request.GET.get("year", "").strip()
    context = {"q": q, "kind": kind, "year": year_text}
    if not q.strip():
        return render(request, "kechuang/libraries/search.html", context)
    status = 200
    try:
        year = int(year_text) if year_text else None
        context["results"] = search_all(request.user, q, kind=kind, year=year)
    except ValueError:
        context["error"] = KechuangError("KC-WEB-FIELD", f"年度“{year_text[:20]}”应为数字,如 2025", field="year")
        status = 400
    except KechuangError as exc:
        context["error"], status = exc, http_status(exc)
    context["q"] = q[:200]  # a 10,000-character query is not echoed back whole
    return render(request, "kechuang/libraries/search.html", context, status=status)
