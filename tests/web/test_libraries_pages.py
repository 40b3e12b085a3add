"""Pages of the projects library: entering a near-duplicate is flagged with the passages marked and needs a
reason, import with renamed columns / duplicate rows / a 50,000-character summary / HTML in the title, the
batch check job, the search box's bad queries, the exports."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.urls import reverse

from kechuang.web.libraries.models import BatchCheck, DuplicateReview, Project, SuspectPair
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.library_fixtures import NEAR

pytestmark = pytest.mark.django_db
HTML_TITLE = '<script>alert("x")</script>智能温室<b>控制</b>系统'


def test_near_duplicate_on_the_form_is_flagged_and_needs_a_reason(as_user, users, projects):
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-project-new"), NEAR)
    body = response.content.decode()
    assert response.status_code == 409 and "可能重复立项" in body and 'id="needs-reason"' in body
    assert "<mark>" in body and projects["original"].title[:4] in body
    assert not Project.objects.filter(title=NEAR["title"]).exists()
    response = client.post(reverse("kc-project-new"), {**NEAR, "reason": "   "})
    assert response.status_code == 409 and not Project.objects.filter(title=NEAR["title"]).exists()
    response = client.post(reverse("kc-project-new"), {**NEAR, "reason": "二期示范,扩大到三个乡镇"})
    project = Project.objects.get(title=NEAR["title"])
    assert response.status_code == 302 and response.url == reverse("kc-project", args=[project.pk])
    page = client.get(reverse("kc-project", args=[projects["original"].pk])).content.decode()
    assert "二期示范,扩大到三个乡镇" in page and "不是重复立项" in page  # shown on the earlier project too


def test_check_only_shows_suspects_and_saves_nothing(as_user, users, projects):
    response = as_user(users["bureau"]).post(reverse("kc-project-new"), {**NEAR, "check_only": "1"})
    assert response.status_code == 200 and "疑似重复" in response.content.decode()
    assert not Project.objects.filter(title=NEAR["title"]).exists()


def _xlsx(rows: list[list]) -> io.BytesIO:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    data = io.BytesIO()
    wb.save(data)
    data.seek(0)
    data.name = "项目清单.xlsx"
    return data


def test_import_preview_marks_errors_and_suspects_then_imports_with_reasons(as_user, users, projects):
    client = as_user(users["bureau"])
    header = ["课题名称", "承担单位", "立项年度", "简介", "资助金额"]  # renamed columns, read through aliases
    rows = [header,
            [HTML_TITLE, "灵寿县甲科技有限公司", 2025, "温室环境智能控制", "20万元"],
            [NEAR["title"], NEAR["applicant"], 2025, NEAR["summary"], "30"],
            [HTML_TITLE, "灵寿县甲科技有限公司", 2025, "重复的一行", ""],
            ["超长摘要项目", "灵寿县某单位", 2025, "长" * 50_000, ""]]
    response = client.post(reverse("kc-projects-import"), {"file": _xlsx(rows)})
    body = response.content.decode()
    assert response.status_code == 200, body
    assert "与第 2 行重复" in body and "超过上限 5,000 字" in body  # xlsx cells hold at most 32,767 characters
    assert "&lt;script&gt;" in body and "<script>alert" not in body
    assert 'data-row="3" class="suspect-row"' in body
    digest = response.context["digest"]
    response = client.post(reverse("kc-projects-import-confirm"), {"digest": digest})  # errors: refused
    assert response.status_code == 400 and Project.objects.filter(title=HTML_TITLE).count() == 0
    response = client.post(reverse("kc-projects-import-confirm"), {"digest": digest, "valid_only": "1"})
    assert response.status_code == 409 and "第 3 行疑似重复" in response.content.decode()
    assert Project.objects.filter(title=HTML_TITLE).count() == 0  # nothing half-written
    response = client.post(reverse("kc-projects-import-confirm"), {"digest": digest, "valid_only": "1",
                                                                   "reason_3": "二期项目,研究内容已调整"})
    assert response.status_code == 302
    imported = Project.objects.get(title=NEAR["title"])
    assert imported.source_row == 3 and imported.budget == 30
    assert DuplicateReview.objects.get(project=imported).reason == "二期项目,研究内容已调整"
    html = Project.objects.get(title=HTML_TITLE)
    assert html.budget == 20
    page = client.get(reverse("kc-project", args=[html.pk])).content.decode()
    assert "&lt;script&gt;" in page and "<script>alert" not in page and "<b>控制" not in page
    listing = client.get(reverse("kc-projects")).content.decode()
    assert "<script>alert" not in listing


def test_csv_import_with_a_50000_character_summary_names_the_row(as_user, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = "项目名称,申报单位,年度,项目摘要\n抗旱小麦新品种选育,灵寿县种业公司,2024," + "长" * 50_000 + "\n"
    upload = SimpleUploadedFile("项目.csv", text.encode("gb18030"))
    response = as_user(users["bureau"]).post(reverse("kc-projects-import"), {"file": upload})
    body = response.content.decode()
    assert response.status_code == 200 and "长度 50,000 字,超过上限 5,000 字" in body and "项目.csv" in body


def test_export_writes_user_text_as_text(as_user, users, county):
    from kechuang.web.libraries.services import project_create

    project_create(users["bureau"], county, {"title": "=1+1", "applicant": "灵寿县<i>某</i>公司", "year": "2024"})
    response = as_user(users["leader"]).get(reverse("kc-projects-export"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "=1+1" in values and "灵寿县<i>某</i>公司" in values
    assert sheet.cell(row=2, column=2).data_type == "s"


def test_template_reads_back_with_its_example_marked(as_user, users):
    response = as_user(users["bureau"]).get(reverse("kc-projects-template"))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["项目", "填写说明"]
    assert any("示例数据" in str(c.value) for row in book["填写说明"].iter_rows() for c in row)


def test_batch_check_finds_the_pair_and_a_decision_needs_a_reason(as_user, users, county, projects):
    from kechuang.web.libraries.services import project_create

    project_create(users["bureau"], county, NEAR, reason="先录入,稍后批量查重")
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-project-batches"), {"year": "2025"})
    batch = BatchCheck.objects.get()
    assert response.status_code == 302 and batch.status == "done" and batch.progress == 1.0
    pair = SuspectPair.objects.get(batch=batch)
    assert {pair.project.title, pair.other.title} == {NEAR["title"], projects["original"].title}
    page = client.get(reverse("kc-project-batch", args=[batch.pk])).content.decode()
    assert "<mark>" in page and "导出疑似重复项目对" in page
    client.post(reverse("kc-project-pair-decide", args=[pair.pk]), {"decision": "duplicate", "reason": ""})
    pair.refresh_from_db()
    assert pair.decision == ""
    client.post(reverse("kc-project-pair-decide", args=[pair.pk]), {"decision": "duplicate", "reason": "同一内容"})
    pair.refresh_from_db()
    assert pair.decision == "duplicate" and pair.reason == "同一内容"
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(reverse("kc-project-batch-export", args=[batch.pk])).content)).active
    assert sheet.max_row == 2 and "重复立项" in [c.value for c in sheet[2]]
    status = client.get(reverse("kc-project-batch-status", args=[batch.pk])).json()
    assert status["status"] == "done" and status["pairs"] == 1


@pytest.mark.parametrize(("query", "code"), [("长" * 10_000, "KC-MATCH-TOO-LONG"), ("的 了 和", "KC-MATCH-STOPWORDS")])
def test_search_refuses_bad_queries_with_the_core_message(as_user, users, projects, query, code):
    response = as_user(users["bureau"]).get(reverse("kc-library-search"), {"q": query})
    assert response.status_code == 400
    assert f'data-code="{code}"' in response.content.decode()


def test_search_finds_projects_the_user_may_see(as_user, users, projects):
    response = as_user(users["leader"]).get(reverse("kc-library-search"), {"q": "水肥一体化"})
    body = response.content.decode()
    url = reverse("kc-project", args=[projects["original"].pk])
    assert response.status_code == 200 and f'href="{url}"' in body and "<mark>水肥一体化</mark>" in body
    far = as_user(users["other_bureau"]).get(reverse("kc-library-search"), {"q": "水肥一体化"}).content.decode()
    assert f'href="{url}"' not in far
    own_url = reverse("kc-project", args=[projects["other2"].pk])
    assert projects["other2"].enterprise == users["ent_user"].profile.enterprise
    own = as_user(users["ent_user"]).get(reverse("kc-library-search"), {"q": "黄芩种植"}).content.decode()
    assert f'href="{own_url}"' in own  # its own enterprise's project
    other = as_user(users["other_ent"]).get(reverse("kc-library-search"), {"q": "黄芩种植"}).content.decode()
    assert f'href="{own_url}"' not in other


def test_the_leader_name_is_masked_for_all_but_the_bureau(as_user, users, county):
    from kechuang.web.libraries.services import project_create

    project = project_create(users["bureau"], county, {"title": "灵寿县甲科技智能灌溉控制器研制", "leader": "王小明",
                                                       "applicant": "灵寿县甲科技有限公司", "year": "2025"}).project
    url = reverse("kc-project", args=[project.pk])
    assert "王小明" in as_user(users["bureau"]).get(url).content.decode()
    for who in ("leader", "ent_user"):
        body = as_user(users[who]).get(url).content.decode()
        assert "王小明" not in body and "王**" in body
    sheet = openpyxl.load_workbook(io.BytesIO(as_user(users["leader"]).get(reverse("kc-projects-export")).content))
    assert "王**" in [c.value for row in sheet.active.iter_rows() for c in row]


def test_batch_pairs_page_by_keyset_most_similar_first(as_user, users, county, projects, monkeypatch):
    """A year's suspect pairs in keyset pages (score, then id): every pair once, following the 下一页 links; a
    forged cursor gives the first page, never an error."""
    import re

    from kechuang.web.libraries import batch_views

    monkeypatch.setattr(batch_views, "PAGE_SIZE", 3)
    batch = BatchCheck.objects.create(region=county, year=2025, status="done", applications=4, progress=1.0,
                                      created_by=users["bureau"])
    a, b = projects["original"], projects["other1"]
    scores = [0.91, 0.75, 0.75, 0.75, 0.62, 0.99, 0.8]  # ties on a page edge
    made = [SuspectPair.objects.create(batch=batch, project=a, other=b, score=s).pk for s in scores]
    expected = [pk for _, pk in sorted(zip(scores, made, strict=True), key=lambda t: (-t[0], t[1]))]
    client = as_user(users["bureau"])
    seen, url = [], reverse("kc-project-batch", args=[batch.pk])
    while url:
        body = client.get(url).content.decode()
        assert "共 7 对" in body
        seen += [int(pk) for pk in re.findall(r'data-pair="(\d+)"', body)]
        link = re.search(r'href="(\?after=\d+)[^"]*" rel="next"', body)
        url = reverse("kc-project-batch", args=[batch.pk]) + link.group(1) if link else ""
        assert len(seen) <= 7
    assert seen == expected
    for forged in ("abc", "99999999", str(made[0]) + "0", "-1"):
        body = client.get(reverse("kc-project-batch", args=[batch.pk]), {"after": forged}).content.decode()
        assert [int(pk) for pk in re.findall(r'data-pair="(\d+)"', body)] == expected[:3]
