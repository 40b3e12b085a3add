"""The API's JSON reader: UTF-8 only, and no lone surrogate (\\ud800–\\udfff) may reach the database."""

from __future__ import annotations

import json

from ninja.parser import Parser

from kechuang.errors import KechuangError


def _bad(message: str) -> KechuangError:
    return KechuangError("KC-API-JSON", f"请求体不是有效的 JSON:{message}", field="body")


class StrictJsonParser(Parser):
    def parse_body(self, request):
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad(f"第 {exc.start + 1} 个字节起不是 UTF-8 编码") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _bad(f"第 {exc.lineno} 行第 {exc.colno} 列有误") from None
        try:  # json.loads keeps an escaped lone surrogate ("\ud800"); it cannot be stored or shown
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise _bad("含有无效的字符(孤立的 UTF-16 代理项,如 \\ud800)") from None
        return data
