"""The region tree (GB/T 2260: province → city → county), read once per version of the regions table.

Every access rule that asks "which regions are within this one" or "which are above it" reads this one cached
tree instead of querying the parent links level by level: a library page asked for the tree three times a request.
The tree is read again when the regions table's version changes (``keyset.table_version``, renewed by every committed
write), at most ``TREE_TTL`` old, and afresh inside a transaction that wrote regions (its renewal waits for the
commit).
"""

from __future__ import annotations

import time

from kechuang.web.accounts.models import Region
from kechuang.web.keyset import table_version, written_here

_TREE: list = [None, 0.0, {}]  # [regions table version, when read, region id → parent id]
TREE_TTL = 60.0  # seconds: bounds a tree changed by a bulk write that did not renew the version (keyset.touch)


def parents() -> dict[int, int | None]:
    """Region id → parent id. Do not modify the dict."""
    version = table_version(Region)
    if written_here([Region._meta.db_table]):
        return dict(Region.objects.values_list("id", "parent_id"))
    seen, when, tree = _TREE
    if seen != version or time.monotonic() - when > TREE_TTL:
        tree = dict(Region.objects.values_list("id", "parent_id"))
        _TREE[:] = [version, time.monotonic(), tree]
    return tree


def above(region_id: int, parents_of: dict[int, int | None] | None = None) -> list[int]:
    """The regions above ``region_id``, nearest first (a cycle in the parent links ends the walk)."""
    parents_of = parents_of if parents_of is not None else parents()
    out, cur = [], parents_of.get(region_id)
    while cur is not None and cur != region_id and cur not in out:
        out.append(cur)
        cur = parents_of.get(cur)
    return out


def generations_below(region_id: int, parents_of: dict[int, int | None] | None = None) -> list[list[int]]:
    """The regions below ``region_id`` generation by generation: its children, then their children …"""
    parents_of = parents_of if parents_of is not None else parents()
    children: dict[int | None, list[int]] = {}
    for child, parent in parents_of.items():
        children.setdefault(parent, []).append(child)
    out, seen, frontier = [], {region_id}, [region_id]
    while frontier:
        frontier = [c for rid in frontier for c in children.get(rid, []) if c not in seen]  # a cycle ends the walk
        seen.update(frontier)
        if frontier:
            out.append(frontier)
    return out


def below(region_id: int, parents_of: dict[int, int | None] | None = None) -> list[int]:
    """Every region below ``region_id`` (children first, then their children …)."""
    return [rid for generation in generations_below(region_id, parents_of) for rid in generation]


def family(region_id: int) -> list[int]:
    """The region, every region above it and every region below it (ids)."""
    parents_of = parents()
    return [region_id, *above(region_id, parents_of), *below(region_id, parents_of)]
