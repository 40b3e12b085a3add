"""The indicator catalog (``catalog.yaml``) and linking of plan targets to catalog indicators.

Linking tries, in order: the exact name or an alias; an alias contained in the target's wording (or
the wording in an alias); then character-bigram similarity. Every link carries its method and score,
and a candidate whose unit measures something else (``%`` against ``家``) is not taken.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from kechuang.errors import KechuangError
from kechuang.indicators import units as unitlib

FUZZY_THRESHOLD = 0.6
# Wording that does not change which indicator is meant.
_NOISE = re.compile(r"数量|个数|总数|总量|数$|的|年度|全年|当年|新增|累计|本级|全县|全市|全区|我县|我市|我区")
_REWRITES = (("规模以上", "规上"), ("研究与试验发展", "R&D"), ("研发", "R&D"), ("地区生产总值", "GDP"),
             ("生产总值", "GDP"), ("万名", "万"), ("每万人口", "万人"), ("每万人", "万人"), ("有效", ""),
             ("国家级", ""), ("国家", ""), ("(", ""), (")", ""))


@dataclass
class Indicator:
    id: str
    name: str
    unit: str
    direction: str
    definition: str
    source: str
    group: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def sign(self) -> int:
        return 1 if self.direction == "higher" else -1


@dataclass
class Link:
    indicator: Indicator | None
    method: str  # exact | alias | contains | fuzzy | none
    score: float
    candidate: Indicator | None = None  # best guess when unlinked


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace(" ", "")
    for a, b in _REWRITES:
        text = text.replace(a, b)
    return _NOISE.sub("", text)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


class Catalog:
    def __init__(self, indicators: list[Indicator], version: str, path: str = "") -> None:
        self.indicators = indicators
        self.version = version
        self.path = path
        self.by_id = {i.id: i for i in indicators}
        self._keys: list[tuple[str, Indicator, bool]] = []  # (key, indicator, is_name)
        for ind in indicators:
            for i, text in enumerate([ind.name, *ind.aliases]):
                self._keys.append((_key(text), ind, i == 0))

    def __len__(self) -> int:
        return len(self.indicators)

    def get(self, id_or_name: str) -> Indicator | None:
        if id_or_name in self.by_id:
            return self.by_id[id_or_name]
        key = _key(id_or_name)
        for k, ind, _ in self._keys:
            if k == key:
                return ind
        return None

    def link(self, wording: str, unit: str | None = None) -> Link:
        key = _key(wording)
        if not key:
            return Link(None, "none", 0.0)
        fits = lambda ind: unit is None or unitlib.dimension(unit) is None or unitlib.compatible(unit, ind.unit)
        for k, ind, is_name in self._keys:
            if k == key and fits(ind):
                return Link(ind, "exact" if is_name else "alias", 1.0)
        best: tuple[float, Indicator | None] = (0.0, None)
        for k, ind, _ in self._keys:
            if len(k) >= 3 and (k in key or key in k) and fits(ind):
                score = 0.8 + 0.19 * min(len(k), len(key)) / max(len(k), len(key))
                if score > best[0]:
                    best = (score, ind)
        if best[1] is not None:
            return Link(best[1], "contains", round(best[0], 3))
        grams = _bigrams(key)
        best_any: tuple[float, Indicator | None] = (0.0, None)
        for k, ind, _ in self._keys:
            other = _bigrams(k)
            dice = 2 * len(grams & other) / (len(grams) + len(other))
            if dice > best_any[0] and fits(ind):
                best_any = (dice, ind)
        if best_any[0] >= FUZZY_THRESHOLD:
            return Link(best_any[1], "fuzzy", round(best_any[0], 3))
        return Link(None, "none", round(best_any[0], 3), best_any[1])


def load_catalog(path: str | Path | None = None) -> Catalog:
    if path is None:
        return _builtin()
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _builtin() -> Catalog:
    text = (resources.files("kechuang.indicators") / "catalog.yaml").read_text(encoding="utf-8")
    return _parse(text, "catalog.yaml")


def _parse(text: str, path: str) -> Catalog:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KechuangError("KC-CATALOG-YAML", f"指标目录不是有效的 YAML:{str(exc)[:200]}", file=path) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("indicators"), list):
        raise KechuangError("KC-CATALOG-INVALID", "指标目录应有 indicators 列表", file=path)
    out: list[Indicator] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(raw["indicators"]):
        missing = [k for k in ("id", "name", "unit", "direction") if not (isinstance(item, dict) and item.get(k))]
        if missing:
            raise KechuangError("KC-CATALOG-INVALID", f"第 {i + 1} 个指标缺少 {'、'.join(missing)}", file=path,
                                key=f"indicators[{i}]")
        if item["direction"] not in ("higher", "lower"):
            raise KechuangError("KC-CATALOG-INVALID", f"指标「{item['id']}」的 direction 应为 higher 或 lower",
                                file=path, key=f"{item['id']}.direction")
        ind = Indicator(str(item["id"]), str(item["name"]), str(item["unit"]), item["direction"],
                        str(item.get("definition", "")), str(item.get("source", "")), str(item.get("group", "")),
                        [str(a) for a in item.get("aliases") or []])
        for text in [ind.id, ind.name, *ind.aliases]:
            if text in seen and seen[text] != ind.id:
                raise KechuangError("KC-CATALOG-INVALID", f"「{text}」同时属于指标 {seen[text]} 和 {ind.id}", file=path,
                                    key=ind.id)
            seen[text] = ind.id
        out.append(ind)
    return Catalog(out, str(raw.get("version", "")), path)


def link_target(catalog: Catalog, target) -> Link:
    """Link one extracted target (a ``Target`` or its JSON dict) to the catalog.

    The unit only narrows the choice for level targets: a growth rate in ``%`` or a ``倍`` says nothing
    about the unit of the indicator that grows.
    """
    get = target.get if isinstance(target, dict) else lambda k, d=None: getattr(target, k, d)
    unit = get("unit") if get("kind") == "level" else None
    return catalog.link(str(get("indicator") or ""), unit)
