"""The 揭榜挂帅 state machine, read from ``rules/jiebang.yaml``: the steps in order, the actions each step allows
and who may take them. ``Rules.require`` refuses an action out of order with a Chinese message."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kechuang.errors import KechuangError

RULES = Path(__file__).parent / "rules" / "jiebang.yaml"
ROLES = {"bureau": "科技局", "enterprise": "揭榜团队/企业", "expert": "评审专家"}


@dataclass(frozen=True)
class Criterion:
    key: str
    name: str
    max: float


@dataclass(frozen=True)
class Step:
    key: str
    name: str
    actions: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rules:
    version: str
    steps: tuple[Step, ...]
    criteria: tuple[Criterion, ...]
    action_names: dict[str, str]
    notice_working_days: int
    results_working_days: int
    min_experts: int
    max_experts: int
    score_decimals: int

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KechuangError("KC-CHALLENGE-STEP", f"未知的揭榜挂帅环节“{key}”", step=key)

    def index(self, key: str) -> int:
        return self.steps.index(self.step(key))

    def next_step(self, key: str) -> Step | None:
        at = self.index(key)
        return self.steps[at + 1] if at + 1 < len(self.steps) else None

    def step_of_action(self, action: str) -> Step:
        for step in self.steps:
            if action in step.actions:
                return step
        raise KechuangError("KC-CHALLENGE-STEP", f"未知的操作“{action}”", action=action)

    def reached(self, current: str, key: str) -> bool:
        """``current`` is ``key`` or a later step."""
        return self.index(current) >= self.index(key)

    def require(self, current: str, action: str, role: str) -> None:
        """Refuse ``action`` unless the 榜单 is at the step that allows it and ``role`` may take it there."""
        name = self.action_names.get(action, action)
        owner = self.step_of_action(action)
        if owner.key != current:
            when = "尚未到" if self.index(current) < self.index(owner.key) else "已过了"
            raise KechuangError("KC-CHALLENGE-ORDER", f"榜单当前处于“{self.step(current).name}”环节,{when}"
                                f"“{owner.name}”环节,不能{name}", step=current, action=action)
        if role not in owner.actions[action]:
            who = "、".join(ROLES.get(r, r) for r in owner.actions[action])
            raise KechuangError("KC-WEB-FORBIDDEN", f"“{name}”只能由{who}进行", step=current, action=action)

    @property
    def score_max(self) -> float:
        return sum(c.max for c in self.criteria)


def parse_rules(raw: dict, source: str = "jiebang.yaml") -> Rules:
    try:
        steps = tuple(Step(s["key"], s["name"], {a: tuple(r) for a, r in (s.get("actions") or {}).items()})
                      for s in raw["steps"])
        criteria = tuple(Criterion(c["key"], c["name"], float(c["max"])) for c in raw["criteria"])
        rules = Rules(version=str(raw["version"]), steps=steps, criteria=criteria,
                      action_names=dict(raw.get("action_names") or {}),
                      notice_working_days=int(raw["notice_working_days"]),
                      results_working_days=int(raw["results_working_days"]),
                      min_experts=int(raw["min_experts"]), max_experts=int(raw["max_experts"]),
                      score_decimals=int(raw.get("score_decimals", 1)))
    except (KeyError, TypeError, ValueError) as exc:
        raise KechuangError("KC-CHALLENGE-RULES", f"揭榜挂帅规则文件 {source} 格式有误:{exc}", file=source) from None
    keys = [s.key for s in steps]
    actions = [a for s in steps for a in s.actions]
    if len(set(keys)) != len(keys) or len(set(actions)) != len(actions):
        raise KechuangError("KC-CHALLENGE-RULES", f"揭榜挂帅规则文件 {source}:环节或操作重复", file=source)
    if not 1 <= rules.min_experts <= rules.max_experts:
        raise KechuangError("KC-CHALLENGE-RULES", f"揭榜挂帅规则文件 {source}:专家人数范围无效", file=source)
    return rules


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> Rules:
    file = Path(path) if path else RULES
    return parse_rules(yaml.safe_load(file.read_text("utf-8")), file.name)
