"""Versioned rule data: parameters with dated values (as OpenFisca keeps them), read from ``rules/*.yaml``.

A value applies from its date until the next one; ``RuleSet.at(day)`` gives the values in force that day, the
version (the date of the newest value used) and, for every parameter, the document and article it comes from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kechuang.errors import KechuangError

RULES_DIR = Path(__file__).parent / "rules"
TOP_KEYS = {"name", "documents", "parameters", "platform"}
DOCUMENT_KEYS = {"title", "number", "address", "copies"}
PARAMETER_KEYS = {"description", "unit", "values"}
VALUE_KEYS = {"value", "source", "article", "note"}


@dataclass(frozen=True)
class RuleValues:
    """The rule values in force on one day: ``values`` by parameter name (``None`` where the rule did not exist),
    ``sources`` ("国科发火〔2016〕32号 第十一条(四)") and ``version`` (ISO date of the newest value used)."""

    name: str
    day: str
    version: str
    values: dict
    sources: dict
    platform: dict

    def __getitem__(self, key: str):
        return self.values[key]

    def snapshot(self) -> dict:
        """What to store with a result so that it can be explained after the rules change."""
        return {"rules": self.name, "version": self.version, "as_of": self.day, "values": self.values,
                "sources": self.sources}


@dataclass(frozen=True)
class RuleSet:
    name: str
    file: str
    documents: dict
    parameters: dict  # name -> sorted list of (date, entry)
    platform: dict

    def at(self, day: dt.date) -> RuleValues | None:
        """The values in force on ``day``; ``None`` before the first of them."""
        values, sources, used = {}, {}, []
        for key, dated in self.parameters.items():
            entry = None
            for start, candidate in dated:
                if start <= day:
                    entry, since = candidate, start
            if entry is None:
                values[key], sources[key] = None, ""
                continue
            used.append(since)
            values[key] = entry.get("value")
            document = self.documents[entry["source"]]
            sources[key] = f"{document['number']} {entry.get('article', '')}".strip()
        if not used:
            return None
        return RuleValues(self.name, day.isoformat(), max(used).isoformat(), values, sources, dict(self.platform))


def _refuse_unknown(mapping: object, allowed: set[str], where: str, file: str) -> dict:
    if not isinstance(mapping, dict):
        raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的「{where}」应为键值表", file=file, field=where)
    for key in mapping:
        if key not in allowed:
            raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的「{where}」中有未知的键「{key}」"
                                f"(可用:{'、'.join(sorted(allowed))})", file=file, field=f"{where}.{key}")
    return mapping


def parse_rules(data: object, file: str) -> RuleSet:
    """Validate the structure of a rule file: known keys only, dates as keys of ``values``, sources that exist."""
    data = _refuse_unknown(data, TOP_KEYS, "(文件顶层)", file)
    documents = _refuse_unknown(data.get("documents") or {}, set(data.get("documents") or {}), "documents", file)
    for key, document in documents.items():
        _refuse_unknown(document, DOCUMENT_KEYS, f"documents.{key}", file)
        if not document.get("number"):
            raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的文件「{key}」缺少文号 number", file=file)
    parameters = {}
    for key, parameter in (data.get("parameters") or {}).items():
        _refuse_unknown(parameter, PARAMETER_KEYS, f"parameters.{key}", file)
        dated = []
        for start, entry in (parameter.get("values") or {}).items():
            where = f"parameters.{key}.values.{start}"
            if not isinstance(start, dt.date):
                raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的「{where}」应以日期(如 2016-01-01)为键",
                                    file=file, field=where)
            _refuse_unknown(entry, VALUE_KEYS, where, file)
            if entry.get("source") not in documents:
                raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的「{where}」引用了未列出的文件"
                                    f"「{entry.get('source')}」", file=file, field=where)
            dated.append((start, entry))
        if not dated:
            raise KechuangError("KC-ENT-RULES", f"规则文件 {file} 的参数「{key}」没有取值", file=file, field=key)
        parameters[key] = sorted(dated, key=lambda pair: pair[0])
    return RuleSet(str(data.get("name", "")), file, documents, parameters, dict(data.get("platform") or {}))


@lru_cache(maxsize=8)
def load_rules(kind: str) -> RuleSet:
    """The packaged rule set ``hitech`` or ``sme``."""
    path = RULES_DIR / f"{kind}.yaml"
    return parse_rules(yaml.safe_load(path.read_text("utf-8")), path.name)


@lru_cache(maxsize=256)
def rules_at(kind: str, day: dt.date) -> RuleValues | None:
    """``load_rules(kind).at(day)``, cached: a batch check resolves the values once."""
    return load_rules(kind).at(day)
