"""Holes found in the review of the library apps (issue 15), each shown by a test that fails without its fix."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kechuang.web.libraries.models import DuplicateReview
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


def test_an_enterprise_sees_no_other_enterprise_project_through_a_duplicate_review(as_user, users, projects):
    own, other = projects["other2"], projects["other1"]  # 甲科技's project; 乙材料's project
    assert own.enterprise == users["ent_user"].profile.enterprise
    DuplicateReview.objects.create(project=own, other=other, score=0.91, decision=DuplicateReview.NOT_DUPLICATE,
                                   reason="乙材料的研究对象不同", by=users["bureau"])
    url = reverse("kc-project", args=[own.pk])
    body = as_user(users["ent_user"]).get(url).content.decode()
    assert other.title not in body and "乙材料的研究对象不同" not in body
    assert reverse("kc-project", args=[other.pk]) not in body
    bureau = as_user(users["bureau"]).get(url).content.decode()
    assert other.title in bureau and "乙材料的研究对象不同" in bureau  # the bureau still reads its decision


LIBRARY_PREFIXES = ("/libraries/", "/challenges/", "/talents/", "/carriers/")


def _links(body: str, within: str = "nav") -> list[str]:
    part = body.split(f"<{within}", 1)[1].split(f"</{within}>", 1)[0]
    return [h for h in re.findall(r'href="([^"#]+)"', part) if h.startswith(LIBRARY_PREFIXES)]


@pytest.mark.parametrize("who", ["bureau", "leader", "lead", "ent_user", "expert", "specialist", "evaluator", "admin"])
def test_every_library_link_of_the_menu_opens_for_its_role(as_user, request, who):
    """A 特派员 or a 评审专家 was offered 项目库 in the menu and got 403 on following it."""
    from tests.web.people_fixtures import people_users

    client = as_user(people_users(request)[who])
    for link in _links(client.get(reverse("kc-notifications")).content.decode()):
        assert client.get(link).status_code == 200, (who, link)


@pytest.mark.parametrize("who", ["bureau", "leader", "lead", "specialist"])
def test_the_service_log_list_offers_only_links_its_reader_may_follow(as_user, request, who):
    """A leader or a department was offered 填写服务记录 on the service log list, a page they may not open."""
    from tests.web.people_fixtures import people_users

    client = as_user(people_users(request)[who])
    for link in _links(client.get(reverse("kc-service-logs")).content.decode(), "main"):
        if not link.endswith(".xlsx"):
            assert client.get(link).status_code == 200, (who, link)


def test_the_challenge_list_of_the_api_comes_in_pages_as_the_other_libraries_do(api, users, county):  # noqa: F811
    """GET /challenges returned every 榜单 the caller sees in one answer, however many there were."""
    from kechuang.web.api.challenges import LIMIT
    from kechuang.web.challenges.models import Challenge

    Challenge.objects.bulk_create([Challenge(region=county, title=f"榜单{n}") for n in range(LIMIT + 3)])
    status, first = api(users["bureau"], "get", "/challenges")
    assert status == 200 and len(first) == LIMIT
    status, rest = api(users["bureau"], "get", f"/challenges?offset={LIMIT}")
    assert status == 200 and len(rest) == 3 and not {c["id"] for c in rest} & {c["id"] for c in first}
