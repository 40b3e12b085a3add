"""研究开发费用 from its items, as 高企 counts it (工作指引 国科发火〔2016〕195号, 研究开发费用的归集范围): eight items,
委托外部研究开发费用 (境内 or 境外) at 80 % of the amount paid, 其他费用 at most 20 % of the total; the part incurred in
China is the total less the 委托境外 item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kechuang.enterprises.display import money
from kechuang.enterprises.ruledata import rules_at
from kechuang.errors import KechuangError

ITEMS = {  # key → name as the 指引 writes it; a clerk may write the name with or without 费用
    "personnel": "人员人工费用", "direct": "直接投入费用", "depreciation": "折旧费用与长期待摊费用",
    "amortisation": "无形资产摊销费用", "design": "设计费用", "testing": "装备调试费用与试验费用",
    "outsourced": "委托外部研究开发费用", "outsourced_abroad": "委托境外研究开发费用", "other": "其他费用",
}
#: Items paid outside China: not part of 境内研发费用 (工作指引: 不包括委托境外机构完成的研究开发活动所发生的费用).
ABROAD = ("outsourced_abroad",)
_BY_NAME = {name: key for key, name in ITEMS.items()} | {name.removesuffix("费用"): key for key, name in ITEMS.items()}


@dataclass(frozen=True)
class RdTotal:
    """The R&D total that counts for 高企, each item as counted, and notes on what was reduced."""

    total: float
    counted: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    domestic: float = 0.0  # the part incurred in China: the total less the counted 委托境外 items


def item_key(name) -> str:
    """The item key of ``name``: a key itself, or the item's Chinese name with or without 费用 (人员人工)."""
    key = name if name in ITEMS else _BY_NAME.get(str(name).strip())
    if key is None:
        known = "、".join(ITEMS.values())
        raise KechuangError("KC-ENT-RD-ITEM", f"研发费用明细中有未知的项目「{name}」(可用:{known})",
                            field="研发费用明细")
    return key


def rd_total_from_items(items: dict, as_of: dt.date) -> RdTotal:
    """Count the items (万元) by the rules in force on ``as_of``; keys are the item keys or their Chinese names
    (人员人工费用 or 人员人工…). Unknown items and negative amounts raise ``KC-ENT-RD-ITEM``."""
    rules = rules_at("hitech", as_of)
    if rules is None or rules["rd_outsourced_share"] is None:
        raise KechuangError("KC-ENT-RD-ITEM", "该日期适用的规则未编码研发费用归集口径", field="研发费用明细")
    amounts: dict[str, float] = {}
    for name, amount in items.items():
        key = item_key(name)
        if amount is None:
            continue
        if amount < 0:
            raise KechuangError("KC-ENT-RD-ITEM", f"研发费用明细「{ITEMS[key]}」不能为负数", field=ITEMS[key])
        amounts[key] = amounts.get(key, 0.0) + float(amount)
    counted, notes = dict(amounts), []
    for key in ("outsourced", "outsourced_abroad"):
        if key in counted:
            share = rules["rd_outsourced_share"]
            counted[key] = amounts[key] * share
            notes.append(f"{ITEMS[key]}按实际发生额的 {share:.0%} 计入:{money(counted[key])} 万元")
    cap_share = rules["rd_other_max_share"]
    base = sum(v for k, v in counted.items() if k != "other")
    cap = base * cap_share / (1 - cap_share)  # other ≤ 20 % of (base + other)
    if counted.get("other", 0.0) > cap + 1e-9:
        counted["other"] = cap
        notes.append(f"其他费用超过研发费用总额的 {cap_share:.0%},按 {money(cap)} 万元计入")
    total = sum(counted.values())
    return RdTotal(total, counted, notes, total - sum(counted.get(key, 0.0) for key in ABROAD))
