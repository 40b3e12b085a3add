"""Loading the rule data files under ``extract/rules/``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_rules(name: str) -> Any:
    text = resources.files("kechuang.extract").joinpath("rules", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)
