"""Loading a plan: upload, review with highlights, correction, unit matching, confirmation, revision."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from tests.web.conftest import LINGSHOU

pytestmark = pytest.mark.django_db


def _docx(text: str) -> bytes:
    from docx import Document

    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_upload_review_page_highlights_every_task(as_user, users):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = as_user(users["bureau"])
    upload = SimpleUploadedFile("灵寿.docx", _docx(LINGSHOU.read_text("utf-8")))
    response = client.post(reverse("kc-plans"), {"document": upload})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "灵寿县县域科技创新跃升计划工作方案" in page
    assert page.count('<mark class="heading"') >= 20
    assert page.count('<mark class="unit"') >= 50
    assert '<mark class="target"' in page


@pytest.mark.parametrize(("name", "data", "status", "words"), [
    ("empty.txt", b"", 400, "空"),
    ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, 400, "picture.png"),
    ("fake.docx", b"PK\x03\x04 not really a zip", 400, "fake.docx"),
])
def test_bad_uploads_are_refused_and_nothing_is_saved(as_user, users, name, data, status, words):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.plans.models import Plan

    response = as_user(users["bureau"]).post(reverse("kc-plans"), {"document": SimpleUploadedFile(name, data)})
    assert response.status_code == status
    body = response.content.decode("utf-8")
    assert words in body and 'class="error"' in body
    assert Plan.objects.count() == 0


def test_a_form_sent_with_no_file_and_no_text_asks_for_one(as_user, users):
    """It said "粘贴的文本是空的" to a clerk who had chosen no file."""
    from kechuang.web.plans.models import Plan

    response = as_user(users["bureau"]).post(reverse("kc-plans"), {"text": ""})
    assert response.status_code == 400 and "请选择方案文件,或在文本框中粘贴方案全文" in response.content.decode()
    assert Plan.objects.count() == 0


def test_the_upload_form_states_the_size_limit(as_user, users, settings):
    settings.MAX_UPLOAD_BYTES = 20 * 1048576
    assert "不超过 20 MB" in as_user(users["bureau"]).get(reverse("kc-plans")).content.decode()


def test_numbered_items_that_became_no_task_are_named_after_the_upload(as_user, users):
    """A national plan's 20 measures, 6 with a unit or a number: the clerk was told "抽取出 6 项任务" and nothing of the
    other 14."""
    text = ("灵寿县科技创新工作方案\n一、重点任务\n(一)建设创新平台。到2025年建成3家研发中心。(牵头单位:县科技局)\n"
            "(二)优化创新环境。营造良好氛围。\n(三)加强宣传引导。\n")
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plans"), {"text": text}, follow=True)
    page = response.content.decode()
    assert "抽取出 1 项任务(另有 2 个编号条目未列为任务,见抽取提示)" in page
    assert "有 2 个编号条目没有写明责任单位或量化目标,未列为任务" in page and "一/(二) 优化创新环境" in page


def test_upload_over_the_limit(as_user, users, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.plans.models import Plan

    settings.MAX_UPLOAD_BYTES = 1000
    response = as_user(users["bureau"]).post(reverse("kc-plans"), {"document": SimpleUploadedFile("big.txt", b"a" * 2000)})
    assert response.status_code == 413
    assert "上限" in response.content.decode("utf-8")
    assert Plan.objects.count() == 0


def test_script_in_a_document_is_shown_as_text(as_user, users):
    text = ("灵寿县测试方案\n一、重点任务\n(一)<script>alert('x')</script>建设平台<b>加粗</b>。"
            "(牵头单位:县发展和改革局)\n")
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plans"), {"text": text})
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "<script>alert" not in page and "<b>加粗" not in page
    assert "&lt;script&gt;" in page


def test_correction_conflict_second_save_does_not_overwrite(as_user, users, draft_plan):
    task = draft_plan.tasks.get(path="五/(一)/1")
    client = as_user(users["bureau"])
    url = reverse("kc-task-edit", args=[task.pk])
    form = {"path": task.path, "title": "第一位的修改", "lead": "灵寿县发展和改革局", "version": task.version,
            "cycle": "monthly", "due_day": 28}
    assert client.post(url, form).status_code == 302
    second = client.post(url, {**form, "title": "第二位的修改"})
    assert second.status_code == 409
    assert "已被他人修改" in second.content.decode("utf-8")
    task.refresh_from_db()
    assert task.title == "第一位的修改"


def test_every_edit_is_in_the_history(users, draft_plan):
    from kechuang.web.history.models import Change
    from kechuang.web.plans.services import TaskInput, task_update

    task = draft_plan.tasks.get(path="五/(一)/1")
    task_update(users["bureau"], task, TaskInput(path=task.path, title="新标题", lead="灵寿县科学技术局"), task.version)
    change = Change.objects.get(task_id=task.id, action="update")
    assert change.user == users["bureau"]
    assert change.before["lead"] == ["灵寿县发展和改革局"] and change.after["lead"] == ["灵寿县科学技术局"]
    assert change.after["title"] == "新标题"


def test_unmatched_and_ambiguous_units_block_confirmation_until_mapped(users, county):
    from kechuang.web.accounts.services import department_create
    from kechuang.web.plans.services import plan_confirm, plan_create, plan_map_unit, plan_unit_matches

    department_create(users["bureau"], county, "灵寿县科技中心甲", aliases=["县科技中心"])
    second = department_create(users["bureau"], county, "灵寿县科技中心乙", aliases=["县科技中心"])
    text = "灵寿县测试方案\n一、重点任务\n(一)建设平台。(牵头单位:县科技中心;责任单位:县不存在局)\n"
    plan = plan_create(users["bureau"], county, text=text)
    status = {m.unit: m.status for m in plan_unit_matches(plan)}
    assert status == {"灵寿县科技中心": "ambiguous", "灵寿县不存在局": "unmatched"}
    with pytest.raises(KechuangError) as info:
        plan_confirm(users["bureau"], plan, plan.version)
    assert "2 个单位" in info.value.message_zh and "匹配到多个部门" in info.value.message_zh
    assert plan.tasks.get().assignments.count() == 0  # nothing half-confirmed
    plan = plan_map_unit(users["bureau"], plan, "灵寿县科技中心", second)
    new = department_create(users["bureau"], county, "灵寿县不存在局")
    plan = plan_confirm(users["bureau"], plan, plan.version)
    assert {(a.department_id, a.role) for a in plan.tasks.get().assignments.all()} == {
        (second.id, "lead"), (new.id, "responsible")}


def test_collective_unit_expands_to_members(plan):
    from kechuang.web.supervision.models import Assignment

    collective = [t for t in plan.tasks.all() if "灵寿县各乡(镇)政府" in t.responsible_units + t.lead_units
                  or "各乡(镇)政府" in t.responsible_units + t.lead_units]
    assert collective
    names = set(Assignment.objects.filter(task=collective[0]).values_list("department__name", flat=True))
    assert {"灵寿镇人民政府", "陈庄镇人民政府"} <= names
    assert not any(n.startswith("各") for n in names)


def test_revision_shows_what_changed(as_user, users, plan):
    revised = LINGSHOU.read_text("utf-8").replace("牵头单位:县发展和改革局", "牵头单位:县科学技术局", 1)
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plan-revise", args=[plan.pk]), {"text": revised})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "修改" in page and "牵头单位" in page and "灵寿县科学技术局" in page


def test_refused_task_form_keeps_what_was_typed(as_user, users, draft_plan):
    task = draft_plan.tasks.get(path="五/(一)/1")
    response = as_user(users["bureau"]).post(reverse("kc-task-edit", args=[task.pk]), {
        "path": task.path, "title": "新的标题", "version": task.version, "deadline": "2027-03-31",
        "cycle": "quarterly", "due_day": "40"})
    assert response.status_code == 400
    body = response.content.decode("utf-8")
    assert "报送日" in body and 'value="新的标题"' in body and 'value="2027-03-31"' in body
    assert '<option value="quarterly" selected>' in body and 'value="40"' in body
