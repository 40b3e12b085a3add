"""Needs imported into a 榜单 at 需求征集: template, renamed columns, duplicate rows, unknown enterprises, overlong
text, HTML escaped; a preview writes nothing; all-or-nothing unless 只导入有效行."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from kechuang.web.challenges.models import Need
from tests.web.challenge_fixtures import build_challenge, make_experts

pytestmark = pytest.mark.django_db


@pytest.fixture
def collecting(users, county, other_county):
    return build_challenge(users, county, make_experts(county, other_county, users["expert"]), "collecting")


def _csv(lines: list[str]) -> SimpleUploadedFile:
    return SimpleUploadedFile("需求.csv", ("\n".join(lines) + "\n").encode("utf-8-sig"))


def test_the_template_lists_every_column_with_an_example(client, users):
    client.force_login(users["bureau"])
    book = load_workbook(BytesIO(client.get(reverse("kc-challenge-needs-template")).content))
    assert [c.value for c in book["需求"][1]] == ["需求名称*", "需求描述*", "企业名称", "需求库编号"]
    assert any("示例数据" in str(row[0]) for row in book["填写说明"].iter_rows(values_only=True) if row[0])


def test_a_preview_names_bad_rows_and_writes_nothing(client, users, collecting):
    client.force_login(users["bureau"])
    url = reverse("kc-challenge-needs-import", args=[collecting.pk])
    before = Need.objects.count()
    upload = _csv(["技术需求,问题描述,单位名称",  # renamed columns, read through their aliases
                   "<b>农机转弯</b>,地头掉头偏差大,灵寿县甲科技有限公司",
                   "<b>农机转弯</b>,重复的一行,灵寿县甲科技有限公司",
                   "硒检测,缺少便携设备,不存在的公司",
                   f"长描述,{'很' * 20_001},"])
    page = client.post(url, {"file": upload})
    body = page.content.decode()
    assert page.status_code == 200 and Need.objects.count() == before
    assert "与第 2 行重复" in body and "“不存在的公司”不在本县企业名录中" in body and "20,000" in body
    assert "<b>农机转弯</b>" not in body and "&lt;b&gt;农机转弯&lt;/b&gt;" in body
    token = page.context["token"]
    refused = client.post(url, {"token": token, "confirm": "1"})
    assert refused.status_code == 400 and "未导入" in refused.content.decode() and Need.objects.count() == before
    done = client.post(url, {"token": token, "confirm": "1", "only_valid": "1"})
    assert done.status_code == 302
    added = Need.objects.filter(challenge=collecting).order_by("-id").first()
    assert added.title == "<b>农机转弯</b>" and added.enterprise.name == "灵寿县甲科技有限公司"
    assert Need.objects.count() == before + 1
    assert collecting.records.filter(action="导入需求 1 条").exists()


def test_a_clean_file_is_imported_whole(client, users, collecting):
    client.force_login(users["bureau"])
    url = reverse("kc-challenge-needs-import", args=[collecting.pk])
    page = client.post(url, {"file": _csv(["需求名称,需求描述,需求库编号", "甲,一,XQ-1", "乙,二,"])})
    client.post(url, {"token": page.context["token"], "confirm": "1"})
    assert sorted(collecting.needs.values_list("title", flat=True)) == ["乙", "农机自动驾驶", "甲"]


def test_not_a_sheet_and_a_missing_column_are_refused(client, users, collecting):
    client.force_login(users["bureau"])
    url = reverse("kc-challenge-needs-import", args=[collecting.pk])
    bad = client.post(url, {"file": SimpleUploadedFile("需求.docx", b"PK\x03\x04")})
    assert bad.status_code == 400 and "不是 xlsx 或 csv 文件" in bad.content.decode()
    missing = client.post(url, {"file": _csv(["需求名称,企业名称", "甲,"])})
    assert "需求描述" in missing.content.decode() and "缺少必填列" in missing.content.decode()


def test_only_the_bureau_imports_and_only_while_collecting(client, users, collecting):
    from datetime import date

    from kechuang.web.challenges.flow import advance

    url = reverse("kc-challenge-needs-import", args=[collecting.pk])
    client.force_login(users["leader"])
    assert client.get(url).status_code == 403
    advance(users["bureau"], collecting, date(2026, 11, 20))
    client.force_login(users["bureau"])
    page = client.post(url, {"file": _csv(["需求名称,需求描述", "甲,一"])})
    refused = client.post(url, {"token": page.context["token"], "confirm": "1"})
    assert refused.status_code == 409 and "已过了“需求征集”环节" in refused.content.decode()
