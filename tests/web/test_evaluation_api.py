"""The evaluation API: the same permissions as the pages (evaluator scope for runs and results, the county's own
result, a published ranking), the one error shape, every endpoint in the OpenAPI description."""

from __future__ import annotations

import secrets

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kechuang.web.evaluation.models import Run
from tests.web.evaluation_data import finished_run, hebei_data
from tests.web.test_evaluation import UNKNOWN_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    from kechuang.web.accounts.models import ApiToken, token_digest

    def call(user, method, path, data=None):
        token = secrets.token_urlsafe(16)
        ApiToken.objects.create(user=user, digest=token_digest(token))
        response = getattr(client, method)(f"/api/v1{path}", data, HTTP_AUTHORIZATION=f"Bearer {token}")
        return response.status_code, response.json()

    return call


def test_openapi_describes_the_evaluation_endpoints(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {"/api/v1/evaluations", "/api/v1/evaluations/{run_id}", "/api/v1/evaluations/{run_id}/results",
            "/api/v1/evaluations/{run_id}/ranking", "/api/v1/regions/{region_id}/evaluation"} <= paths


def test_the_evaluator_starts_a_run_polls_it_and_reads_the_results(api, users, county):
    hebei_data(county)
    status, state = api(users["evaluator"], "post", "/evaluations", {"year": 2025, "replications": 30})
    assert status == 200 and state["status"] == "done" and state["progress"] == 1.0  # huey's immediate mode
    run_id = state["run"]
    assert state["status_url"] == f"/api/v1/evaluations/{run_id}"
    assert state["results_url"] == f"/api/v1/evaluations/{run_id}/results"
    status, state = api(users["evaluator"], "get", f"/evaluations/{run_id}")
    assert status == 200 and state["framework"] == "hebei-county" and state["region"] == "河北省"
    status, body = api(users["evaluator"], "get", f"/evaluations/{run_id}/results")
    assert status == 200 and len(body["results"]) == 6 and body["provenance"]["values"] == 306
    first = body["results"][0]
    assert first["rank"] == 1 and set(first["p_class"]) == {"A", "B", "C"} and first["nodes"]


def test_a_queued_run_answers_202_with_its_progress(api, users, county, queue):
    hebei_data(county)
    status, state = api(users["evaluator"], "post", "/evaluations", {"year": 2025, "replications": 30})
    assert status == 202 and state["status"] == "queued" and state["progress"] == 0
    status, again = api(users["evaluator"], "get", f"/evaluations/{state['run']}/results")
    assert status == 202 and again["results_url"] is None


@pytest.mark.parametrize("who", ["bureau", "leader", "lead", "other_bureau"])
def test_a_county_may_not_start_a_run(api, users, county, who):
    hebei_data(county)
    status, body = api(users[who], "post", "/evaluations", {"year": 2025})
    assert status == 403 and body["error"]["code"]
    assert not Run.objects.exists()


def test_bad_input_has_the_error_shape_and_writes_nothing(api, users, county):
    hebei_data(county)
    status, body = api(users["evaluator"], "post", "/evaluations", {"year": 2019})
    assert status == 400 and body["error"]["code"] == "KC-EVAL-NO-DATA" and "2019 年" in body["error"]["message"]
    status, body = api(users["evaluator"], "post", "/evaluations",
                       {"year": 2025, "framework_file": SimpleUploadedFile("mine.yaml", UNKNOWN_KEY)})
    assert status == 400 and body["error"]["code"] == "KC-FRAMEWORK-INVALID"
    assert body["error"]["context"]["file"] == "mine.yaml" and "lg" in body["error"]["context"]["key"]
    assert not Run.objects.exists()


def test_runs_and_results_by_scope(api, users, county):
    run = finished_run(users["evaluator"], county)
    for path in (f"/evaluations/{run.pk}", f"/evaluations/{run.pk}/results"):
        assert api(users["bureau"], "get", path)[0] == 403  # a county it covers: its own page instead
        assert api(users["other_bureau"], "get", path)[0] == 404
        assert api(users["other_evaluator"], "get", path)[0] == 404
        assert api(users["evaluator"], "get", "/evaluations/987654")[0] == 404


def test_the_countys_own_result_and_never_another_countys(api, users, county, other_county):
    run = finished_run(users["evaluator"], county)
    mine = run.results.get(region=county)
    status, body = api(users["leader"], "get", f"/regions/{county.pk}/evaluation")
    assert status == 200 and body["result"]["score"] == mine.score and body["result"]["class"] == mine.klass
    assert body["result"]["forecast"]["run_id"] == run.pk and body["result"]["path"]["steps"]
    neighbour = run.results.exclude(region=county).first().region
    assert api(users["leader"], "get", f"/regions/{neighbour.pk}/evaluation")[0] == 404
    assert api(users["bureau"], "get", "/regions/987654/evaluation")[0] == 404
    assert api(users["evaluator"], "get", f"/regions/{neighbour.pk}/evaluation")[0] == 200
    status, body = api(users["other_bureau"], "get", f"/regions/{other_county.pk}/evaluation")
    assert status == 200 and body["result"] is None  # 尚未开展评价


def test_the_ranking_once_published(api, users, county):
    run = finished_run(users["evaluator"], county)
    assert api(users["bureau"], "get", f"/evaluations/{run.pk}/ranking")[0] == 404
    Run.objects.filter(pk=run.pk).update(published_at="2026-12-01T10:00:00Z")
    status, body = api(users["bureau"], "get", f"/evaluations/{run.pk}/ranking")
    assert status == 200 and len(body["rows"]) == 6 and set(body["rows"][0]) == {"rank", "region", "code", "score",
                                                                                   "class"}
    assert api(users["other_bureau"], "get", f"/evaluations/{run.pk}/ranking")[0] == 404
