"""Expert scores of 揭榜 applications: an expert's total over the criteria, the mean over the experts without a
conflict of interest, the ranking with ties (equal means share a rank: 1, 1, 3)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kechuang.errors import KechuangError


@dataclass(frozen=True)
class SheetScore:
    """One expert's sheet for one application."""

    expert: str
    scores: dict[str, float]  # criterion key → score
    conflicted: bool = False


@dataclass(frozen=True)
class Ranked:
    application: int
    mean: float | None  # None: fewer than the required experts have scored
    experts: int  # experts counted (conflicted and incomplete sheets excluded)
    excluded: int  # conflicted experts left out
    rank: int | None
    tied: bool


def parse_score(raw, label: str, high: float, decimals: int = 1) -> float:
    """A score as typed → a number within 0..high with at most ``decimals`` decimals; a Chinese message otherwise."""
    text = str(raw if raw is not None else "").strip().replace("分", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise KechuangError("KC-WEB-FIELD", f"“{label}”的评分“{raw}”不是数字", field=label) from None
    if not value.is_finite() or value < 0 or value > Decimal(str(high)):
        raise KechuangError("KC-WEB-FIELD", f"“{label}”的评分应在 0–{high:g} 分之间(填写的是“{raw}”)", field=label)
    if value != round(value, decimals):
        raise KechuangError("KC-WEB-FIELD", f"“{label}”的评分最多保留 {decimals} 位小数(填写的是“{raw}”)",
                            field=label)
    return float(value)


def expert_total(sheet: SheetScore, criteria: list[str]) -> float | None:
    """The sum over every criterion; None while a criterion is unscored."""
    if any(c not in sheet.scores for c in criteria):
        return None
    return round(sum(sheet.scores[c] for c in criteria), 4)


def application_mean(sheets: list[SheetScore], criteria: list[str], min_experts: int) -> tuple[float | None, int, int]:
    """(mean of complete sheets without a conflict, experts counted, conflicted experts excluded)."""
    excluded = sum(1 for s in sheets if s.conflicted)
    totals = [t for s in sheets if not s.conflicted and (t := expert_total(s, criteria)) is not None]
    if len(totals) < min_experts:
        return None, len(totals), excluded
    return round(sum(totals) / len(totals), 2), len(totals), excluded


def rank_applications(sheets_by_application: dict[int, list[SheetScore]], criteria: list[str],
                      min_experts: int) -> list[Ranked]:
    """Applications by mean, highest first; equal means share a rank and are marked tied; unscored ones last."""
    rows = []
    for app, sheets in sheets_by_application.items():
        mean, counted, excluded = application_mean(sheets, criteria, min_experts)
        rows.append((app, mean, counted, excluded))
    scored = sorted((r for r in rows if r[1] is not None), key=lambda r: (-r[1], r[0]))
    means = [r[1] for r in scored]
    out = [Ranked(app, mean, counted, excluded, means.index(mean) + 1, means.count(mean) > 1)
           for app, mean, counted, excluded in scored]
    out += [Ranked(app, None, counted, excluded, None, False) for app, mean, counted, excluded in sorted(rows)
            if mean is None]
    return out
