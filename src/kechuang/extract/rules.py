"""Loading the rule data files under ``extract/rules/``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_rules(name: str) -> Any:
    text = resources.files("kechuang.extract").joinpath("rules", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def _simplified_table() -> tuple[dict[int, int], re.Pattern[str]]:
    t2s = load_rules("traditional")
    return str.maketrans(t2s["traditional"], t2s["simplified"]), re.compile(f"[{re.escape(t2s['traditional'])}]")


def simplified(text: str) -> str:
    """``text`` with the traditional characters of rules/traditional.yaml in their simplified forms, one character
    for one, so that offsets into it hold for the text as printed (text with none of them is returned as is)."""
    table, traditional = _simplified_table()
    return text.translate(table) if traditional.search(text) else text
