"""What the rules answer: conditions with figure, threshold, source and gap; score parts; whole results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Statuses of one condition.
MET, UNMET, NEEDS_DATA, MANUAL_REVIEW, NOT_APPLICABLE = "met", "unmet", "needs_data", "manual_review", "not_applicable"
STATUS_ZH = {MET: "符合", UNMET: "不符合", NEEDS_DATA: "缺少数据", MANUAL_REVIEW: "需专家评审",
             NOT_APPLICABLE: "不适用"}
# Statuses of one score part.
COMPUTED, GIVEN = "computed", "given"
PART_STATUS_ZH = {COMPUTED: "按数据计算", GIVEN: "评审给分", MANUAL_REVIEW: "需专家评审", NEEDS_DATA: "缺少数据"}
# Overall results of the 高企 check.
OVERALL_ZH = {"not_met": "暂不符合", "needs_data": "需补充数据", "opportunity": "差距可弥补",
              "promising": "有望认定(待专家评审)", "not_applicable": "不适用"}


@dataclass(frozen=True)
class Condition:
    """One condition: ``key`` ("registration", "tech_staff", "rd_intensity"…), ``name`` in Chinese, ``status``
    (met / unmet / needs_data / manual_review / not_applicable), the enterprise's ``figure`` and the ``threshold`` as
    the user reads them ("8.2%", "≥ 10%"), ``source`` (文号 and article), ``gap`` in Chinese when unmet
    ("研发费用还差 86 万元(近三年合计)") or what is missing, else ""."""

    key: str
    name: str
    status: str
    figure: str = ""
    threshold: str = ""
    source: str = ""
    gap: str = ""

    def to_dict(self) -> dict:
        return asdict(self) | {"status_zh": STATUS_ZH[self.status]}


@dataclass(frozen=True)
class ScorePart:
    """One part of a points score: ``low``–``high`` is the band it falls in (equal when fixed), ``points`` when fixed
    (a reviewer's answer, or a computed part whose band is one value), ``status`` computed / given (by a reviewer)
    / manual_review / needs_data."""

    key: str
    name: str
    max_points: float
    status: str
    low: float = 0.0
    high: float = 0.0
    points: float | None = None
    figure: str = ""
    source: str = ""

    def to_dict(self) -> dict:
        return asdict(self) | {"status_zh": PART_STATUS_ZH[self.status]}


@dataclass(frozen=True)
class HitechCheck:
    """The 高企 gap check of one enterprise as of a date.

    ``overall``: not_met (a hard condition fails beyond reach), needs_data, opportunity (the unmet conditions are
    within reach: figures at least the rule data's ``near`` share of the threshold, or only the registration age),
    promising (every computed condition met; the rest is for reviewers), not_applicable (the date is before the
    rules or the enterprise did not exist yet). ``score`` lists the 100-point parts; ``score_low``/``score_high``
    the range they allow; ``earliest_year`` the first year an application could succeed on the computed
    conditions; ``rules_version`` the date of the rule values used and ``snapshot`` those values.
    """

    name: str
    uscc: str
    as_of: str
    overall: str
    conditions: list[Condition]
    score: list[ScorePart]
    score_low: float
    score_high: float
    earliest_year: int | None
    rules_version: str
    snapshot: dict = field(default_factory=dict)

    def condition(self, key: str) -> Condition:
        return next(c for c in self.conditions if c.key == key)

    def to_dict(self) -> dict:
        return {"name": self.name, "uscc": self.uscc, "as_of": self.as_of, "overall": self.overall,
                "overall_zh": OVERALL_ZH[self.overall], "conditions": [c.to_dict() for c in self.conditions],
                "score": [p.to_dict() for p in self.score], "score_low": self.score_low,
                "score_high": self.score_high, "earliest_year": self.earliest_year,
                "rules_version": self.rules_version, "snapshot": self.snapshot}


@dataclass(frozen=True)
class SmeResult:
    """The 科技型中小企业 self-evaluation of one enterprise for one year.

    ``eligible``: True/False, ``None`` when data or a judgement is missing; ``direct`` the direct-confirmation
    reason in Chinese or ``None``; ``score`` 0–100; ``parts`` 科技人员 (20), 研发投入 (50, better of two ratios),
    科技成果 (30); ``conditions``; ``advice`` what would raise the score, in Chinese.
    """

    name: str
    year: int
    eligible: bool | None
    direct: str | None
    score: float
    parts: list[ScorePart]
    conditions: list[Condition]
    advice: list[str]
    rules_version: str
    snapshot: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"name": self.name, "year": self.year, "eligible": self.eligible, "direct": self.direct,
                "score": self.score, "parts": [p.to_dict() for p in self.parts],
                "conditions": [c.to_dict() for c in self.conditions], "advice": list(self.advice),
                "rules_version": self.rules_version, "snapshot": self.snapshot}
