"""Import through the web: template → upload → preview with the row report (file, sheet, row, column, reason) →
all-or-nothing, or the valid rows by explicit choice; dedupe by USCC and name key (新增/变更/相同); history."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from kechuang.web.enterprises.models import Enterprise, IPHolding, YearFigures
from kechuang.web.history.models import Change
from tests.web.conftest import USCC_A

pytestmark = pytest.mark.django_db
CODE_C, CODE_D = "91130126MA0CX0004G", "91130126MA0CX0005K"


def workbook(enterprises, figures=(), ip=()) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.title = "企业信息"
    sheet.append(["统一社会信用代码", "企业名称", "地址", "企业规模"])
    for row in enterprises:
        sheet.append(list(row))
    years = book.create_sheet("年度数据")
    years.append(["统一社会信用代码", "企业名称", "年度", "职工总数(人)", "科技人员(人)", "销售收入(万元)", "研发费用(万元)"])
    for row in figures:
        years.append(list(row))
    rights = book.create_sheet("知识产权")
    rights.append(["统一社会信用代码", "企业名称", "类别", "种类", "编号"])
    for row in ip:
        rights.append(list(row))
    out = BytesIO()
    book.save(out)
    return SimpleUploadedFile("企业名单.xlsx", out.getvalue())


GOOD = [(CODE_C, "灵寿县丙电子有限公司", "灵寿县城南", "小型"), (USCC_A, "灵寿县甲科技有限公司", "新地址", "")]
GOOD_FIGURES = [(CODE_C, "", 2024, 50, 8, "1,234.5万元", 60), (CODE_C, "", 2025, 55, 9, 1500, 75),
                ("", "灵寿县甲科技有限责任公司", 2025, 90, 20, "0.3亿元", 200)]


def _preview(client, upload):
    response = client.post(reverse("kc-enterprises-import"), {"file": upload})
    body = response.content.decode()
    digest = body.split('name="digest" value="')[1].split('"')[0] if 'name="digest"' in body else ""
    return response, body, digest


def test_template_download_and_a_clean_import_with_dedupe(as_user, users, enterprise):
    client = as_user(users["bureau"])
    template = client.get(reverse("kc-enterprises-template"))
    assert template.status_code == 200 and "企业信息" in load_workbook(BytesIO(template.content)).sheetnames
    response, body, digest = _preview(client, workbook(GOOD, GOOD_FIGURES, [(CODE_C, "", "Ⅰ类", "发明专利", "ZL1")]))
    assert response.status_code == 200 and 'data-status="新增"' in body and 'data-status="变更"' in body
    assert "新增 1 家 · 变更 1 家" in body and "2024 新增" in body
    assert not Enterprise.objects.filter(uscc=CODE_C).exists()  # a preview writes nothing
    done = client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest})
    assert done.status_code == 302
    created = Enterprise.objects.get(uscc=CODE_C)
    assert (created.size, created.region) == ("small", enterprise.region)
    assert YearFigures.objects.get(enterprise=created, year=2024).sales_revenue == 1234.5
    assert YearFigures.objects.get(enterprise=enterprise, year=2025).sales_revenue == 3000  # matched by name key
    assert IPHolding.objects.get(enterprise=created).number == "ZL1"
    enterprise.refresh_from_db()
    assert (enterprise.address, enterprise.version) == ("新地址", 2)
    assert Change.objects.filter(kind="enterprise", object_id=enterprise.pk, action="update").exists()
    figures = Change.objects.get(kind="ent-figures", object_id=created.pk, after__年度=2024)
    assert figures.after["销售收入"] == 1234.5
    # The same file again: everything 相同, nothing new.
    _, body, digest = _preview(client, workbook(GOOD, GOOD_FIGURES))
    assert "新增 0 家 · 变更 0 家 · 相同 2 家" in body
    client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest})
    assert Enterprise.objects.filter(region=enterprise.region).count() == 3
    assert client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest}).status_code == 404  # used


def test_bad_rows_refuse_the_import_unless_the_valid_rows_are_chosen(as_user, users, enterprise):
    client = as_user(users["bureau"])
    bad = [*GOOD, ("12345", "坏代码公司", "", ""), (CODE_D, "灵寿县丙电子有限责任公司", "", "")]  # near-duplicate name
    figures = [*GOOD_FIGURES, (CODE_C, "", 2023, 10, 20, 100, 5), ("", "不存在的公司", 2025, 1, 1, 1, 0)]
    response, body, digest = _preview(client, workbook(bad, figures))
    assert response.status_code == 200
    assert "企业名单.xlsx" in body and "企业信息" in body and "应为 18 位" in body
    assert "相同或几乎相同" in body and "多于职工总数" in body and "未找到企业「不存在的公司」" in body
    refused = client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest})
    assert refused.status_code == 400 and "未导入任何数据" in refused.content.decode()
    assert not Enterprise.objects.filter(uscc=CODE_C).exists() and not YearFigures.objects.exists()
    chosen = client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest, "valid_only": "1"})
    assert chosen.status_code == 302
    assert Enterprise.objects.filter(uscc=CODE_C).exists() and not Enterprise.objects.filter(name="坏代码公司").exists()
    assert not YearFigures.objects.filter(year=2023).exists()
    assert YearFigures.objects.filter(year__in=[2024, 2025]).count() == 3


def test_a_code_of_another_region_and_a_non_workbook_are_refused(as_user, users, enterprise):
    other = as_user(users["other_bureau"])
    _, body, digest = _preview(other, workbook([(USCC_A, "甲科技金塔分公司", "", "")]))
    assert "该代码已登记在灵寿县" in body
    assert other.post(reverse("kc-enterprises-import-confirm"), {"digest": digest}).status_code == 400
    response = other.post(reverse("kc-enterprises-import"), {"file": SimpleUploadedFile("名单.csv", b"a,b")})
    assert response.status_code == 400 and "请上传 Excel 工作簿" in response.content.decode()
    broken = other.post(reverse("kc-enterprises-import"), {"file": SimpleUploadedFile("名单.xlsx", b"not a zip")})
    assert broken.status_code == 400 and "无法打开 Excel 文件" in broken.content.decode()
    assert as_user(users["bureau"]).post(reverse("kc-enterprises-import-confirm"),
                                         {"digest": digest}).status_code == 404  # another user's upload
