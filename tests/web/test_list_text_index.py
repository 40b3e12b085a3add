"""The demand, achievement and talent lists' text filter reads an index as the project list's does (SQLite: FTS5
one character a token; PostgreSQL: a GIN index of characters and character pairs): the same rows as the plain
substring filter, the index kept through saves, updates, deletes, bulk writes and the xlsx/csv import, the query
plan reads the index, and the migrations reverse."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models import Q
from django.urls import reverse

from kechuang.web.enterprises.models import Enterprise
from kechuang.web.libraries import textsearch
from kechuang.web.libraries.selectors import project_list
from kechuang.web.talents.models import Talent
from kechuang.web.talents.selectors import talent_list
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.transfer.selectors import achievement_list, demand_list

pytestmark = pytest.mark.django_db

TEXTS = ["锂电池正极材料研发", "锂 电池回收", "电池管理系统(BMS)开发", "LED 照明驱动芯片", "led灯具散热",
         "食用菌菌渣资源化利用", "水肥一体化：智能控制", "50%固含量涂料", "a_b 测试", "Ａ全角字母"]
QUERIES = ["电池", "锂电池", "锂 电池", "电", "led", "LED", "BMS)", "(BMS", "菌菌渣", "水肥一体化：", "：智能",
           "50%", "%", "_", "a_b", "ａ", "Ａ全", "有限公司", "某某", "池回", "灵寿", "、", "不存在的词", "研究院3",
           "料研", "发\n锂"]
LONG = "的" * 400 + "，秸秆" * 3000  # past a tsvector's 256 positions a lexeme and its 16,383rd position


def _world(county, enterprise):
    firm = Enterprise.objects.create(region=county, name="灵寿县电池有限公司", name_key="灵寿县电池")
    for i, text in enumerate(TEXTS):
        Demand.objects.create(region=county, enterprise=firm if i % 3 == 0 else enterprise, title=text,
                              problem=f"某某研究院{i}需要{TEXTS[-1 - i]}")
        Achievement.objects.create(region=county, holder="灵寿县电池有限公司" if i % 3 == 0 else f"某某研究院{i}",
                                   holder_kind="university", title=text, summary=TEXTS[-1 - i])
        Talent.objects.create(region=county, name=f"张{text[:2]}", affiliation=f"某某研究院{i}", expertise=text,
                              fields="果树栽培、食用菌" if i % 2 else "",
                              contact="13000000000", entered_on=date(2020, 1, 1))
    Achievement.objects.create(region=county, holder="乙", holder_kind="university", title="长", summary=LONG + "末尾词")


LISTS = {
    "demand": (demand_list, lambda q: Q(title__icontains=q) | Q(problem__icontains=q) | Q(enterprise__name__icontains=q)),
    "achievement": (achievement_list,
                    lambda q: Q(title__icontains=q) | Q(summary__icontains=q) | Q(holder__icontains=q)),
    "talent": (talent_list, lambda q: Q(name__icontains=q) | Q(affiliation__icontains=q) | Q(expertise__icontains=q)
               | Q(fields__icontains=q)),
}


def _ids(rows):
    return set(rows.values_list("pk", flat=True))


@pytest.mark.parametrize("name", list(LISTS))
def test_each_list_gives_the_rows_of_the_plain_substring_filter(name, users, county, enterprise):
    _world(county, enterprise)
    listed, plain = LISTS[name]
    bureau = users["bureau"]
    for q in [*QUERIES, "末尾词", "秸秆", "，秸"]:
        assert _ids(listed(bureau, q=q)) == _ids(listed(bureau).filter(plain(q))), (name, q)
    assert _ids(listed(bureau, q="电池")), name
    if name == "achievement":  # a long summary: found by a word at its end
        assert [a.title for a in listed(bureau, q="末尾词")] == ["长"]


def _titles(rows, field="title"):
    return sorted(rows.values_list(field, flat=True))


def test_the_indexes_follow_saves_updates_deletes_and_bulk_writes(users, county, enterprise):
    bureau = users["bureau"]
    demand = Demand.objects.create(region=county, enterprise=enterprise, title="秸秆还田", problem="机具")
    talent = Talent.objects.create(region=county, name="李四", affiliation="甲站", expertise="果树修剪",
                                   entered_on=date(2020, 1, 1))
    assert _titles(demand_list(bureau, q="还田")) == ["秸秆还田"]
    assert _titles(talent_list(bureau, q="修剪"), "name") == ["李四"]
    demand.problem, talent.expertise = "打捆机具", "葡萄嫁接"
    demand.save()
    talent.save()
    assert _titles(demand_list(bureau, q="打捆")) == ["秸秆还田"]
    assert _titles(talent_list(bureau, q="修剪"), "name") == [] and _titles(talent_list(bureau, q="嫁接"), "name")
    Achievement.objects.bulk_create([Achievement(region=county, holder="乙大学", holder_kind="university",
                                                 title="果树修剪机器人", summary="视觉识别")])
    Achievement.objects.filter(title="果树修剪机器人").update(holder="丙研究所", summary="激光雷达")
    assert _titles(achievement_list(bureau, q="乙大学")) == [] and _titles(achievement_list(bureau, q="丙研究"))
    assert _titles(achievement_list(bureau, q="雷达")) == ["果树修剪机器人"]
    Achievement.objects.all().delete()
    demand.delete()
    talent.delete()
    assert not _titles(achievement_list(bureau, q="雷达")) and not _titles(demand_list(bureau, q="打捆"))
    if connection.vendor == "sqlite":  # no stale rows left in the side tables
        with connection.cursor() as cursor:
            for spec in (textsearch.DEMAND, textsearch.ACHIEVEMENT, textsearch.TALENT):
                cursor.execute(f"SELECT count(*) FROM {spec.fts}")
                assert cursor.fetchone()[0] == 0, spec.fts


def test_imported_demands_are_found_by_the_filter(client, users, enterprise):
    client.force_login(users["bureau"])
    csv = f"需求单位,需求标题,技术难题\n{enterprise.name},废水回用,印染废水深度处理\n".encode("gb18030")
    response = client.post(reverse("kc-transfer-import", args=["demand"]), {"file": SimpleUploadedFile("需求.csv", csv)})
    client.post(reverse("kc-transfer-import-confirm", args=["demand"]), {"digest": response.context["digest"]})
    assert _titles(demand_list(users["bureau"], q="印染")) == ["废水回用"]


def _plan(rows) -> str:
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(("EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ") + sql, params)
        return " / ".join(str(row[-1] if connection.vendor == "sqlite" else row[0]) for row in cursor.fetchall())


def test_the_lists_read_their_indexes(users, county, enterprise):
    _world(county, enterprise)
    bureau = users["bureau"]
    lists = [(project_list(bureau, q="电池"), textsearch.PROJECT), (demand_list(bureau, q="灵寿"), textsearch.DEMAND),
             (achievement_list(bureau, q="电池"), textsearch.ACHIEVEMENT), (talent_list(bureau, q="研究"), textsearch.TALENT)]
    for rows, spec in lists:
        if connection.vendor == "sqlite":
            plan = _plan(rows)
            assert "VIRTUAL TABLE INDEX" in plan and f"SCAN {spec.table}" not in plan, plan
        else:  # a small table: the planner scans (or reads the region index) unless it has only the text index
            with connection.cursor() as cursor:
                cursor.execute("SET enable_seqscan = off")
                try:
                    plan = _plan(textsearch.narrowed(rows.model.objects.order_by(), "电池", spec))
                finally:
                    cursor.execute("RESET enable_seqscan")
            assert f"Bitmap Index Scan on {spec.index}" in plan, plan


@pytest.mark.parametrize("spec", [textsearch.PROJECT, textsearch.DEMAND, textsearch.TALENT], ids=lambda s: s.table)
def test_the_migrations_reverse(spec):
    forward, backward = textsearch.migration(spec)  # the project's: 0003 on SQLite, 0004 on PostgreSQL
    name = spec.fts if connection.vendor == "sqlite" else spec.index

    def present():
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = %s", [name])
            else:
                cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = %s", [name])
            return cursor.fetchone()[0]

    assert present() == 1
    backward(None, _Editor())
    assert present() == 0
    forward(None, _Editor())
    assert present() == 1


class _Editor:
    """What the migration uses of a schema editor, inside the test's transaction (SQLite's editor refuses one)."""

    connection = connection

    def execute(self, sql, params=None):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
