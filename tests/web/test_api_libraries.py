"""The projects library's API: the pages' validation, duplicate check and permissions; 409 with the suspects
when a reason is needed; import (preview, then with a reason); the batch check; search."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kechuang.web.libraries.models import DuplicateReview, Project
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.library_fixtures import NEAR
from tests.web.test_api import _is_error, api  # noqa: F401  (the token-calling fixture)

pytestmark = pytest.mark.django_db
NEAR_IN = {**NEAR, "year": 2025}


def test_create_answers_409_with_the_suspects_then_saves_with_a_reason(api, users, projects):  # noqa: F811
    status, body = api(users["bureau"], "post", "/libraries/projects", NEAR_IN)
    assert status == 409 and body["error"]["code"] == "KC-LIB-DUPLICATE"
    assert body["suspects"][0]["project_id"] == projects["original"].pk and body["suspects"][0]["above_threshold"]
    assert body["suspects"][0]["explanation"]["passages"]["title"]
    assert not Project.objects.filter(title=NEAR["title"]).exists()
    status, body = api(users["bureau"], "post", "/libraries/projects", {**NEAR_IN, "reason": "二期示范"})
    assert status == 201 and body["reviews"] == 1 and body["project"]["status_name"] == "申报"
    status, body = api(users["bureau"], "post", "/libraries/projects", {**NEAR_IN, "title": "x", "budget": "很多"})
    assert status == 400 and body["error"]["context"]["field"] == "budget"
    assert api(users["leader"], "post", "/libraries/projects", NEAR_IN)[0] == 403


def test_reads_follow_the_pages_permissions(api, users, projects):  # noqa: F811
    own = projects["other2"]
    status, body = api(users["ent_user"], "get", "/libraries/projects")
    assert status == 200 and [p["id"] for p in body] == [own.pk]
    assert api(users["ent_user"], "get", f"/libraries/projects/{projects['original'].pk}")[0] == 404
    assert api(users["other_bureau"], "get", f"/libraries/projects/{own.pk}")[0] == 404
    status, body = api(users["leader"], "get", "/libraries/projects?year=2024")
    assert status == 200 and {p["year"] for p in body} == {2024}
    status, body = api(users["bureau"], "get", "/libraries/projects/987654")
    assert status == 404
    _is_error(body, "KC-WEB-NOTFOUND")
    assert api(users["evaluator"], "get", "/libraries/projects")[0] == 403


def test_import_preview_then_import_with_one_reason_for_all(api, users, projects):  # noqa: F811
    text = "项目名称,申报单位,年度,项目摘要\n" + ",".join([NEAR["title"], NEAR["applicant"], "2025", NEAR["summary"]])
    upload = SimpleUploadedFile("项目.csv", text.encode("utf-8-sig"))
    status, body = api(users["bureau"], "post", "/libraries/projects/import", {"file": upload, "preview": "true"},
                       form=True)
    assert status == 200 and body["counts"] == {"valid": 1, "suspect": 1, "error_rows": 0}
    assert body["suspect_rows"][0]["row"] == 2
    upload = SimpleUploadedFile("项目.csv", text.encode("utf-8-sig"))
    status, body = api(users["bureau"], "post", "/libraries/projects/import", {"file": upload}, form=True)
    assert status == 409 and body["error"]["code"] == "KC-LIB-DUPLICATE"
    upload = SimpleUploadedFile("项目.csv", text.encode("utf-8-sig"))
    status, body = api(users["bureau"], "post", "/libraries/projects/import",
                       {"file": upload, "reason_all": "延续项目"}, form=True)
    assert status == 201 and body == {"created": 1, "skipped": 0, "reviews": 1}
    assert DuplicateReview.objects.get(project__title=NEAR["title"]).source == "import"


def test_batch_check_and_search_through_the_api(api, users, county, projects):  # noqa: F811
    from kechuang.web.libraries.services import project_create

    project_create(users["bureau"], county, NEAR, reason="稍后批量查重")
    status, batch = api(users["bureau"], "post", "/libraries/projects/batches", {"year": 2025})
    assert status == 202 and batch["status"] == "done" and batch["pairs"] == 1
    status, pairs = api(users["leader"], "get", f"/libraries/projects/batches/{batch['id']}/pairs")
    assert status == 200 and pairs[0]["score"] >= 0.6
    assert api(users["other_bureau"], "get", f"/libraries/projects/batches/{batch['id']}")[0] == 404
    status, body = api(users["leader"], "get", "/libraries/search?q=水肥一体化")
    assert status == 200 and body["hits"][0]["kind"] == "项目" and "<mark>" in body["hits"][0]["title_html"]
    status, body = api(users["leader"], "get", "/libraries/search?q=的了")
    assert status == 400 and body["error"]["code"] == "KC-MATCH-STOPWORDS"
