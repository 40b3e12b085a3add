"""The API's lists page by keyset (``api/pages.py``): the body is the page, the next page's address is in the
``Link`` header (``after`` = the cursor), a forged cursor gives the first page, the old ``offset`` a 400 in
Chinese; every library list does it."""

from __future__ import annotations

import secrets

import pytest

from kechuang.web.accounts.models import ApiToken, token_digest
from kechuang.web.api import libraries as api_libraries
from kechuang.web.api import transfer as api_transfer
from kechuang.web.libraries.models import Project
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.transfer_fixtures import achievements  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def get(client):
    def call(user, url: str):
        token = secrets.token_urlsafe(16)
        ApiToken.objects.create(user=user, digest=token_digest(token))
        if not url.startswith("http"):
            url = f"/api/v1{url}"
        return client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")

    return call


def _walk(get, user, url: str) -> list[list[int]]:
    """Every page's ids, following the ``Link`` header to the end."""
    pages = []
    while url:
        response = get(user, url)
        assert response.status_code == 200, response.content
        pages.append([row["id"] for row in response.json()])
        link = response.headers.get("Link", "")
        assert (response.headers.get("X-Next-Cursor") is not None) == bool(link)
        url = link[1:link.index(">")] if link else ""
        assert len(pages) < 20
    return pages


def test_projects_page_by_cursor_to_the_end_keeping_the_filter(get, users, projects, monkeypatch):
    monkeypatch.setattr(api_libraries, "LIMIT", 2)
    pages = _walk(get, users["bureau"], "/libraries/projects")
    visible = sorted((p["id"] for p in get(users["bureau"], "/libraries/projects").json()), reverse=True)
    every = [pk for page in pages for pk in page]
    assert every == sorted(every, reverse=True) and len(every) == len(set(every)) >= 3  # newest first, no repeats
    assert visible == every[:2] and all(len(page) == 2 for page in pages[:-1])
    expected = set(Project.objects.filter(region__in=[projects["original"].region_id]).values_list("id", flat=True))
    assert expected <= set(every)
    year = projects["original"].year
    filtered = _walk(get, users["bureau"], f"/libraries/projects?year={year}")
    assert {Project.objects.get(pk=pk).year for page in filtered for pk in page} == {year}
    first = get(users["bureau"], "/libraries/projects")
    assert first.headers["X-Total-Count"] == str(len(every))


def test_a_forged_cursor_gives_the_first_page(get, users, projects, monkeypatch):
    monkeypatch.setattr(api_libraries, "LIMIT", 2)
    first = get(users["bureau"], "/libraries/projects").json()
    for cursor in ("abc", "-5", "99999999", "1e9", "%00", "9" * 40):
        for name in ("after", "before"):
            response = get(users["bureau"], f"/libraries/projects?{name}={cursor}")
            assert response.status_code == 200 and response.json() == first, (name, cursor)


def test_a_cursor_of_a_row_out_of_sight_gives_the_first_page(get, users, projects, monkeypatch):
    monkeypatch.setattr(api_libraries, "LIMIT", 1)
    own = get(users["ent_user"], "/libraries/projects").json()
    foreign = projects["original"].pk  # not the enterprise user's
    assert get(users["ent_user"], f"/libraries/projects?after={foreign}").json() == own


def test_offset_is_refused_in_chinese(get, users, projects):
    response = get(users["bureau"], "/libraries/projects?offset=500")
    body = response.json()
    assert response.status_code == 400 and body["error"]["code"] == "KC-API-VALIDATION"
    assert "after" in body["error"]["message"] and "offset" in body["error"]["message"]
    assert get(users["bureau"], "/libraries/projects?offset=0").status_code == 200


@pytest.mark.parametrize("path", ["/transfer/demands", "/transfer/achievements", "/transfer/dockings", "/talents",
                                  "/service-logs", "/carriers", "/challenges", "/enterprises"])
def test_every_library_list_pages_by_keyset(get, users, path):
    response = get(users["bureau"], f"{path}?after=garbled")
    assert response.status_code == 200 and isinstance(response.json(), list), response.content
    assert get(users["bureau"], f"{path}?offset=10").status_code == 400


def test_achievements_page_by_cursor(get, users, achievements, monkeypatch):  # noqa: F811
    whole = [row["id"] for row in get(users["bureau"], "/transfer/achievements").json()]
    monkeypatch.setattr(api_transfer, "LIMIT", 1)
    pages = _walk(get, users["bureau"], "/transfer/achievements")
    assert [pk for page in pages for pk in page] == whole == sorted(whole, reverse=True)
    assert len(pages) == len(whole) >= 3
