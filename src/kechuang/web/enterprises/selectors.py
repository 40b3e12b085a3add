"""Reads of the registry: the filtered list, an enterprise's page (figures by year, IP, history), the reserve
board."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from django.db import connection
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from kechuang.web.enterprises.access import enterprises_visible
from kechuang.web.enterprises.models import SIZES, Enterprise, HitechResult, ReserveEntry, SmeEvaluation
from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.keyset import PAGE_SIZE, Page, keyset_page

HISTORY_KINDS = ("enterprise", "ent-figures", "ent-ip", "ent-reserve", "ent-review", "ent-sme")


def enterprise_list(user, q: str = "", industry: str = "", size: str = "", stage: str = "") -> QuerySet:
    """The enterprises the user sees, filtered: ``q`` in the name or the USCC, the industry code's prefix, the
    size, the reserve stage (``none``: not in the reserve)."""
    rows = enterprises_visible(user).select_related("region", "reserve")
    q = " ".join(q.split())
    if q:
        rows = rows.filter(Q(name__icontains=q) | Q(uscc__istartswith=q.upper()))
    if industry:
        rows = rows.filter(industry_code__istartswith=industry.strip())
    if size:
        rows = rows.filter(size=size)
    if stage == "none":
        rows = rows.filter(reserve__isnull=True)
    elif stage in dict(ReserveEntry.STAGES):
        rows = rows.filter(reserve__stage=stage)
    return rows.order_by("name", "id")


LIST_COLUMNS = ("id", "name", "is_demo", "uscc", "uscc_warning", "industry_code", "size", "verified_at")


def enterprise_page(rows: QuerySet, get=None, params: dict | None = None, size: int = PAGE_SIZE) -> Page:
    """The page after (or before) the enterprise of ``get['after']``/``get['before']`` in (name, id) order, rows as
    dicts of what the list shows."""
    page = keyset_page(rows, get, order=("name", "id"), size=size, params=params, shown=lambda r: r.values(
        *LIST_COLUMNS, region_name=F("region__name"), stage=F("reserve__stage")))
    sizes, stages = dict(SIZES), dict(ReserveEntry.STAGES)
    for row in page.rows:
        row["size_zh"], row["stage_zh"] = sizes.get(row["size"], ""), stages.get(row["stage"], "")
    return page


def enterprise_history(enterprise: Enterprise, limit: int = 200) -> list:
    changes = Change.objects.filter(kind__in=HISTORY_KINDS, object_id=enterprise.pk)[:limit]
    return history_rows(changes)


_LATEST_SQL = """SELECT c.as_of, c.overall, s.year, s.score FROM (SELECT 1 AS one) AS o
LEFT JOIN (SELECT as_of, overall FROM {checks} WHERE enterprise_id = %s ORDER BY checked_at DESC, id DESC LIMIT 1) AS c
  ON 1 = 1
LEFT JOIN (SELECT year, score FROM {smes} WHERE enterprise_id = %s ORDER BY submitted_at DESC, id DESC LIMIT 1) AS s
  ON 1 = 1"""


def latest_check_and_sme(enterprise_id: int) -> tuple[SimpleNamespace | None, SimpleNamespace | None]:
    """(as_of, overall) of the enterprise's latest 高企 check and (year, score) of its latest 科小 self-evaluation, in
    the models' own order, None where there is none. One plain statement: as two ORM queries the page spent
    ~0.35-0.5 ms each compiling SQL, more than the database took to answer."""
    sql = _LATEST_SQL.format(checks=connection.ops.quote_name(HitechResult._meta.db_table),
                             smes=connection.ops.quote_name(SmeEvaluation._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(sql, [enterprise_id, enterprise_id])
        as_of, overall, year, score = cursor.fetchone()
    check = None if overall is None else SimpleNamespace(
        as_of=as_of if isinstance(as_of, date) else date.fromisoformat(as_of), overall=overall)
    return check, None if year is None else SimpleNamespace(year=year, score=score)


HISTORY_SHOWN = 20  # changes on an enterprise's page; the whole log has a page of its own


def recent_history(enterprise: Enterprise, shown: int = HISTORY_SHOWN) -> tuple[list, bool]:
    """The newest ``shown`` changes of the enterprise's log and whether it has older ones: one query of ``shown + 1``
    rows. Most views of a large registry are first views, for which keying, caching and rendering the log apart
    cost more than reading the newest changes with the page."""
    rows = enterprise_history(enterprise, shown + 1)
    return rows[:shown], len(rows) > shown


BOARD_LIMIT = 20  # entries shown per stage; the list filtered by stage shows them all


def reserve_board(entries: QuerySet) -> list[tuple[str, str, int, list[dict]]]:
    """(stage, name, count, the first entries by name) for each stage, in the order of the stages: two queries (the
    counts, and the first ``BOARD_LIMIT`` of every stage ranked in the database), rows as dicts of what the board
    shows."""
    counts = dict(entries.values_list("stage").annotate(n=Count("id")).values_list("stage", "n"))
    rank = Window(RowNumber(), partition_by=[F("stage")], order_by=[F("enterprise__name").asc(), F("id").asc()])
    rows = (entries.annotate(rank=rank).filter(rank__lte=BOARD_LIMIT)
            .values("id", "stage", "entered_on", "via", "certificate_no", "expires_on", "enterprise_id",
                    name=F("enterprise__name"), is_demo=F("enterprise__is_demo")))
    by_stage: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["name"], r["id"])):
        by_stage.setdefault(row["stage"], []).append(row)
    return [(s, name, counts.get(s, 0), by_stage.get(s, [])) for s, name in ReserveEntry.STAGES]


def reserve_entries(user) -> QuerySet:
    """The reserve entries of the enterprises the user sees (a join on the region, not a subquery of ids)."""
    from kechuang.web.accounts.models import Role
    from kechuang.web.accounts.permissions import region_id_of, role_of

    role = role_of(user)
    if role == Role.ADMIN:
        return ReserveEntry.objects.all()
    if role in (Role.BUREAU, Role.LEADER):
        return ReserveEntry.objects.filter(enterprise__region_id=region_id_of(user))
    return ReserveEntry.objects.filter(enterprise__in=enterprises_visible(user).values("id"))
