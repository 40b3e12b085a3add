"""The 人才库 and the 科技特派员 work: ID numbers (valid, bad check digit, 15-digit legacy), personal data masked
for everyone but the region's bureau on pages, exports and the API; photos that are not images refused with
nothing written; the import preview naming bad ID numbers by row; the indicator counts; coverage; the contracts
with the other libraries (match_records, search_hits)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from kechuang.errors import KechuangError
from tests.web.people_fixtures import EXPERT_ID, EXPERT_PHONE, TODAY, log_of, people_world, png
from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db
MASKED_ID = "110***********002X"
MASKED_PHONE = "138****5678"


@pytest.fixture
def world(request):
    return people_world(request)


def test_id_numbers_valid_bad_check_digit_and_legacy():
    from kechuang.web.talents.identity import id_number_checked, mask_id

    assert id_number_checked(" 11010519491231002x ") == EXPERT_ID  # lower-case x, spaces
    assert id_number_checked("110105491231002") == EXPERT_ID  # 15 digits: 19 inserted, check digit added
    assert id_number_checked("") == ""
    with pytest.raises(KechuangError, match="校验位不正确"):
        id_number_checked("110105194912310021")
    with pytest.raises(KechuangError, match="应为 18 位"):
        id_number_checked("1101051949123")
    from stdnum.cn import ric

    month_13 = "11010519491331002"
    with pytest.raises(KechuangError, match="出生日期或地区码无效"):
        id_number_checked(month_13 + ric.calc_check_digit(month_13 + "0"))  # a right check digit, month 13
    assert mask_id(EXPERT_ID) == MASKED_ID


def test_a_bad_id_number_on_the_form_is_named_and_nothing_is_written(client, world):
    from kechuang.web.talents.models import Talent

    client.force_login(world["users"]["bureau"])
    before = Talent.objects.count()
    response = client.post("/talents/new/", {"name": "错号人", "categories": "expert", "id_number": "110105194912310021"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "身份证号无效:校验位不正确" in body and "110105194912310021" not in body  # not echoed back
    assert Talent.objects.count() == before
    response = client.post("/talents/new/", {"name": "旧号人", "categories": ["expert", "returnee"],
                                             "id_number": "110105491231002"})
    assert response.status_code == 400 and "已登记在本地区的人才库中" in response.content.decode()  # the same person, upgraded


def test_personal_data_in_full_for_the_bureau_only_on_pages(client, world):
    url = f"/talents/{world['expert'].pk}/"
    client.force_login(world["users"]["bureau"])
    body = client.get(url).content.decode()
    assert EXPERT_ID in body and EXPERT_PHONE in body
    for who in ("leader", "lead", "admin"):
        client.force_login(world["users"][who])
        for page in (url, "/talents/", "/talents/?q=王建国"):
            body = client.get(page).content.decode()
            assert EXPERT_ID not in body and EXPERT_PHONE not in body, (who, page)
        assert MASKED_ID in client.get(url).content.decode()
    client.force_login(world["users"]["admin"])
    edit = client.get(f"/talents/{world['expert'].pk}/edit/").content.decode()
    assert EXPERT_ID not in edit and EXPERT_PHONE not in edit and MASKED_ID in edit


def test_an_edit_by_someone_who_sees_masks_keeps_the_numbers(client, world):
    from kechuang.web.talents.models import Talent

    client.force_login(world["users"]["admin"])
    response = client.post(f"/talents/{world['expert'].pk}/edit/", {
        "name": "王建国", "categories": ["expert", "high_level"], "title": "二级研究员", "version": "1"})
    assert response.status_code == 302
    talent = Talent.objects.get(pk=world["expert"].pk)
    assert (talent.id_number, talent.contact, talent.title) == (EXPERT_ID, EXPERT_PHONE, "二级研究员")


def _export_cells(client, url: str) -> list:
    response = client.get(url)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))["人才"]
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row]


def test_exports_mask_personal_data_for_non_bureau_roles(client, world):
    client.force_login(world["users"]["bureau"])
    cells = _export_cells(client, "/talents/export.xlsx")
    assert EXPERT_ID in cells and EXPERT_PHONE in cells
    for who in ("leader", "lead"):
        client.force_login(world["users"][who])
        cells = _export_cells(client, "/talents/export.xlsx")
        assert EXPERT_ID not in cells and EXPERT_PHONE not in cells and MASKED_ID in cells
    assert "赵远" not in cells  # another county's talent


def test_the_api_masks_for_non_bureau_roles(api, world):  # noqa: F811
    users = world["users"]
    status, rows = api(users["bureau"], "get", "/talents")
    assert status == 200
    mine = next(r for r in rows if r["name"] == "王建国")
    assert mine["id_number"] == EXPERT_ID and mine["contact"] == EXPERT_PHONE and not mine["id_number_masked"]
    assert "赵远" not in {r["name"] for r in rows}
    for who in ("leader", "lead", "admin"):
        status, body = api(users[who], "get", f"/talents/{world['expert'].pk}")
        assert status == 200 and body["id_number"] == MASKED_ID and body["contact"] == MASKED_PHONE
        assert body["id_number_masked"]
    assert api(users["other_bureau"], "get", f"/talents/{world['expert'].pk}")[0] == 404
    assert api(users["ent_user"], "get", "/talents")[0] == 403
    status, body = api(users["specialist"], "get", "/talents")
    assert status == 200 and [r["name"] for r in body] == ["李春华"]
    assert api(users["specialist"], "get", f"/talents/{world['expert'].pk}")[0] == 404
    status, body = api(users["bureau"], "post", "/talents", {"name": "API 人才", "categories": ["专家"],
                                                            "id_number": "110105194912310021"})
    assert status == 400 and body["error"]["code"] == "KC-WEB-FIELD" and "校验位" in body["error"]["message"]
    assert api(users["leader"], "post", "/talents", {"name": "x", "categories": ["专家"]})[0] == 403


def test_a_specialist_logs_a_service_with_a_photo_and_the_bureau_sees_it(client, world,
                                                                        django_capture_on_commit_callbacks):
    users = world["users"]
    client.force_login(users["specialist"])
    assert client.get("/").url == "/talents/mine/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/talents/logs/new/", {
            "assignment": world["assignment"].pk, "on": "2026-07-02", "place": "西关村香菇大棚", "kind": "training",
            "text": "香菇出菇期温湿度管理培训", "people_trained": "23",
            "photos": [SimpleUploadedFile("现场.jpg", png(fmt="JPEG"), content_type="image/jpeg")]})
    assert response.status_code == 302
    log_url = response.url
    client.force_login(users["bureau"])
    page = client.get(log_url).content.decode()
    assert "西关村香菇大棚" in page and "现场.jpg" in page
    from kechuang.web.talents.models import ServicePhoto

    photo = ServicePhoto.objects.get(name="现场.jpg")
    shown = client.get(f"/talents/photos/{photo.pk}/")
    assert shown.status_code == 200 and shown["Content-Type"] == "image/jpeg"
    assert b"".join(shown.streaming_content)[:3] == b"\xff\xd8\xff"
    client.force_login(users["other_bureau"])
    assert client.get(f"/talents/photos/{photo.pk}/").status_code == 404


@pytest.mark.parametrize(("name", "data", "message"), [
    ("合同.jpg", b"%PDF-1.4 not an image", "不是图片"),
    ("脚本.png", b"<script>alert(1)</script>", "不是图片"),
    ("动图.gif", None, "格式 GIF 不受支持"),
    ("空.png", b"", "空文件"),
    ("半张.png", None, "已损坏"),
])
def test_a_file_that_is_not_a_photo_is_refused_and_nothing_is_written(client, world, name, data, message):
    from kechuang.web.talents.models import ServiceLog, ServicePhoto

    if name == "动图.gif":
        data = png(fmt="GIF")
    if name == "半张.png":
        whole = png(64, 64)
        data = whole[:len(whole) // 2]
    client.force_login(world["users"]["specialist"])
    logs, photos = ServiceLog.objects.count(), ServicePhoto.objects.count()
    media = Path(__import__("django.conf").conf.settings.MEDIA_ROOT)
    files_before = {p for p in media.rglob("*") if p.is_file()} if media.exists() else set()
    response = client.post("/talents/logs/new/", {
        "assignment": world["assignment"].pk, "on": "2026-07-02", "place": "西关村", "kind": "guidance",
        "text": "技术指导", "photos": [SimpleUploadedFile("好的.png", png()), SimpleUploadedFile(name, data)]})
    assert response.status_code == 400
    body = response.content.decode()
    assert f"照片“{name}”" in body and message in body
    assert (ServiceLog.objects.count(), ServicePhoto.objects.count()) == (logs, photos)
    files_after = {p for p in media.rglob("*") if p.is_file()} if media.exists() else set()
    assert files_after == files_before


def test_a_photo_over_the_size_limit_is_refused(world, settings):
    from kechuang.web.talents.photos import Photo
    from kechuang.web.talents.specialists import LogInput, log_create

    settings.MAX_PHOTO_BYTES = 2048
    with pytest.raises(KechuangError, match=r"照片“大\.png”超过 2 KB 的上限"):
        log_create(world["users"]["specialist"], LogInput(world["assignment"].pk, "2026-07-02", "西关村", "guidance",
                                                          "指导", 0, [Photo("大.png", png(100, 100, noise=True))]), TODAY)


def test_a_specialist_logs_only_for_their_own_assignments(world):
    from kechuang.web.talents.specialists import LogInput, log_create

    other = world["users"]["lead"]
    with pytest.raises(KechuangError, match="请选择您的一项选派任务"):
        log_create(other, LogInput(world["assignment"].pk, "2026-07-02", "西关村", "guidance", "指导"), TODAY)
    with pytest.raises(KechuangError, match="不在选派期内"):
        log_create(world["users"]["specialist"], LogInput(world["assignment"].pk, "2024-07-02", "西关村",
                                                          "guidance", "指导"), TODAY)


def test_the_service_log_api_takes_photos_and_refuses_non_images(api, world):  # noqa: F811
    users = world["users"]
    form = {"assignment_id": world["assignment"].pk, "on": "2026-08-01", "place": "西关村", "kind": "guidance",
            "text": "病害诊断", "people_trained": "5"}
    status, body = api(users["specialist"], "post", "/service-logs",
                       {**form, "photos": SimpleUploadedFile("假.png", b"not an image")}, form=True)
    assert status == 400 and "不是图片" in body["error"]["message"]
    status, body = api(users["specialist"], "post", "/service-logs",
                       {**form, "photos": SimpleUploadedFile("真.png", png())}, form=True)
    assert status == 201 and len(body["photos"]) == 1
    assert api(users["leader"], "post", "/service-logs", form, form=True)[0] == 400  # no assignment of theirs
    status, rows = api(users["leader"], "get", "/service-logs")
    assert status == 200 and [r["place"] for r in rows] == ["西关村"]
    assert api(users["other_bureau"], "get", "/service-logs")[1] == []


def test_evaluation_counts_the_year_and_the_board_shows_it(client, request, world):
    from kechuang.web.talents.specialists import evaluation_save

    log_of(request, world)
    evaluation = evaluation_save(world["users"]["bureau"], world["specialist"], 2026, "excellent", "服务到位", TODAY)
    assert (evaluation.days_served, evaluation.logs, evaluation.people_trained) == (1, 1, 12)
    with pytest.raises(KechuangError, match="只能考核已开始的年度"):
        evaluation_save(world["users"]["bureau"], world["specialist"], 2027, "pass", "", TODAY)
    with pytest.raises(KechuangError, match="只有本地区科技局"):
        evaluation_save(world["users"]["leader"], world["specialist"], 2026, "pass", "", TODAY)
    client.force_login(world["users"]["leader"])
    page = client.get("/talents/specialists/?year=2026").content.decode()
    assert "李春华" in page and "优秀" in page and "1 / 3 个村" in page


def test_counts_feed_the_catalog_indicators_for_begun_years_only(world):
    from kechuang.web.indicators.models import Observation

    def value(code, year):
        row = Observation.objects.filter(region=world["expert"].region, indicator__code=code, period=year,
                                         is_current=True).first()
        return row.value if row else None

    assert value("talent_database", 2025) == 2 and value("talent_database", 2026) == 2
    assert value("high_level_talents", 2025) == 1 and value("high_level_talents", 2026) == 0
    assert value("tech_commissioners", 2025) == 1
    assert value("talent_database", 2027) is None  # a year that has not begun
    assert value("provincial_platforms", 2024) == 1 and value("national_platforms", 2024) == 0
    assert value("makerspaces", 2023) == 1 and value("incubators", 2023) == 0
    assert value("provincial_platforms", 2023) == 0  # recognised in 2024


def test_leaving_the_library_is_dated_and_counted(world):
    from kechuang.web.indicators.models import Observation
    from kechuang.web.talents.services import EventInput, event_add

    event_add(world["users"]["bureau"], world["expert"], EventInput("leave", "2026-03-01", "调往外省"), TODAY)
    current = Observation.objects.get(region=world["expert"].region, indicator__code="talent_database",
                                      period=2026, is_current=True)
    assert current.value == 1
    assert Observation.objects.get(region=world["expert"].region, indicator__code="talent_database", period=2026,
                                   version=current.version - 1).value == 2  # the earlier count stays in the history
    with pytest.raises(KechuangError, match="已出库"):
        event_add(world["users"]["bureau"], world["expert"], EventInput("leave", "2026-04-01", "再次"), TODAY)


def test_a_move_changes_the_unit_with_a_dated_event_in_the_history(client, world):
    client.force_login(world["users"]["bureau"])
    response = client.post(f"/talents/{world['expert'].pk}/event/", {"kind": "move", "on": "2026-09-01",
                                                                     "affiliation": "石家庄市农林科学院"})
    assert response.status_code == 302
    page = client.get(f"/talents/{world['expert'].pk}/").content.decode()
    assert "河北省农林科学院 → 石家庄市农林科学院" in page and "人才动态" in page
    response = client.post(f"/talents/{world['expert'].pk}/event/", {"kind": "move", "on": "2026-09-01"})
    assert response.status_code == 400 and "流动须填写新的工作单位" in response.content.decode()


def _workbook(rows: list[list], headers=("姓名", "人才类别", "身份证号", "工作单位")) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_import_names_bad_id_numbers_by_row_and_writes_nothing_until_confirmed(client, world):
    from kechuang.web.talents.models import Talent

    client.force_login(world["users"]["bureau"])
    data = _workbook([["刘一", "专家", "110105194912310021", "县医院"],  # bad check digit: row 2
                      ["陈二", "科技特派员、乡土人才", "", "县农技站"],
                      ["张三", "不存在的类别", "", ""],  # row 4
                      ["<b>周四</b>", "返乡创业人才", "", "周家庄"]])
    before = Talent.objects.count()
    response = client.post("/talents/import/", {"file": SimpleUploadedFile("人才.xlsx", data)})
    assert response.status_code == 200
    body = response.content.decode()
    assert "身份证号无效:校验位不正确" in body and "<td>2</td>" in body and "<td>4</td>" in body
    assert "&lt;b&gt;周四&lt;/b&gt;" in body and "<b>周四</b>" not in body
    assert Talent.objects.count() == before  # a preview writes nothing
    digest = body.split('name="digest" value="')[1].split('"')[0]
    refused = client.post("/talents/import/confirm/", {"digest": digest})
    assert refused.status_code == 400 and "未导入任何数据" in refused.content.decode()
    assert Talent.objects.count() == before
    done = client.post("/talents/import/confirm/", {"digest": digest, "valid_only": "1"})
    assert done.status_code == 302
    assert Talent.objects.count() == before + 2
    assert set(Talent.objects.filter(name__in=["陈二", "<b>周四</b>"]).values_list("name", flat=True)) == \
        {"陈二", "<b>周四</b>"}


def test_the_import_template_reads_back_and_renamed_columns_are_read(client, world):
    client.force_login(world["users"]["bureau"])
    template = client.get("/talents/template.xlsx")
    book = load_workbook(io.BytesIO(template.content))
    assert book["人才"]["A1"].value == "姓名*" and "填写说明" in book.sheetnames
    data = _workbook([["吴五", "专家", "110105491231002", "县一中"]], headers=("姓名", "类别", "身份证号码", "单位"))
    body = client.post("/talents/import/", {"file": SimpleUploadedFile("改名.xlsx", data)}).content.decode()
    assert "无法识别的列" not in body and "缺少必填列" not in body
    # the legacy number is the expert's: matched (变更 of the name and unit), not added twice
    assert 'data-status="变更"' in body and "<td>姓名、人才类别、工作单位</td>" in body and "新增 0" in body


def test_match_records_have_no_personal_data(world):
    from kechuang.web.talents.selectors import match_records

    records = match_records(world["expert"].region)
    by_name = {r.extra["name"]: r for r in records}
    assert set(by_name) == {"王建国", "李春华"}
    assert by_name["李春华"].extra["kind"] == "specialist" and by_name["王建国"].extra["kind"] == "talent"
    assert by_name["王建国"].fields == ("果树栽培", "食用菌")
    text = repr([r.to_dict() for r in records])
    assert EXPERT_ID not in text and EXPERT_PHONE not in text


def test_search_hits_are_scoped(world):
    from kechuang.web.carriers.selectors import search_hits as carrier_hits
    from kechuang.web.talents.selectors import search_hits

    users = world["users"]
    hits = search_hits(users["leader"], "食用菌", 10)
    assert {h["title"] for h in hits} == {"王建国", "李春华"} and {h["kind"] for h in hits} == {"人才"}
    assert set(hits[0]) == {"kind", "title", "snippet", "url", "score"}
    assert search_hits(users["other_bureau"], "食用菌", 10) == []
    assert search_hits(users["ent_user"], "食用菌", 10) == []
    assert [h["title"] for h in search_hits(users["specialist"], "食用菌", 10)] == ["李春华"]
    assert [h["title"] for h in carrier_hits(users["ent_user"], "灵寿", 10)] == ["灵寿县甲科技企业技术中心"]
    assert len(carrier_hits(users["bureau"], "灵寿", 10)) == 2 and carrier_hits(users["bureau"], "  ", 10) == []


def test_coverage_counts_listed_villages_with_a_specialist(world):
    from datetime import date

    from kechuang.web.talents.specialists import coverage, villages_add

    region = world["expert"].region
    assert coverage(region, TODAY) == {"listed": 3, "covered": 1, "share": 1 / 3}
    assert coverage(region, date(2025, 1, 1))["covered"] == 0  # before the assignment began
    with pytest.raises(KechuangError, match="第 2 行"):
        villages_add(world["users"]["bureau"], region, "灵寿镇 北关村\n只有一项")


def test_the_upload_cleanup_keeps_service_photos(request, world, settings, tmp_path):
    import os
    import time

    from django.core.management import call_command

    settings.MEDIA_ROOT = str(tmp_path / "media")
    photo = log_of(request, world).photos.get()
    path = Path(photo.file.path)
    then = time.time() - 48 * 3600
    os.utime(path, (then, then))
    call_command("cleanup_uploads", "--older-than-hours", "0")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"  # named by a row: never removed


def test_the_bureau_opens_a_specialist_login_shown_once(client, world):
    from django.contrib.auth import authenticate

    client.force_login(world["users"]["bureau"])
    response = client.post(f"/talents/{world['specialist'].pk}/account/", {"username": "tpy-li"})
    assert response.status_code == 200
    body = response.content.decode()
    password = body.split("初始密码 <b>")[1].split("</b>")[0]
    user = authenticate(username="tpy-li", password=password)
    assert user.profile.role == "specialist" and user.profile.talent_id == world["specialist"].pk
    assert password not in client.get(f"/talents/{world['specialist'].pk}/").content.decode()  # shown once
    refused = client.post(f"/talents/{world['expert'].pk}/account/", {"username": "tpy-wang"})
    assert refused.status_code == 400 and "不是科技特派员" in refused.content.decode()


def test_ending_an_assignment_uncovers_the_village_and_is_dated(request, world):
    from kechuang.web.talents.specialists import assignment_end, coverage

    log_of(request, world)  # a service on 2026-06-01
    with pytest.raises(KechuangError, match="最后一次服务 2026-06-01"):
        assignment_end(world["users"]["bureau"], world["assignment"], "2026-05-01", TODAY)
    assignment_end(world["users"]["bureau"], world["assignment"], "2026-10-31", TODAY)
    region = world["expert"].region
    assert coverage(region, TODAY)["covered"] == 0
    from datetime import date

    assert coverage(region, date(2026, 10, 31))["covered"] == 1


def test_an_id_number_registered_in_another_county_is_said_to_be_elsewhere_never_where(client, world):
    """金塔县's bureau, registering or importing 灵寿县's expert, was told the talent was in 灵寿县's 人才库."""
    from kechuang.web.talents.models import Talent

    before = Talent.objects.count()
    client.force_login(world["users"]["other_bureau"])
    response = client.post("/talents/new/", {"name": "王建国", "categories": "expert", "id_number": EXPERT_ID})
    body = response.content.decode()
    assert response.status_code == 400 and "已登记在其他地区的人才库中" in body and "灵寿" not in body.split("<main>")[1]
    data = _workbook([["王建国", "专家", EXPERT_ID, "省农科院"]])
    body = client.post("/talents/import/", {"file": SimpleUploadedFile("人才.xlsx", data)}).content.decode()
    assert "已登记在其他地区的人才库中" in body and "灵寿" not in body.split("<main>")[1]
    client.force_login(world["users"]["bureau"])  # in its own county it may say so
    response = client.post("/talents/new/", {"name": "王建国", "categories": "expert", "id_number": EXPERT_ID})
    assert response.status_code == 400 and "已登记在本地区的人才库中" in response.content.decode()
    assert Talent.objects.count() == before
