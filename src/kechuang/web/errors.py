"""One error shape per surface: HTML pages show the Chinese message, the API returns one JSON shape."""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from kechuang.errors import KechuangError

log = logging.getLogger("kechuang.web")

STATUS = {
    "KC-WEB-FORBIDDEN": 403,
    "KC-WEB-NOTFOUND": 404,
    "KC-WEB-CONFLICT": 409,
    "KC-WEB-TOO-LARGE": 413,
    "KC-TEXT-TOO-LARGE": 413,
    "KC-WEB-UNAVAILABLE": 503,
    "KC-WEB-AUTH": 401,
}


def http_status(exc: KechuangError) -> int:
    return STATUS.get(exc.code, 400)


def error_json(exc: KechuangError, status: int | None = None) -> JsonResponse:
    return JsonResponse({"error": exc.to_dict()}, status=status or http_status(exc),
                        json_dumps_params={"ensure_ascii": False})


def error_page(request: HttpRequest, exc: KechuangError, status: int | None = None) -> HttpResponse:
    return render(request, "kechuang/error.html", {"error": exc}, status=status or http_status(exc))


def unavailable() -> KechuangError:
    return KechuangError("KC-WEB-UNAVAILABLE", "数据库暂时不可用(可能正忙或已停止),本次操作未保存任何内容,请稍后重试")


class DatabaseUnavailableMiddleware:
    """A locked or stopped database gives a clear 503 instead of a traceback; the transaction rolled back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            log.warning("database unavailable: %s", exception)
            session = getattr(request, "session", None)
            if session is not None and not hasattr(session, "_session_cache"):
                # The session could not be loaded: leave it untouched (not saved, cookie kept).
                session._session_cache = {}
            exc = unavailable()
            if request.path.startswith("/api/"):
                return error_json(exc)
            return error_page(request, exc)
        return None


def csrf_failure(request, reason=""):
    exc = KechuangError("KC-WEB-CSRF", "页面已过期或来源不明(CSRF 校验失败),请刷新页面后重新提交")
    return error_page(request, exc, status=403)


def page_not_found(request, exception=None):
    return error_page(request, KechuangError("KC-WEB-NOTFOUND", "页面或记录不存在,或您无权查看"), status=404)


def permission_denied(request, exception=None):
    return error_page(request, KechuangError("KC-WEB-FORBIDDEN", "您没有执行此操作的权限"), status=403)


def server_error(request):
    return HttpResponse("<!doctype html><meta charset=utf-8><title>系统错误</title>"
                        "<h1>系统错误</h1><p>服务器内部错误,操作未完成。请稍后重试或联系管理员。</p>", status=500)


def bad_request(request, exception=None):
    return error_page(request, KechuangError("KC-WEB-BAD-REQUEST", "请求无效,请检查后重试"), status=400)
