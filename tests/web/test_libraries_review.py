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
    status, rest = api(users["bureau"], "get", f"/challenges?after={first[-1]['id']}")  # the cursor (api/pages.py)
    assert status == 200 and len(rest) == 3 and not {c["id"] for c in rest} & {c["id"] for c in first}


def test_html_in_every_library_stays_text_in_the_search_box_and_its_api(as_user, api, users, county):  # noqa: F811
    """The search box shows titles and snippets of four libraries (the projects' marked): none may carry user HTML."""
    from kechuang.web.carriers.services import CarrierInput, carrier_create
    from kechuang.web.challenges.entries import challenge_create
    from kechuang.web.clock import today
    from kechuang.web.libraries.index_store import forget
    from kechuang.web.libraries.services import project_create
    from kechuang.web.talents.services import TalentInput, talent_create

    forget()
    bad = '<img src=x onerror="alert(1)">'
    bureau = users["bureau"]
    project_create(bureau, county, {"title": f"{bad}石墨烯涂层研发", "summary": f"石墨烯{bad}涂层",
                                    "applicant": "灵寿县甲科技有限公司", "year": "2025"})
    carrier_create(bureau, county, CarrierInput(name=f"{bad}石墨烯众创空间", kind="makerspace", level="county",
                                                host_name="灵寿县科技局", recognised_on="2024-01-02"), today())
    talent_create(bureau, county, TalentInput(name="王石墨", categories=["expert"], expertise=f"石墨烯{bad}"), today())
    challenge_create(bureau, county, f"{bad}石墨烯导热膜", "新材料", f"石墨烯{bad}", today())
    body = as_user(bureau).get(reverse("kc-library-search"), {"q": "石墨烯"}).content.decode()
    assert body.count('<li><span class="tag">') == 4 and "<img" not in body and "&lt;img" in body
    status, found = api(bureau, "get", "/libraries/search?q=石墨烯")
    assert status == 200 and len(found["hits"]) == 4
    assert all("<img" not in h.get("title_html", "") + h["snippet"] for h in found["hits"])


def test_a_refused_file_is_named_once_in_the_error_box(as_user, request):
    """The error box put the file's name before a message that names it already: “a.jpg:照片“a.jpg”不是图片”."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.web.people_fixtures import people_world

    world = people_world(request)
    response = as_user(world["users"]["specialist"]).post(reverse("kc-service-log-new"), {
        "assignment": world["assignment"].pk, "on": "2026-07-02", "place": "西关村", "kind": "guidance",
        "text": "技术指导", "photos": [SimpleUploadedFile("现场.jpg", b"not an image")]})
    box = re.search(r'<div class="error"[^>]*>(.*?)</div>', response.content.decode()).group(1)
    assert response.status_code == 400 and box.count("现场.jpg") == 1 and box.startswith("照片“现场.jpg”"), box


def test_no_grade_is_chosen_for_a_specialist_not_yet_evaluated(as_user, request):
    """The evaluation forms came with 优秀 chosen: one click on 保存 graded a 特派员 优秀 without anyone choosing it."""
    from tests.web.people_fixtures import people_world

    world = people_world(request)
    client = as_user(world["users"]["bureau"])
    for url in (reverse("kc-specialists"), reverse("kc-talent", args=[world["specialist"].pk])):
        select = re.search(r'<select name="grade"[^>]*>(.*?)</select>', client.get(url).content.decode(), re.S)
        assert select and " selected" not in select.group(1) and select.group(1).startswith('<option value="">'), url
    response = client.post(reverse("kc-talent-evaluate", args=[world["specialist"].pk]), {"year": "2026", "grade": ""})
    assert response.status_code == 400 and "考核等次" in response.content.decode()
