"""The small faults of the clerk's walk-through (2026-12-02): a count typed 45 shown as 45.0; 删除该目标 offered
on a target with reported values (then 无法完成操作); a broken .docx told to open a PDF reader and 导入; the
ledger's 说明 reading 最近应报期: 本期; a collective without members ranked as a unit on the board."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported_target(users, task):
    from kechuang.web.plans.targets import TargetInput, target_add
    from kechuang.web.supervision.services import ReportInput, report_submit

    target = target_add(users["bureau"], task, TargetInput(indicator="告知承诺制审批事项", value="50", unit="项",
                                                           kind="level", year=2026))
    report_submit(users["lead"], task, ReportInput(period="2026-11", text="已完成45项", percent=60,
                                                  values={target.pk: "45"}))
    return target


def test_a_count_typed_45_shows_as_45(users, task, reported_target, as_user):
    page = as_user(users["bureau"]).get(reverse("kc-task", args=[task.pk])).content.decode("utf-8")
    assert "告知承诺制审批事项:45</div>" in page and "45.0" not in page


def test_a_target_with_reported_values_says_why_it_cannot_be_deleted(users, reported_target, as_user):
    page = as_user(users["bureau"]).get(reverse("kc-target-edit", args=[reported_target.pk])).content.decode()
    assert "删除该目标" not in page
    assert "已有 1 份进展报告填报了该目标的数值,不能删除" in page


def test_a_target_without_values_can_still_be_deleted(users, task, as_user):
    from kechuang.web.plans.targets import TargetInput, target_add

    target = target_add(users["bureau"], task, TargetInput(indicator="研发投入", value="3", unit="亿元"))
    page = as_user(users["bureau"]).get(reverse("kc-target-edit", args=[target.pk])).content.decode("utf-8")
    assert "删除该目标" in page and "不能删除" not in page


@pytest.mark.parametrize(("name", "reader", "other"), [("方案.docx", "Word/WPS", "PDF"),
                                                       ("方案.pdf", "PDF 阅读器", "Word")])
def test_a_broken_file_names_its_own_reader_and_says_上传(name, reader, other):
    from kechuang.text.load import load_bytes

    with pytest.raises(KechuangError) as caught:
        load_bytes("这不是一个文档,只是改了扩展名的文字".encode() * 10, name)
    message = caught.value.message_zh
    assert reader in message and other not in message.split(":", 1)[1]
    assert message.endswith("再上传") and "导入" not in message


def test_the_ledger_prints_the_first_due_day_before_any_period_is_due(users, plan):
    from openpyxl import load_workbook

    from kechuang.reports.ledger import ledger_xlsx
    from kechuang.web.clock import today
    from kechuang.web.supervision.selectors import supervision_data

    data = supervision_data(plan, today())
    assert data.first_due is not None
    about = load_workbook(io.BytesIO(ledger_xlsx(data)))["说明"]
    row = next(r for r in about.iter_rows(values_only=True) if r[0] == "最近应报期")
    assert row[1] == (f"尚无到期的报送期(首个报送日为{data.first_due.year}年{data.first_due.month}月"
                      f"{data.first_due.day}日)")


def test_a_collective_without_members_is_not_ranked_as_a_unit(users, as_user):
    from kechuang.web.clock import today
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.supervision.selectors import league, plan_states
    from tests.web.test_collective_members import _plan_with_new_collective

    plan, collective, _ = _plan_with_new_collective(as_user(users["bureau"]))
    plan.refresh_from_db()
    plan = plan_confirm(users["bureau"], plan, plan.version, acknowledge_unassigned=True)
    states = plan_states(plan, today())
    assert any(u.department_id == collective.pk for s in states for u in s.unit_states)  # it holds its task
    names = [row.name for row in league(states)]
    assert names and collective.name not in names
