"""One error shape per surface: HTML pages show the Chinese message, the API returns one JSON shape."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import render

from kechuang.errors import KechuangError

log = logging.getLogger("kechuang.web")

STATUS = {
    "KC-WEB-FORBIDDEN": 403,
    "KC-WEB-NOTFOUND": 404,
    "KC-WEB-CONFLICT": 409,
    "KC-CHALLENGE-ORDER": 409,  # a 揭榜挂帅 step out of order (kechuang.web.challenges.flow)
    "KC-WEB-TOO-LARGE": 413,
    "KC-TEXT-TOO-LARGE": 413,
    "KC-WEB-UNAVAILABLE": 503,
    "KC-WEB-AUTH": 401,
    "KC-WEB-METHOD": 405,
    "KC-WEB-INTERNAL": 500,
    "KC-LIB-DUPLICATE": 409,  # a suspect duplicate project needs a reason (kechuang.web.libraries)
    "KC-LIB-INDEX-BUILDING": 503,
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
            # The page that says so must not read the database: the user (whose session may come from the cache)
            # is not loaded for it, and the header shows no account.
            request.user = request._cached_user = AnonymousUser()
            exc = unavailable()
            if request.path.startswith("/api/"):
                return error_json(exc)
            return error_page(request, exc)
        return None


def csrf_failure(request, reason=""):
    exc = KechuangError("KC-WEB-CSRF", "页面已过期或来源不明(CSRF 校验失败),请刷新页面后重新提交")
    return error_page(request, exc, status=403)


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def error_response(request: HttpRequest, exc: KechuangError, status: int | None = None) -> HttpResponse:
    """The API's JSON shape under /api/, the Chinese error page elsewhere."""
    return error_json(exc, status) if is_api(request) else error_page(request, exc, status)


def body_too_large() -> KechuangError:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
    return KechuangError("KC-WEB-TOO-LARGE", f"请求内容过大(表单或 JSON 超过 {limit:g} MB 的上限);"
                         "大文件请作为附件上传", field="body")


def page_not_found(request, exception=None):
    message = "接口不存在,或记录不存在、您无权查看" if is_api(request) else "页面或记录不存在,或您无权查看"
    return error_response(request, KechuangError("KC-WEB-NOTFOUND", message), status=404)


def permission_denied(request, exception=None):
    return error_response(request, KechuangError("KC-WEB-FORBIDDEN", "您没有执行此操作的权限"), status=403)


def internal_error() -> KechuangError:
    return KechuangError("KC-WEB-INTERNAL", "服务器内部错误,操作未完成。请稍后重试或联系管理员")


def server_error(request):
    if is_api(request):  # no template, no database: this must work when everything else fails
        return error_json(internal_error(), status=500)
    return HttpResponse("<!doctype html><meta charset=utf-8><title>系统错误</title>"
                        "<h1>系统错误</h1><p>服务器内部错误,操作未完成。请稍后重试或联系管理员。</p>", status=500)


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return error_response(request, body_too_large(), status=413)
    return error_response(request, KechuangError("KC-WEB-BAD-REQUEST", "请求无效,请检查后重试"), status=400)


def method_not_allowed(request: HttpRequest, allowed: str) -> HttpResponse:
    exc = KechuangError("KC-WEB-METHOD", f"不支持 {request.method} 请求(可用:{allowed})", method=request.method)
    response = error_response(request, exc, status=405)
    response["Allow"] = allowed
    return response


class ErrorShapeMiddleware:
    """A bare 405 (from require_POST or the API's router) becomes the API's JSON shape or the error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if isinstance(response, HttpResponseNotAllowed):
            return method_not_allowed(request, response.get("Allow", ""))
        return response

