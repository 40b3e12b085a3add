"""A framework once loaded: its tree of nodes (``Node``) and the method of every step (``Framework``).

``framework.py`` builds these from a YAML file and checks them; the walks over the tree that the engine,
the uncertainty analysis and the path to the next class use (tree order, leaves, depths, effective
weights, each node's normalisation and non-positive rule) are methods here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Node:
    code: str
    name: str
    parent: str | None
    children: list[str] = field(default_factory=list)
    direction: int = 1
    weight: float = 1.0
    points: float | None = None
    denominator: str | None = None
    normalise: dict[str, Any] | None = None
    aggregate: str | None = None
    treat: dict[str, Any] | None = None
    qualitative: bool = False
    column: str | None = None  # data column when it differs from the code
    cap: float | None = None  # largest relative improvement the path-to-class search may propose
    nonpositive: str | None = None  # geometric/harmonic mean of this node: "floor" or "skip" (else the framework's)
    floor: float | None = None
    unit: str | None = None  # unit of the indicator's values (家, %, 万元 …); counts get whole-number paths

    @property
    def is_leaf(self) -> bool:
        return not self.children


@dataclass
class Framework:
    name: str
    title: str
    version: str
    source: str
    nodes: dict[str, Node]
    root: str
    data: dict[str, Any] = field(default_factory=dict)
    impute: dict[str, Any] = field(default_factory=lambda: {"method": "none"})
    treat: dict[str, Any] = field(default_factory=lambda: {"method": "none"})
    normalise: dict[str, Any] = field(default_factory=lambda: {"method": "min-max"})
    aggregate: str = "arithmetic"
    scale: str = "weights"
    rescale: dict[str, Any] | None = None
    classify: dict[str, Any] | None = None
    rank: dict[str, Any] = field(default_factory=dict)
    uncertainty: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    nonpositive: str = "skip"
    floor: float | None = None
    min_coverage: dict[str, Any] | None = None  # {share: 0–1, per_dimension: int}, checked before imputation

    @property
    def leaves(self) -> list[str]:
        """Indicator codes in tree order."""
        return [c for c in self.order if self.nodes[c].is_leaf]

    @property
    def order(self) -> list[str]:
        """All codes, depth first from the root."""
        out, stack = [], [self.root]
        while stack:
            code = stack.pop()
            out.append(code)
            stack.extend(reversed(self.nodes[code].children))
        return out

    def aggregates_bottom_up(self) -> list[str]:
        depth = self.depths()
        codes = [c for c in self.order if not self.nodes[c].is_leaf]
        return sorted(codes, key=lambda c: -depth[c])

    def depths(self) -> dict[str, int]:
        depth = {self.root: 0}
        for code in self.order:
            for child in self.nodes[code].children:
                depth[child] = depth[code] + 1
        return depth

    def effective_weights(self) -> dict[str, float]:
        """Each leaf's share of the root score under arithmetic aggregation (weights normalised per parent)."""
        share = {self.root: 1.0}
        for code in self.order:
            node = self.nodes[code]
            total = sum(self._weight(c) for c in node.children)
            for child in node.children:
                share[child] = share[code] * self._weight(child) / total if total else 0.0
        return {c: share[c] for c in self.leaves}

    def normalise_for(self, code: str) -> dict[str, Any]:
        """The normalisation of one indicator: its own method, or the framework default (range and
        reference are inherited either way)."""
        node = self.nodes[code]
        if not node.normalise:
            return dict(self.normalise)
        inherited = {k: v for k, v in self.normalise.items() if k in ("range", "reference")}
        return {**inherited, **node.normalise}

    def leaves_by_dimension(self) -> dict[str, list[str]]:
        """The indicators under each first-level dimension (a leaf directly under the root is its own)."""
        out: dict[str, list[str]] = {}
        for dim in self.nodes[self.root].children:
            stack, found = [dim], []
            while stack:
                code = stack.pop()
                children = self.nodes[code].children
                found.extend([code] if not children else [])
                stack.extend(reversed(children))
            out[dim] = found
        return out

    def nonpositive_for(self, code: str) -> tuple[str, float | None]:
        """How a geometric or harmonic mean at ``code`` treats a zero or negative input, and the floor."""
        node = self.nodes[code]
        rule = node.nonpositive or self.nonpositive
        return rule, (node.floor if node.floor is not None else self.floor)

    def _weight(self, code: str) -> float:
        node = self.nodes[code]
        return node.points if self.scale == "points" and node.points is not None else node.weight
