"""What the matchers compare: one library entry (project, achievement, demand), plain data."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from kechuang.matching.text import fold

_LEGAL_FORM = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团|公司|研究院|研究所|大学|学院|[((].*?[))])$")
_REGION = re.compile(r"^.{1,7}?(省|自治区|市|自治州|州|盟|县|区|旗)")  # 山东省, 菏泽市, 定陶县 ...


@dataclass(frozen=True)
class Record:
    id: str
    title: str
    summary: str = ""
    applicant: str = ""
    fields: tuple[str, ...] = ()  # technical fields (技术领域), free labels
    region: str = ""
    year: int | None = None
    department: str = ""
    maturity: int | None = None  # 技术成熟度 1–9
    budget: float | None = None  # 万元
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["fields"] = list(self.fields)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Record:
        data = dict(data)
        data["fields"] = tuple(data.get("fields") or ())
        return cls(**data)


def applicant_core(name: str) -> str:
    """An applicant's name without its legal form, folded: 湖北大洋塑胶有限公司 → 湖北大洋塑胶."""
    core = fold(name).strip()
    for _ in range(3):
        stripped = _LEGAL_FORM.sub("", core).strip()
        if stripped == core:
            break
        core = stripped
    return core


def applicant_relation(a: str, b: str) -> str:
    """``same`` (same name once legal forms are dropped), ``related`` (one name contains the other, or they
    share a four-character stretch such as a group's name), or ``""``."""
    ca, cb = applicant_core(a), applicant_core(b)
    if not ca or not cb:
        return ""
    if ca == cb:
        return "same"
    if len(ca) >= 2 and len(cb) >= 2 and (ca in cb or cb in ca):
        return "related"
    # a shared four-character stretch (a group's name) counts once the region is dropped: 山东省农业… and
    # 山东省农村… share only their province
    shorter, longer = sorted((_REGION.sub("", ca) or ca, _REGION.sub("", cb) or cb), key=len)
    if any(shorter[i:i + 4] in longer for i in range(len(shorter) - 3)):
        return "related"
    return ""
