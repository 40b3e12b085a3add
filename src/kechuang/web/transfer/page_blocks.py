"""The demand page's costly blocks rendered once and kept in Django's cache: the ranked achievements with their
reasons, and the region's experts and 特派员. Each key names every input of its block — the demand and its version,
the achievement index's data version (any write to the library), what the viewer may see (its regions and
enterprise), the talent table's version — so a change to any of them shows on the next view. Rendering the ten
explained hits was most of a repeated view's CPU (see docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from kechuang.web.keyset import table_version
from kechuang.web.pagecache import cached as cached_page
from kechuang.web.transfer import matching
from kechuang.web.transfer.records import version_of


@dataclass
class Matches:
    html: SafeString
    recommended: list[tuple[int, str]] = field(default_factory=list)  # (achievement id, title) for the 对接 form


_PLACES = {2: Decimal("0.01"), 3: Decimal("0.001")}


def fixed(value: float, places: int) -> str:
    """``floatformat(value, places)`` for a finite score (2 or 3 places: half up from the printed decimal, no
    "-0"), at a tenth of its cost: ten hits call it seventy times a page."""
    d = Decimal(str(value)).quantize(_PLACES[places], ROUND_HALF_UP)
    return str(d if d else abs(d))


def hit_html(h, source_label: str) -> str:
    """One explained hit as a list item: user text escaped, the marked passages (``SafeString``) kept. Written in
    Python: the template of this item (an include per hit, seven nested loops and filters) was a third of a
    first view's CPU (docs/benchmarks.md); tests/web/test_library_first_view.py holds that template as the spec."""
    esc, title = conditional_escape, conditional_escape(h.title_html)
    linked = f'<a href="{esc(h.url)}">{title}</a>' if h.url else title
    terms = "、".join(f"<mark>{esc(t)}</mark>" for t in h.shared_terms) if h.shared_terms else ""
    why = f"共同词语 {terms}" if h.shared_terms else "无共同词语"
    if h.shared_fields:
        why += ";相同技术领域 " + "、".join(esc(f) for f in h.shared_fields)
    if h.shared_concepts:
        why += ";同属行业 " + "、".join(esc(c) for c in h.shared_concepts)
    return "".join([
        f'<li class="match" data-score="{fixed(h.score, 3)}">\n',
        f"<p><b>{linked}</b> <small>{esc(h.kind_label)}</small>\n",
        '<small class="demo">示例数据</small>' if getattr(h.obj, "is_demo", False) else "",
        f" · 综合得分 <b>{fixed(h.score, 2)}</b></p>\n",
        f'<p class="excerpt">{esc(h.text_html)}</p>' if h.text_html else "",
        f'\n<p class="why">匹配理由:{why}</p>\n<table class="grid compact parts"><tr>',
        "".join(f"<th>{esc(p.label)}</th>" for p in h.parts), "</tr>\n<tr>",
        "".join(f"<td>+{fixed(p.value, 2)}<br><small>{esc(p.detail)}</small></td>" for p in h.parts),
        f"</tr></table>\n<details><summary>在{esc(source_label)}中的对应文字</summary><p><b>{esc(h.query_title)}</b></p>"
        f'<p class="excerpt">{esc(h.query_text)}</p></details>\n</li>\n'])


def hits_html(hits, source_label: str) -> SafeString:
    return mark_safe("".join(hit_html(h, source_label) for h in hits))


def _hits_html(hits) -> str:
    return str(hits_html(hits, "需求"))


def matches_block(user, demand) -> Matches:
    """The achievements that could answer the demand, as the user may see them: from the matches stored when the
    demand was written (``stored_matches``), brought up to date with the achievements written since
    (``IndexBuilding`` while the index loads and they need it)."""
    from kechuang.web.transfer.stored_matches import hits_for

    hits = hits_for(user, demand)
    return Matches(hits_html(hits, "需求"), [(h.obj.pk, h.title) for h in hits])


def people_block(demand) -> SafeString:
    """The region's experts and 特派员 who could answer the demand (for the readers of the region; it names no ID
    number or contact: the talent library's match records hold none)."""
    from kechuang.web.talents.models import Talent

    def build() -> str:
        hits = matching.people_for_demand(demand)
        return _hits_html(hits) if hits else ""

    parts = ("demand-people", demand.pk, version_of(demand.updated_at), demand.region_id, table_version(Talent))
    return mark_safe(cached_page(parts, build))
