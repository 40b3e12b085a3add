"""Responsibility tails: (牵头单位:…;责任单位:…), 〔责任单位:…〕, (X牵头,Y、Z配合), and lines opening with a label."""

from __future__ import annotations

import re

_ROLES = {"牵头": "lead", "主办": "lead", "责任": "responsible", "负责": "responsible", "配合": "cooperating",
          "协办": "cooperating", "参与": "cooperating", "协同": "cooperating",
          "牽頭": "lead", "責任": "responsible", "負責": "responsible", "協辦": "cooperating", "參與": "cooperating",
          "協同": "cooperating"}
_LABEL = re.compile(r"(牵头|主办|责任|负责|配合|协办|参与|协同|牽頭|責任|負責|協辦|參與|協同)(?:责任|責任)?"
                    r"(?:单位|部门|單位|部門)\s*[::]\s*")
_GROUP = re.compile(r"[(\[〔【]((?:[^()\[\]〔〕【】]|[(\[〔【][^()\[\]〔〕【】]{0,20}[)\]〕】]){2,300})[)\]〕】]")
_SPLIT = re.compile(r"[、,，;；]|等和")
_ETC = re.compile(r"等(?:有关|相关)?(?:部门|单位)?$")
_LEAD_ROLE = re.compile(r"^(.{2,200}?)(牵头|配合|负责|牽頭|負責)(?:负责|落实)?$")


def _units(text: str) -> list[str]:
    """Units split on 、,; (and 等和), each without a trailing 等(有关部门)."""
    units = (_ETC.sub("", u).strip(" 。.") for u in _SPLIT.split(text))
    return [u for u in units if u]


def _labelled(body: str) -> list[tuple[str, str]]:
    """(role, unit) rows of a text holding one or more `X单位:` labels."""
    rows = []
    marks = list(_LABEL.finditer(body))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        rows += [(_ROLES[m.group(1)], u) for u in _units(body[m.end():end])]
    return rows


def _verb_roles(body: str) -> list[tuple[str, str]]:
    """(X牵头,Y、Z配合) and (X牵头,Y、Z): units after a lead with no keyword cooperate."""
    rows, seen_lead = [], False
    for part in re.split(r"[,，;；]", body):
        part = part.strip()
        m = _LEAD_ROLE.match(part)
        if m:
            role = _ROLES[m.group(2)]
            seen_lead = seen_lead or role == "lead"
            rows += [(role, u) for u in _units(m.group(1))]
        elif seen_lead and part:
            rows += [("cooperating", u) for u in _units(part)]
        else:
            return []
    return rows


def assignments(lines: list[str], paths: list[str]) -> list[dict]:
    out = []
    for line, path in zip(lines, paths, strict=True):
        if not any(w in line for w in ("单位", "部门", "牵头", "配合", "负责", "單位", "部門", "牽頭", "負責")):
            continue
        rows: list[tuple[str, str]] = []
        if _LABEL.match(line.strip()):
            rows = _labelled(line.strip())
        else:
            for g in _GROUP.finditer(line):
                body = g.group(1)
                rows += _labelled(body) if _LABEL.search(body) else _verb_roles(body)
        out += [{"path": path, "role": role, "unit": unit} for role, unit in rows]
    return out
