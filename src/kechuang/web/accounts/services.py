"""Departments: matching printed unit names, creating departments, adding aliases."""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction

from kechuang.errors import KechuangError
from kechuang.extract.departments import canonical, expand, is_collective
from kechuang.reports.cells import FORMULA_START
from kechuang.web.accounts.models import Department, Region
from kechuang.web.history.services import change_record

_SPACE = re.compile(r"\s+")

_NOT_IN_NAMES = re.compile(r"[<>{}\\`\x00-\x1f\x7f]")


def check_name(name: str, field: str = "name") -> str:
    """A unit's or department's name: no markup or formula characters (it becomes a department, a sheet name in the
    ledger and a line in the rankings)."""
    bad = _NOT_IN_NAMES.search(name)
    if bad:
        shown = repr(bad.group()) if bad.group().isspace() or not bad.group().isprintable() else bad.group()
        raise KechuangError("KC-WEB-FIELD", f"名称“{name[:30]}”含有不允许的字符“{shown}”", field=field)
    if name.startswith(FORMULA_START):  # a spreadsheet reads it as a formula
        raise KechuangError("KC-WEB-FIELD", f"名称“{name[:30]}”不能以 = + - @ 开头", field=field)
    if len(name) > 128:
        raise KechuangError("KC-WEB-FIELD", "名称过长(最多 128 个字)", field=field)
    return name


def clean_name(name: str, field: str = "name") -> str:
    name = _SPACE.sub("", name or "")
    if not name:
        raise KechuangError("KC-WEB-FIELD", "名称不能为空", field=field)
    return check_name(name, field)


# 县直各有关单位, 市直各有关部门: the region's own level's bodies, as a collective (the extractor's collective prefixes
# are those that open the name: 各, 有关, 相关, 其他).
_LEVEL_DIRECT = re.compile(r"^[省市县区旗州盟]直(?:属)?(?:各|有关|相关|其他)")
_TOWNSHIPS = re.compile(r"乡[(（、]?镇[)）]?|镇[(（、]?乡[)）]?")  # 乡(镇), 乡（镇）, 乡、镇, 镇(乡) → 乡镇
_COLLECTIVE_KEY = "\x00"  # opens the index's collective keys: refused in names (check_name), so never a name's


def _local(name: str, region_name: str) -> str:
    """The name without the region's place name: 灵寿县直各有关单位 → 县直各有关单位 (canonical() prefixes it)."""
    name = _SPACE.sub("", name)
    if region_name and name.startswith(region_name) and len(name) > len(region_name):
        return region_name[-1] + name[len(region_name):]
    return name


def collective_name(name: str, region_name: str = "") -> bool:
    """Whether a unit name is a collective: 各乡镇人民政府, 有关单位 (the extractor's prefixes) and the level's own
    bodies, 县直各有关单位, 市直各有关部门 (also with the region's name before it)."""
    local = _local(name, region_name)
    return is_collective(local) or bool(_LEVEL_DIRECT.match(local))


def collective_key(name: str, region_name: str = "") -> str:
    """The form in which equivalent collective names are one: 各乡镇人民政府 = 各乡(镇)政府 = 各乡、镇政府."""
    return _TOWNSHIPS.sub("乡镇", _local(name, region_name)).replace("人民政府", "政府")


def department_keys(department: Department) -> set[str]:
    return {department.name, *department.aliases}


def department_index(region: Region) -> dict[str, list[Department]]:
    """Every name and alias of the region's departments, as written and in canonical form → departments."""
    index: dict[str, list[Department]] = {}
    for d in Department.objects.filter(region=region).prefetch_related("members"):
        keys = department_keys(d)
        for key in keys | {canonical(k, region.name) for k in keys}:
            index.setdefault(key, []).append(d)
        for key in {_COLLECTIVE_KEY + collective_key(k, region.name) for k in keys} if d.is_collective else ():
            index.setdefault(key, []).append(d)
    return index


def department_match(index: dict[str, list[Department]], region: Region, unit: str) -> list[Department]:
    """The departments a printed unit name means: by name or alias, as printed or in canonical form."""
    unit = _SPACE.sub("", unit)
    found: dict[int, Department] = {}
    for key in dict.fromkeys([unit, expand(unit), canonical(unit, region.name)]):
        for d in index.get(key, []):
            found[d.id] = d
    if not found and collective_name(unit, region.name):  # 各乡镇人民政府 is the region's collective 各乡(镇)政府
        for d in index.get(_COLLECTIVE_KEY + collective_key(unit, region.name), []):
            found[d.id] = d
    return list(found.values())


def department_create(user, region: Region, name: str, aliases: list[str] | None = None,
                      is_collective: bool = False) -> Department:
    name = clean_name(name)
    aliases = [clean_name(a, "aliases") for a in (aliases or []) if a.strip()]
    try:
        with transaction.atomic():
            department = Department.objects.create(region=region, name=name, aliases=aliases,
                                                   is_collective=is_collective)
            change_record(user, "department", department.id, "create", after={"name": name, "aliases": aliases})
    except IntegrityError:
        raise KechuangError("KC-WEB-DUPLICATE", f"本地区已有名为“{name}”的部门", field="name") from None
    return department


def department_add_alias(user, department: Department, alias: str) -> Department:
    alias = clean_name(alias, "alias")
    with transaction.atomic():
        department = Department.objects.select_for_update().get(pk=department.pk)
        if alias in department_keys(department):
            return department
        before = {"aliases": list(department.aliases)}
        department.aliases = [*department.aliases, alias]
        department.version += 1
        department.save(update_fields=["aliases", "version"])
        change_record(user, "department", department.id, "update", before=before,
                      after={"aliases": department.aliases})
    return department
