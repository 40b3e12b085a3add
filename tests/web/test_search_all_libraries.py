"""The one search box across the libraries: projects, talents, carriers and 揭榜挂帅 answer the same query, each hit
within what the user may see, filtered by library."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.library_fixtures import build_projects
from tests.web.people_fixtures import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(users, county, other_county):
    from kechuang.web.libraries.index_store import forget

    forget()
    made = build_projects(users["bureau"], county, users["other_bureau"], other_county)
    yield {**build_world(users, county, other_county), **made}
    forget()


def test_one_query_reaches_every_library_the_user_may_see(client, world):
    from kechuang.web.libraries.search import search_all

    bureau = world["users"]["bureau"]
    projects = search_all(bureau, "水肥一体化").hits
    assert [h["kind"] for h in projects][:1] == ["项目"] and "水肥一体化" in projects[0]["title"]
    talents = search_all(bureau, "食用菌").hits
    assert {h["title"] for h in talents if h["kind"] == "人才"} == {"王建国", "李春华"}
    carriers = search_all(bureau, "众创空间").hits
    assert any(h["title"] == "灵寿县众创空间" for h in carriers)
    assert not any(h["title"] == "赵远" for h in search_all(bureau, "赵远").hits)  # another county's talent

    client.force_login(bureau)
    page = client.get(reverse("kc-library-search"), {"q": "食用菌", "kind": "人才"})
    body = page.content.decode()
    assert page.status_code == 200 and "王建国" in body and "李春华" in body
    assert "水肥一体化" not in body  # filtered to one library


def test_a_year_filter_drops_hits_without_a_year(world):
    """Talents and carriers carry no year: with a year asked for they are not among the hits (they were kept)."""
    from kechuang.web.libraries.search import search_all

    bureau = world["users"]["bureau"]
    assert any(h["kind"] == "人才" for h in search_all(bureau, "食用菌").hits)  # found without a year
    hits = search_all(bureau, "食用菌", year=2023).hits
    assert hits == [h for h in hits if h.get("year") == 2023]
    assert not any(h["kind"] == "人才" for h in hits)
    projects = search_all(bureau, "水肥一体化", year=2023).hits
    assert [h["title"] for h in projects] == [world["original"].title]


def test_an_administrator_finds_the_projects_of_every_region(world):
    """Administrators have no region but see every region's projects: the search box finds them too."""
    from kechuang.web.libraries.search import search_all

    admin = world["users"]["admin"]
    titles = {h["title"] for h in search_all(admin, "水肥一体化").hits if h["kind"] == "项目"}
    assert world["original"].title in titles
    far = {h["title"] for h in search_all(admin, "戈壁节水灌溉").hits if h["kind"] == "项目"}
    assert world["far"].title in far  # 金塔县, another province
