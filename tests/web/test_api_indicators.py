"""The indicators API: the catalog, observations with the pages' permissions (another county's values are not
found, by id or by filter), single values versioned, imports previewed with every bad row and committed."""

from __future__ import annotations

import pytest

from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.services import observation_record
from tests.web import test_api
from tests.web.test_api import _is_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    """The token client of tests/web/test_api.py."""
    return test_api.api.__wrapped__(client)


def test_openapi_lists_the_indicator_endpoints(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {"/api/v1/indicators", "/api/v1/observations", "/api/v1/observations/{observation_id}",
            "/api/v1/observations/imports", "/api/v1/observations/imports/{batch_id}/commit"} <= paths


def test_catalog_search(api, users):
    status, body = api(users["leader"], "get", "/indicators?q=高企数量")
    assert status == 200 and [i["code"] for i in body] == ["hitech_enterprises"]
    status, body = api(users["lead"], "get", f"/indicators/{Indicator.objects.get(code='rd_intensity').pk}")
    assert status == 200 and body["aggregation"] == "ratio" and body["denominator"] == "gdp"


def test_reads_follow_the_region_scope(api, users, county, other_county):
    ind = Indicator.objects.get(code="hitech_enterprises")
    mine, _ = observation_record(county, ind, 2023, 38, source_kind="manual")
    theirs, _ = observation_record(other_county, ind, 2023, 12, source_kind="manual")
    status, body = api(users["leader"], "get", "/observations")
    assert status == 200 and [o["region_code"] for o in body] == ["130126"]
    status, body = api(users["lead"], "get", f"/observations/{mine.pk}")
    assert status == 200 and body["value"] == 38 and body["provenance"] == "手工填报"
    for path in (f"/observations/{theirs.pk}", "/observations?region=620921", "/observations?region=金塔县"):
        status, body = api(users["bureau"], "get", path)
        assert status == 404, path
        _is_error(body, "KC-WEB-NOTFOUND")
    status, body = api(users["admin"], "get", "/observations?indicator=hitech_enterprises")
    assert {o["region_code"] for o in body} == {"130126", "620921"}


def test_post_single_values_versioned_and_refused_outside_scope(api, users, county):
    payload = {"region": "灵寿", "indicator": "高新技术企业数", "period": "2023年", "value": "38家"}
    status, first = api(users["bureau"], "post", "/observations", payload)
    assert status == 201 and first["value"] == 38 and first["version"] == 1 and first["source_kind"] == "api"
    status, same = api(users["bureau"], "post", "/observations", payload)
    assert status == 200 and same["id"] == first["id"]
    status, second = api(users["bureau"], "post", "/observations", {**payload, "value": 40})
    assert status == 201 and second["version"] == 2
    status, history = api(users["leader"], "get", "/observations?region=130126&history=true")
    assert [(o["value"], o["is_current"]) for o in history] == [(40, True), (38, False)]
    status, body = api(users["bureau"], "post", "/observations", {**payload, "value": "5%"})
    assert status == 400 and "「%」与指标目录的单位「家」" in body["error"]["message"]
    status, body = api(users["leader"], "post", "/observations", payload)
    assert status == 403
    status, body = api(users["other_bureau"], "post", "/observations", payload)
    assert status == 404


def test_import_preview_then_commit(api, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = "地区,指标代码,年份,数值\n灵寿县,hitech_enterprises,2023,38\n灵寿县,tech_smes,2023,很多\n"
    upload = SimpleUploadedFile("数据.csv", text.encode("utf-8"))
    status, batch = api(users["bureau"], "post", "/observations/imports", {"file": upload}, form=True)
    assert status == 201 and batch["status"] == "preview" and batch["counts"] == {"new": 1, "changed": 0, "same": 0}
    assert batch["errors"] == [{"file": "数据.csv", "row": 3, "column": "数值", "message": "「很多」不是数字"}]
    status, body = api(users["bureau"], "post", f"/observations/imports/{batch['id']}/commit", {})
    assert status == 400 and body["error"]["code"] == "KC-DATA-INVALID" and not Observation.objects.exists()
    status, body = api(users["other_bureau"], "get", f"/observations/imports/{batch['id']}")
    assert status == 404
    status, body = api(users["bureau"], "post", f"/observations/imports/{batch['id']}/commit", {"valid_rows": True})
    assert status == 200 and body["status"] == "imported"
    assert Observation.objects.get().source_row == 2
    status, body = api(users["leader"], "post", "/observations/imports",
                       {"file": SimpleUploadedFile("x.csv", text.encode())}, form=True)
    assert status == 403
