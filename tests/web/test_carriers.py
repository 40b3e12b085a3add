"""The 载体/平台 library: counts per level and kind as of a year's end feed the catalog indicators (revocations
counted out from their date), enterprise users see only the carriers their enterprise hosts (pages, export,
API), the import preview and its all-or-nothing rule, evaluations."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from kechuang.errors import KechuangError
from tests.web.people_fixtures import TODAY, people_world
from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(request):
    return people_world(request)


def _value(region, code, year):
    from kechuang.web.indicators.models import Observation

    row = Observation.objects.filter(region=region, indicator__code=code, period=year, is_current=True).first()
    return row.value if row else None


def test_the_mapping_names_catalog_indicators_and_model_codes():
    from kechuang.indicators.catalog import load_catalog
    from kechuang.web.carriers.feeds import mapping
    from kechuang.web.carriers.models import KINDS, LEVELS

    codes = {i.id for i in load_catalog().indicators}
    for code, rule in mapping().items():
        assert code in codes
        assert set(rule["kinds"]) <= dict(KINDS).keys() and set(rule["levels"]) <= dict(LEVELS).keys()


def test_a_revocation_counts_the_carrier_out_from_its_year(world):
    from kechuang.web.carriers.services import CarrierInput, carrier_create, carrier_update

    bureau, region = world["users"]["bureau"], world["own_carrier"].region
    lab = carrier_create(bureau, region, CarrierInput("灵寿县果品重点实验室", "重点实验室", "国家级", host_name="县果品站",
                                                      recognised_on="2022-04-01"), TODAY)
    assert [_value(region, "provincial_platforms", y) for y in (2022, 2024, 2026)] == [1, 2, 2]
    assert _value(region, "national_platforms", 2026) == 1
    carrier_update(bureau, lab, CarrierInput("灵寿县果品重点实验室", "key_lab", "national", host_name="县果品站",
                                             recognised_on="2022-04-01", status="revoked", revoked_on="2025-06-30"),
                   1, TODAY)
    assert [_value(region, "national_platforms", y) for y in (2024, 2025, 2026)] == [1, 0, 0]
    assert _value(region, "provincial_platforms", 2025) == 1
    with pytest.raises(KechuangError, match="撤销的载体须填写撤销日期"):
        carrier_create(bureau, region, CarrierInput("x", "孵化器", "县级", host_name="y", recognised_on="2024-01-01",
                                                    status="撤销"), TODAY)
    with pytest.raises(KechuangError, match="同名同级别"):
        carrier_create(bureau, region, CarrierInput("灵寿县众创空间", "makerspace", "municipal", host_name="y",
                                                    recognised_on="2024-01-01"), TODAY)


def test_enterprise_users_see_their_own_carriers_only(client, api, world):  # noqa: F811
    users = world["users"]
    client.force_login(users["ent_user"])
    page = client.get("/carriers/").content.decode()
    assert "灵寿县甲科技企业技术中心" in page and "灵寿县众创空间" not in page and "登记载体" not in page
    sheet = load_workbook(io.BytesIO(client.get("/carriers/export.xlsx").content))["载体"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["灵寿县甲科技企业技术中心"]
    status, rows = api(users["ent_user"], "get", "/carriers")
    assert status == 200 and [r["name"] for r in rows] == ["灵寿县甲科技企业技术中心"]
    assert api(users["ent_user"], "get", f"/carriers/{world['other_carrier'].pk}")[0] == 404
    assert api(users["other_ent"], "get", f"/carriers/{world['own_carrier'].pk}")[0] == 404
    assert api(users["ent_user"], "post", "/carriers", {"name": "x", "kind": "孵化器", "level": "县级",
                                                        "host_name": "y", "recognised_on": "2024-01-01"})[0] == 403
    status, rows = api(users["leader"], "get", "/carriers?level=provincial")
    assert status == 200 and [r["level_name"] for r in rows] == ["省级"]
    assert api(users["other_bureau"], "get", "/carriers")[1] == []


def test_the_api_creates_updates_with_a_version_and_evaluates(api, world):  # noqa: F811
    bureau = world["users"]["bureau"]
    status, body = api(bureau, "post", "/carriers", {"name": "灵寿县星创天地", "kind": "星创天地", "level": "省级",
                                                     "host_name": "灵寿县青禾农业", "recognised_on": "2025-05-20"})
    assert status == 201 and body["kind"] == "star_space" and body["version"] == 1
    update = {**{k: body[k] for k in ("name", "kind", "level", "host_name", "recognised_on")}, "note": "已复核"}
    assert api(bureau, "put", f"/carriers/{body['id']}", {**update, "version": 9})[0] == 409
    status, body = api(bureau, "put", f"/carriers/{body['id']}", {**update, "version": 1})
    assert status == 200 and body["version"] == 2
    status, body = api(bureau, "post", f"/carriers/{body['id']}/evaluations", {"year": 2025, "result": "excellent"})
    assert status == 201 and body["evaluations"] == [{"year": 2025, "result": "优秀", "note": ""}]
    status, body = api(bureau, "post", f"/carriers/{body['id']}/evaluations", {"year": 2020, "result": "good"})
    assert status == 400 and "认定年度" in body["error"]["message"]
    assert api(world["users"]["leader"], "post", f"/carriers/{body and world['own_carrier'].pk}/evaluations",
               {"year": 2025, "result": "good"})[0] == 403


def _book(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["序号:载体名录(示例标题行)"])
    sheet.append(["名称", "类型", "级别", "依托单位", "认定日期", "批准文号", "多余的列"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_import_preview_errors_by_row_then_all_or_nothing(client, world):
    from kechuang.web.carriers.models import Carrier

    client.force_login(world["users"]["bureau"])
    data = _book([["灵寿县科技企业孵化器", "孵化器", "省级", "灵寿县科技局", "2021-03-01", "冀科〔2021〕3号", "x"],
                  ["灵寿县众创空间", "众创空间", "市级", "灵寿县科技局", "2023-09-01", "", ""],  # the same as before
                  ["坏行", "实验室?", "省级", "某单位", "2021-03-01", "", ""],
                  ["灵寿县科技企业孵化器", "孵化器", "省级", "灵寿县科技局", "2021-03-01", "", ""]])  # repeated
    before = Carrier.objects.count()
    body = client.post("/carriers/import/", {"file": SimpleUploadedFile("载体.xlsx", data)}).content.decode()
    assert "新增 1 · 变更 0 · 相同 1 · 有错误的行 2 行" in body
    assert "不是可选值" in body and "与第 3 行重复" in body and "无法识别的列" in body
    digest = body.split('name="digest" value="')[1].split('"')[0]
    assert client.post("/carriers/import/confirm/", {"digest": digest}).status_code == 400
    assert Carrier.objects.count() == before
    assert client.post("/carriers/import/confirm/", {"digest": digest, "valid_only": "1"}).status_code == 302
    assert Carrier.objects.count() == before + 1
    assert _value(world["own_carrier"].region, "incubators", 2021) == 1
    assert client.post("/carriers/import/confirm/", {"digest": digest}).status_code == 404  # used up
    refused = client.post("/carriers/import/", {"file": SimpleUploadedFile("载体.pdf", b"%PDF")})
    assert refused.status_code == 400 and "请上传 Excel 工作簿" in refused.content.decode()


def test_the_list_counts_active_carriers_by_kind_and_level(client, world):
    client.force_login(world["users"]["leader"])
    page = client.get("/carriers/").content.decode()
    table = page.split('id="level-kind"')[1].split("</table>")[0]
    assert "<td>企业技术中心</td><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td>" in table
    assert "<td>众创空间</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td>" in table
