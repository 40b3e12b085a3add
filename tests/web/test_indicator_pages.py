"""The indicators app as users see it: catalog search, import (preview, every bad row named, all-or-nothing or
valid rows by choice, versions), a county user never reading another county's data, roll-up, manual entry."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from kechuang.web.indicators.models import ImportBatch, Indicator, Observation
from kechuang.web.indicators.services import observation_record

pytestmark = pytest.mark.django_db
TEMPLATE = "地区,指标代码,年份,数值\n"


def upload(client, text, name="数据.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("kc-indicator-import"), {"file": SimpleUploadedFile(name, text.encode("utf-8"))})


def test_catalog_is_searchable_by_alias_and_group(client, users):
    client.force_login(users["leader"])
    body = client.get(reverse("kc-indicators"), {"q": "高企数量"}).content.decode()
    assert "高新技术企业数" in body and "经费投入强度" not in body
    body = client.get(reverse("kc-indicators"), {"group": "研发投入"}).content.decode()
    assert "经费投入强度" in body and "高新技术企业数</a>" not in body
    ind = Indicator.objects.get(code="rd_intensity")
    body = client.get(reverse("kc-indicator", args=[ind.pk])).content.decode()
    assert "全社会研究与试验发展" in body and "R&amp;D经费支出 ÷ 地区生产总值 × 100" in body


def test_import_preview_names_every_bad_row_and_writes_nothing_until_confirmed(client, users, county):
    client.force_login(users["bureau"])
    text = TEMPLATE + "灵寿,hitech_enterprises,2023年,38家\n灵寿县,tech_smes,2023,很多\n金塔县,tech_smes,2023,5\n" \
                      "130126,rd_intensity,2023年度,1.85%\n"
    response = upload(client, text)
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and batch.status == "preview" and not Observation.objects.exists()
    body = client.get(reverse("kc-indicator-batch", args=[batch.pk])).content.decode()
    assert "数据.csv" in body and "很多" in body and "金塔县" in body and "不在您的管辖范围内" in body
    assert "新增 2" in body and "有错误的行 2 行" in body
    # All or nothing: refused while there are errors …
    response = client.post(reverse("kc-indicator-batch-confirm", args=[batch.pk]), {"action": "import"})
    assert response.status_code == 400 and "未导入任何数据" in response.content.decode()
    assert not Observation.objects.exists()
    # … unless the user chooses the valid rows.
    client.post(reverse("kc-indicator-batch-confirm", args=[batch.pk]), {"action": "import", "valid_rows": "1"})
    rows = {(o.indicator.code, o.value, o.source_row, o.entered_by.username) for o in Observation.objects.all()}
    assert rows == {("hitech_enterprises", 38.0, 2, "bureau"), ("rd_intensity", 1.85, 5, "bureau")}


def test_a_later_import_is_versioned_and_the_preview_says_so(client, users, county):
    client.force_login(users["bureau"])
    upload(client, TEMPLATE + "灵寿县,hitech_enterprises,2023,38\n灵寿县,tech_smes,2023,100\n", "第一次.csv")
    client.post(reverse("kc-indicator-batch-confirm", args=[ImportBatch.objects.get().pk]), {"action": "import"})
    upload(client, TEMPLATE + "灵寿县,hitech_enterprises,2023,40\n灵寿县,tech_smes,2023,100\n"
                              "灵寿县,little_giants,2023,2\n", "第二次.csv")
    second = ImportBatch.objects.order_by("-pk").first()
    assert second.counts == {"new": 1, "changed": 1, "same": 1}
    body = client.get(reverse("kc-indicator-batch", args=[second.pk])).content.decode()
    assert "变更" in body and "相同" in body and "新增" in body
    assert "<td>40 家</td><td>38 家</td>" in body  # the new and the existing value, each with its unit
    client.post(reverse("kc-indicator-batch-confirm", args=[second.pk]), {"action": "import"})
    history = Observation.objects.filter(indicator__code="hitech_enterprises").order_by("version")
    assert [(o.value, o.version, o.is_current, o.source_file) for o in history] == [
        (38.0, 1, False, "第一次.csv"), (40.0, 2, True, "第二次.csv")]
    body = client.get(reverse("kc-observation-history", args=[county.pk]),
                      {"indicator": "hitech_enterprises"}).content.decode()
    assert "第一次.csv 第 2 行(bureau)" in body and "已被替换" in body
    chart = body.split('<script id="series-data" type="application/json">')[1].split("</script>")[0]
    assert '"years": [2023], "values": [40.0]' in chart and "echarts.min.js" in body  # the series chart


def test_bad_files_get_a_clear_message(client, users, county):
    client.force_login(users["bureau"])
    for text, name, words in (("", "空.csv", "空的"), (TEMPLATE, "表头.csv", "没有数据行"),
                              ("县区,指标代码,年份,数值\n灵寿县,tech_smes,2023,5\n", "改名.csv", "缺少「地区」列"),
                              ("x", "数据.pdf", "不支持的文件格式")):
        response = upload(client, text, name)
        assert response.status_code == 400 and words in response.content.decode(), name
    assert not Observation.objects.exists()


def test_other_county_cannot_read_by_id_or_filter(client, users, county, other_county):
    ind = Indicator.objects.get(code="hitech_enterprises")
    observation_record(county, ind, 2023, 38, source_kind="manual")
    client.force_login(users["other_bureau"])
    assert client.get(reverse("kc-region-data", args=[county.pk])).status_code == 404
    assert client.get(reverse("kc-observation-history", args=[county.pk]), {"indicator": ind.code}).status_code == 404
    body = client.get(reverse("kc-indicator", args=[ind.pk])).content.decode()
    assert "共有 0 个当前值" in body
    client.force_login(users["leader"])
    assert "38" in client.get(reverse("kc-region-data", args=[county.pk])).content.decode()


def test_rollup_sums_counts_and_recomputes_ratios(client, users, county):
    from kechuang.web.accounts.models import Region
    from kechuang.web.indicators.rollup import rollup

    city = county.parent
    other = Region.objects.create(code="130127", name="另一县", parent=city, level="county")
    get = lambda code: Indicator.objects.get(code=code)
    for region, firms, rd, gdp, score in ((county, 10, 100, 10_000, 3), (other, 30, 900, 30_000, 5)):
        observation_record(region, get("hitech_enterprises"), 2023, firms, source_kind="manual")
        observation_record(region, get("rd_expenditure"), 2023, rd, source_kind="manual")
        observation_record(region, get("gdp"), 2023, gdp, source_kind="manual")
        observation_record(region, get("rd_intensity"), 2023, 100 * rd / gdp, source_kind="manual")
        observation_record(region, get("policy_implementation_score"), 2023, score, source_kind="manual")
    result = {r.indicator.code: r for r in rollup(city, [get("hitech_enterprises"), get("rd_intensity"),
                                                         get("policy_implementation_score")])}
    assert result["hitech_enterprises"].values == {2023: 40}
    # (100 + 900) / (10,000 + 30,000) × 100 = 2.5, not the mean of 1 % and 3 % (2.0)
    assert result["rd_intensity"].values == {2023: pytest.approx(2.5)}
    assert result["policy_implementation_score"].values == {}
    # the province sees the city's roll-up of its counties
    province_total = {r.indicator.code: r for r in rollup(city.parent, [get("hitech_enterprises")])}
    assert province_total["hitech_enterprises"].values == {2023: 40}
    client.force_login(users["admin"])
    body = client.get(reverse("kc-region-data", args=[city.pk])).content.decode()
    assert "由分子、分母汇总后重算(R&amp;D经费支出 ÷ 地区生产总值 × 100)" in body and "下级求和" in body
    assert "÷ gdp" not in body  # the formula names the indicators, never their codes


def test_manual_entry_warns_of_jumps_and_saves_after_confirmation(client, users, county):
    ind = Indicator.objects.get(code="hitech_enterprises")
    observation_record(county, ind, 2022, 10, source_kind="manual")
    client.force_login(users["bureau"])
    url = reverse("kc-indicator-entry") + f"?region={county.pk}&year=2023"
    body = client.get(url).content.decode()
    assert "高新技术企业数" in body and "地方财政科技支出" in body
    body = client.post(url, {"v_hitech_enterprises": "45", "v_tech_smes": "120"}).content.decode()
    assert "是上年(10)的 4.5 倍" in body and not Observation.objects.filter(period=2023).exists()
    client.post(url, {"v_hitech_enterprises": "45", "v_tech_smes": "120", "confirm": "1"})
    saved = Observation.objects.get(indicator=ind, period=2023)
    assert saved.value == 45 and saved.source_kind == "manual" and saved.entered_by == users["bureau"]
    client.force_login(users["leader"])
    assert client.post(url, {"v_tech_smes": "1"}).status_code == 403


def test_local_indicator_form_refuses_duplicates_and_keeps_history(client, users, county):
    client.force_login(users["bureau"])
    url = reverse("kc-indicator-add")
    body = client.post(url, {"code": "x", "name": "高新技术企业数", "unit": "家"}).content.decode()
    assert "指标代码「x」无效" in body
    body = client.post(url, {"code": "lingshou_towns", "name": "高新技术企业数", "unit": "家"}).content.decode()
    assert "已是指标「高新技术企业数」" in body
    client.post(url, {"code": "lingshou_towns", "name": "科技特派员服务村数", "unit": "个", "aggregation": "sum"})
    row = Indicator.objects.get(code="lingshou_towns")
    assert row.region == county and row.version == 1
    client.post(url + f"?edit={row.pk}", {"name": "科技特派员服务村数", "unit": "个", "aggregation": "sum",
                                          "definition": "有科技特派员服务的行政村数"})
    row.refresh_from_db()
    assert row.version == 2 and row.edits.count() == 2
    client.force_login(users["other_bureau"])
    assert client.get(reverse("kc-indicator", args=[row.pk])).status_code == 404


def test_a_big_file_is_previewed_and_written_by_the_background_task(client, users, county, monkeypatch):
    from kechuang.web.indicators import imports

    monkeypatch.setattr(imports, "BACKGROUND_BYTES", 10)  # this small file counts as big (huey runs at once here)
    seen = []
    monkeypatch.setattr(imports, "_queue", lambda batch, step, real=imports._queue: seen.append(step)
                        or real(batch, step))
    client.force_login(users["bureau"])
    upload(client, TEMPLATE + "灵寿县,hitech_enterprises,2023,38\n")
    batch = ImportBatch.objects.get()
    assert batch.status == "preview" and batch.counts["new"] == 1 and batch.progress == 100
    client.post(reverse("kc-indicator-batch-confirm", args=[batch.pk]), {"action": "import"})
    batch.refresh_from_db()
    assert seen == ["preview", "commit"] and batch.status == "imported"
    assert Observation.objects.get().batch == batch


def test_the_background_task_keeps_a_failure_in_chinese(users, county):
    from kechuang.web.indicators.models import ImportBatch as Batch
    from kechuang.web.indicators.tasks import import_run

    batch = Batch.objects.create(region=county, file_name="丢失.csv", upload="/nonexistent/x.csv",
                                 created_by=users["bureau"], status=Batch.QUEUED, next_step="preview")
    import_run(batch.pk)
    batch.refresh_from_db()
    assert batch.status == "failed" and "已不在服务器上" in batch.failure["message"]


def test_an_evaluator_reads_the_counties_below_and_writes_nothing(client, users, county, other_county):
    evaluator = users["evaluator"]  # 河北省's 评价方
    assert evaluator.profile.region == county.parent.parent
    observation_record(county, Indicator.objects.get(code="hitech_enterprises"), 2023, 38, source_kind="manual")
    client.force_login(evaluator)
    assert "38" in client.get(reverse("kc-region-data", args=[county.pk])).content.decode()
    assert client.get(reverse("kc-region-data", args=[other_county.pk])).status_code == 404  # 甘肃, not Hebei
    assert client.get(reverse("kc-indicator-import")).status_code == 403
    assert client.get(reverse("kc-indicator-entry") + f"?region={county.pk}").status_code == 403


def test_a_wide_xlsx_imports_through_the_web(client, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["地区", "年份", "高新技术企业数", "tech_smes"])
    wb.active.append(["灵寿县", "2022年", 30, 110])
    wb.active.append(["灵寿县", 2023, "38家", None])
    buffer = io.BytesIO()
    wb.save(buffer)
    client.force_login(users["bureau"])
    client.post(reverse("kc-indicator-import"), {"file": SimpleUploadedFile("宽表.xlsx", buffer.getvalue())})
    batch = ImportBatch.objects.get()
    assert batch.shape == "wide" and batch.counts["new"] == 3 and not batch.errors
    client.post(reverse("kc-indicator-batch-confirm", args=[batch.pk]), {"action": "import"})
    assert sorted(Observation.objects.values_list("period", "value", "source_row")) == [
        (2022, 30, 2), (2022, 110, 2), (2023, 38, 3)]


def test_a_double_confirmation_writes_once(users, county):
    from kechuang.errors import KechuangError
    from kechuang.web.indicators.imports import import_confirm, import_upload

    batch = import_upload(users["bureau"], "数据.csv", (TEMPLATE + "灵寿县,tech_smes,2023,120\n").encode())
    stale = ImportBatch.objects.get(pk=batch.pk)  # the second click's copy, read before the first one wrote
    import_confirm(users["bureau"], batch, valid_rows=False)
    with pytest.raises(KechuangError) as err:
        import_confirm(users["bureau"], stale, valid_rows=False)
    assert err.value.code == "KC-WEB-CONFLICT" and Observation.objects.count() == 1
