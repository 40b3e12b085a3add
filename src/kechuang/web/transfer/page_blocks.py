"""The demand page's costly blocks rendered once and kept in Django's cache: the ranked achievements with their
reasons, and the region's experts and 特派员. Each key names every input of its block — the demand and its version,
the achievement index's data version (any write to the library), what the viewer may see (its regions and
enterprise), the talent table's version — so a change to any of them shows on the next view. Rendering the ten
explained hits was most of a repeated view's CPU (see docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from kechuang.web.keyset import table_version
from kechuang.web.libraries.index_store import cached
from kechuang.web.pagecache import cached as cached_page
from kechuang.web.transfer import matching
from kechuang.web.transfer.records import ACHIEVEMENTS, version_of


@dataclass
class Matches:
    html: SafeString
    recommended: list[tuple[int, str]] = field(default_factory=list)  # (achievement id, title) for the 对接 form


def _hits_html(hits) -> str:
    return str(render_to_string("kechuang/transfer/_hits.html", {"hits": hits, "source_label": "需求"}))


def matches_block(user, demand) -> Matches:
    """The achievements that could answer the demand, as the user may see them (``IndexBuilding`` while the index
    loads and nothing is cached)."""
    def compute(index) -> tuple[str, list]:
        hits = matching.demand_hits(user, demand, index)
        return _hits_html(hits), [(h.obj.pk, h.title) for h in hits]

    key = f"demand-html:{demand.pk}:{version_of(demand.updated_at)}:{matching._seen_by(user)}"
    html, recommended = cached(ACHIEVEMENTS, None, key, compute)
    return Matches(mark_safe(html), recommended)


def people_block(demand) -> SafeString:
    """The region's experts and 特派员 who could answer the demand (for the readers of the region; it names no ID
    number or contact: the talent library's match records hold none)."""
    from kechuang.web.talents.models import Talent

    def build() -> str:
        hits = matching.people_for_demand(demand)
        return _hits_html(hits) if hits else ""

    parts = ("demand-people", demand.pk, version_of(demand.updated_at), demand.region_id, table_version(Talent))
    return mark_safe(cached_page(parts, build))
