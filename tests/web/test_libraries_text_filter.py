"""The project list's text filter reads the FTS5 index of titles and applicants on SQLite (one character a token):
the same rows as the plain substring filter, the index kept by triggers through saves, updates, deletes and bulk
writes, and a query plan that no longer scans the projects table."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kechuang.web.libraries.models import Project
from kechuang.web.libraries.selectors import project_list

pytestmark = pytest.mark.django_db

TITLES = ["锂电池正极材料研发", "锂 电池回收", "电池管理系统(BMS)开发", "LED 照明驱动芯片", "led灯具散热",
          "食用菌菌渣资源化利用", "水肥一体化：智能控制", "50%固含量涂料", "a_b 测试", "Ａ全角字母"]
QUERIES = ["电池", "锂电池", "锂 电池", "电", "led", "LED", "BMS)", "(BMS", "菌菌渣", "水肥一体化：", "：智能",
           "50%", "%", "_", "a_b", "ａ", "Ａ全", "有限公司", "某某", "池回", "灵寿", "、", "不存在的词"]


def _make(region):
    for i, title in enumerate(TITLES):
        Project.objects.create(region=region, title=title, year=2020 + i % 5,
                               applicant="灵寿县电池有限公司" if i % 3 == 0 else f"某某研究院{i}")


def _plain(user, q):
    return set(project_list(user).filter(Q(title__icontains=q) | Q(applicant__icontains=q)).values_list("pk", flat=True))


def test_the_index_gives_the_rows_of_the_plain_substring_filter(users, county):
    _make(county)
    for q in QUERIES:
        found = set(project_list(users["bureau"], q=q).values_list("pk", flat=True))
        assert found == _plain(users["bureau"], q), q
    assert len(set(project_list(users["bureau"], q="电池").values_list("pk", flat=True))) == 6


def test_the_index_follows_saves_updates_deletes_and_bulk_writes(users, county):
    bureau = users["bureau"]

    def titles(q):
        return sorted(project_list(bureau, q=q).values_list("title", flat=True))

    project = Project.objects.create(region=county, title="秸秆还田机具", applicant="甲公司", year=2024)
    assert titles("还田") == ["秸秆还田机具"]
    project.title = "秸秆打捆机具"
    project.save()
    assert titles("还田") == [] and titles("打捆") == ["秸秆打捆机具"]
    Project.objects.bulk_create([Project(region=county, title="果树修剪机器人", applicant="乙公司", year=2024)])
    Project.objects.filter(title="果树修剪机器人").update(applicant="丙研究所")
    assert titles("修剪") == ["果树修剪机器人"] and titles("乙公司") == [] and titles("丙研究") == ["果树修剪机器人"]
    Project.objects.filter(title__startswith="果树").delete()
    project.delete()
    assert titles("修剪") == [] and titles("打捆") == []
    if connection.vendor == "sqlite":  # PostgreSQL has no side table: its GIN index is on the table's own columns
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM kc_project_text")
            assert cursor.fetchone()[0] == Project.objects.count()


def test_the_list_reads_the_index_not_the_table(as_user, users, county):
    if connection.vendor == "postgresql":  # the GIN index of characters and pairs: test_list_text_index
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'libraries_project'")
            names = {row[0] for row in cursor.fetchall()}
        assert {"kc_project_text_grams", "kc_project_applicant_trgm"} <= names, names  # trgm: the applicant filter
        return
    _make(county)
    client = as_user(users["bureau"])
    with CaptureQueriesContext(connection) as captured:
        body = client.get(reverse("kc-projects"), {"q": "电池"}).content.decode()
    assert "锂电池正极材料研发" in body and "食用菌菌渣资源化利用" not in body
    listed = [q["sql"] for q in captured if "libraries_project" in q["sql"] and "LIKE" in q["sql"]]
    assert listed and all("kc_project_text" in sql for sql in listed)
    sql, params = project_list(users["bureau"], q="电池").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " / ".join(row[-1] for row in cursor.fetchall())
    assert "VIRTUAL TABLE INDEX" in plan and "SCAN libraries_project" not in plan, plan
