"""The import of needs into a 榜单 (需求征集): the template, the upload and its preview (errors by file, row and
column; nothing written), then the bureau's confirmation. The file is kept between the two (``kechuang.web.kept``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from kechuang.errors import KechuangError
from kechuang.web import kept
from kechuang.web.challenges import imports, selectors
from kechuang.web.challenges.views import require_user, xlsx_response
from kechuang.web.clock import today
from kechuang.web.errors import http_status
from kechuang.web.supervision.services import Evidence


@login_required
@require_GET
def needs_template(request):
    require_user(request)
    return xlsx_response(imports.template(), "揭榜挂帅需求导入模板.xlsx")


def _accept_any(files) -> None:
    return None  # the sheet is checked by the preview, not here


@login_required
@require_http_methods(["GET", "POST"])
def needs_import_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    if not selectors.can_manage(request.user, challenge):
        raise PermissionDenied
    context = {"challenge": challenge, "found": None, "token": "", "error": None}
    if request.method == "POST":
        try:
            token = request.POST.get("token", "")
            upload = request.FILES.get("file")
            if upload is not None:
                token = kept.keep(request.user, [Evidence(upload.name, upload.read())], _accept_any, 1)[0][0]
            files = kept.take(request.user, [token], Evidence)
            if not files:
                raise KechuangError("KC-WEB-FIELD", "请选择要导入的 xlsx 或 csv 文件", field="file")
            found = imports.preview(challenge, files[0].name, files[0].data)
            if request.POST.get("confirm"):
                done = imports.needs_import(request.user, challenge, found, bool(request.POST.get("only_valid")),
                                            today())
                kept.discard(request.user, [token])
                messages.success(request, f"已导入需求 {done} 条")
                return redirect("kc-challenge", pk=challenge.pk)
            context.update(found=found, token=token)
        except KechuangError as exc:
            if exc.code == "KC-WEB-FORBIDDEN":
                raise PermissionDenied(exc.message_zh) from None
            context["error"] = exc
    return render(request, "kechuang/challenges/needs_import.html", context,
                  status=http_status(context["error"]) if context["error"] else 200)
