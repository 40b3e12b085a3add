"""Every target monitored: links at confirmation, re-linking, reported numbers becoming observations, 目标监测."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from kechuang.web.cockpit.monitor import plan_monitoring
from kechuang.web.history.models import Change
from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.services import observation_record
from kechuang.web.plans.targets import TargetInput, target_add
from kechuang.web.supervision.services import ReportInput, report_approve, report_return, report_submit

pytestmark = pytest.mark.django_db
HISTORY = {2021: 10, 2022: 12, 2023: 14, 2024: 16, 2025: 18}


def hitech_target(users, task, year="2027"):
    return target_add(users["bureau"], task, TargetInput("高新技术企业", "30", unit="家", year=year))


def record(county, code, values, **kw):
    ind = Indicator.objects.get(code=code)
    for year, value in values.items():
        observation_record(county, ind, year, value, source_kind=kw.pop("source_kind", "manual"), **kw)


def row_of(plan, target):
    return next(r for r in plan_monitoring(plan) if r.target_id == target.pk)


def test_confirmation_links_every_target_and_unmonitorable_kinds_say_why(plan):
    targets = {t.indicator: t for t in plan.tasks.get(path="五/(四)/14").targets.all()}
    hitech = targets["高新技术企业"]
    assert (hitech.catalog_indicator.code, hitech.link_method, hitech.link_score) == ("hitech_enterprises", "exact", 1.0)
    category = plan.tasks.get(path="三").targets.get()
    assert category.kind == "category" and not category.monitored
    rows = {r.target_id: r for r in plan_monitoring(plan)}
    assert rows[category.pk].status is None and "定性目标" in rows[category.pk].reason
    assert rows[hitech.pk].status is not None and "没有该指标的观测数据" in rows[hitech.pk].status.note


def test_an_increase_is_monitored_and_a_rank_says_why_not_in_chinese(plan, task, county, users):
    """提高2个百分点 is monitored on a share (the core adds the points to the baseline); a rank is not, and its reason
    named the kind as 「rank」 on the monitor page."""
    increase = target_add(users["bureau"], task, TargetInput("R&D经费投入强度", "2", kind="increase", unit="个百分点",
                                                             year="2027"))
    rank = target_add(users["bureau"], task, TargetInput("综合科技创新水平", "10", kind="rank", unit="名", year="2027"))
    record(county, "rd_intensity", {2024: 1.5, 2025: 1.8})
    rows = {r.target_id: r for r in plan_monitoring(plan)}
    assert rows[increase.pk].status is not None and rows[increase.pk].reason == ""
    assert rows[rank.pk].status is None and rows[rank.pk].reason == "排名目标不做数值监测"


def test_review_and_task_pages_show_the_link_and_its_score(draft_plan, plan, users, as_user):
    client = as_user(users["bureau"])
    review = client.get(reverse("kc-plan", args=[draft_plan.pk])).content.decode()
    assert "监测指标:高新技术企业数(关联度 1.00)" in review and "不监测" in review
    task = plan.tasks.get(path="五/(四)/14")
    page = client.get(reverse("kc-task", args=[task.pk])).content.decode()
    assert "监测指标:高新技术企业数" in page and "目标监测" in page


def test_pages_say_the_kind_of_a_value_and_mark_a_guessed_link_for_checking(draft_plan, users, as_user):
    """地区生产总值:10% read like a level when it was a growth; links the linker guessed from similar names (一般公共预算收入
    → …支出, 0.71) looked as sure as exact ones."""
    from kechuang.web.plans.models import Target

    task = draft_plan.tasks.first()
    growth = target_add(users["bureau"], task, TargetInput("地区生产总值", "10", kind="growth", unit="%", year="2022"))
    target_add(users["bureau"], task, TargetInput("单位GDP能耗", "-3", kind="growth", unit="%", year="2022"))
    rank = target_add(users["bureau"], task, TargetInput("综合科技创新水平", "10", kind="rank", unit="名", year="2025"))
    hitech = Indicator.objects.get(code="hitech_enterprises")
    Target.objects.filter(pk=growth.pk).update(catalog_indicator=hitech, link_method="fuzzy", link_score=0.71)
    Target.objects.filter(pk=rank.pk).update(catalog_indicator=hitech, link_method="exact", link_score=1.0)
    page = as_user(users["bureau"]).get(reverse("kc-plan", args=[draft_plan.pk])).content.decode()
    assert "地区生产总值:增长10%" in page and "单位GDP能耗:下降3%" in page and "综合科技创新水平:进入前10名" in page
    doubt = '<strong class="doubt"'
    assert page.count(doubt) == 1 and page.index("地区生产总值:增长10%") < page.index(doubt)


def test_the_clerk_relinks_or_marks_not_monitored_and_history_records_it(plan, task, users, as_user):
    target = hitech_target(users, task)
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-target-link", args=[target.pk]), {"indicator": "tech_smes"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.catalog_indicator.code, target.link_method, target.monitored) == ("tech_smes", "manual", True)
    client.post(reverse("kc-target-link", args=[target.pk]), {"indicator": "none"})
    target.refresh_from_db()
    assert not target.monitored
    after = [c.after for c in Change.objects.filter(kind="target", object_id=target.pk).order_by("id")]
    assert {"catalog_indicator": "科技型中小企业数(tech_smes)"}.items() <= after[-2].items()
    assert after[-1] == {"monitored": False}
    bad = client.post(reverse("kc-target-link", args=[target.pk]), {"indicator": "no_such_code"})
    assert bad.status_code == 400 and "不在本地区可用的指标目录中" in bad.content.decode()
    client.post(reverse("kc-target-link", args=[target.pk]), {"indicator": "auto"})
    target.refresh_from_db()
    assert (target.catalog_indicator.code, target.link_method, target.monitored) == ("hitech_enterprises", "exact", True)


def test_a_category_target_cannot_be_linked_for_numbers(plan, users, as_user):
    category = plan.tasks.get(path="三").targets.get()
    response = as_user(users["bureau"]).post(reverse("kc-target-link", args=[category.pk]),
                                              {"indicator": "county_innovation_score"})
    assert response.status_code == 400 and "定性目标" in response.content.decode()


def test_an_approved_report_becomes_an_observation_and_changes_the_light(plan, task, county, users, as_user):
    target = hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY)
    before = row_of(plan, target).status
    assert before.latest_value == 18 and before.status == "red"  # 18 against 10 + 20 × 4/6 ≈ 23.3 asked for 2025
    report = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="新认定 11 家",
                                                                   percent=60, values={target.pk: "29"}))
    assert row_of(plan, target).status.latest_year == 2025  # not yet approved: nothing recorded
    report_approve(users["lead"], report)
    obs = Observation.objects.get(indicator__code="hitech_enterprises", period=2026, is_current=True)
    assert (obs.value, obs.source_kind, obs.report_id, obs.region_id) == (29.0, "report", report.pk, county.pk)
    assert obs.provenance() == f"进度报送 #{report.pk}(responsible)"
    after = row_of(plan, target)
    assert after.status.latest_value == 29 and after.status.status == "green"
    page = as_user(users["leader"]).get(reverse("kc-plan-monitor", args=[plan.pk])).content.decode()
    assert f"进度报送 #{report.pk}" in page and "绿(进度正常)" in page


def test_a_returned_report_writes_no_observation(plan, task, county, users):
    target = hitech_target(users, task)
    report = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="x", percent=10,
                                                                   values={target.pk: "29"}))
    report_return(users["lead"], report, "数据不实")
    assert not Observation.objects.filter(report=report).exists()


def test_a_guessed_link_lights_nothing_and_writes_no_data_until_the_clerk_confirms_it(plan, task, county, users,
                                                                                    as_user):
    """年度投资2000亿元 was guessed as 创业投资额 (名称包含, 0.88): an approved report of 1500 made the county's 创业投资额
    15,000,000 万元, and guessed links lit green lights from other indicators' data."""
    from kechuang.web.plans.models import Target

    target = hitech_target(users, task)
    Target.objects.filter(pk=target.pk).update(link_method="fuzzy", link_score=0.71)
    record(county, "hitech_enterprises", HISTORY)
    row = row_of(plan, target)
    assert row.status is None and "请在“关联指标”中确认" in row.reason
    report = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="x", percent=10,
                                                                   values={target.pk: "29"}))
    report_approve(users["lead"], report)
    assert not Observation.objects.filter(report=report).exists()
    as_user(users["bureau"]).post(reverse("kc-target-link", args=[target.pk]), {"indicator": "hitech_enterprises"})
    target.refresh_from_db()
    plan.refresh_from_db()  # the confirmation gave the plan a new data version
    assert target.link_method == "manual" and row_of(plan, target).status is not None  # confirmed: monitored


def test_relinking_a_guessed_target_by_name_monitors_it(plan, task, users):
    """The monitored flag was computed from the old (guessed) link before the new one was stored: a target whose name
    the clerk corrected was re-linked exactly and stayed 不监测 for good."""
    from kechuang.web.cockpit.links import target_relink
    from kechuang.web.plans.models import Target

    target = hitech_target(users, task)
    Target.objects.filter(pk=target.pk).update(link_method="fuzzy", link_score=0.71)
    target.refresh_from_db()
    target_relink(target)
    target.refresh_from_db()
    assert (target.link_method, target.monitored) == ("exact", True)


def test_reported_numbers_are_converted_to_the_indicators_unit(plan, task, county, users):
    target = target_add(users["bureau"], task, TargetInput("技术合同成交额", "2", unit="亿元", year="2027"))
    assert target.catalog_indicator.code == "technology_contract_value"
    report = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="x", percent=10,
                                                                   values={target.pk: "1.5"}))
    report_approve(users["lead"], report)
    obs = Observation.objects.get(report=report)
    assert target.catalog_indicator.unit == "万元" and obs.value == pytest.approx(15000.0)  # 1.5 亿元


def test_the_monitor_page_draws_a_chart_per_target_and_marks_synthetic_numbers(plan, task, county, users, as_user):
    target = hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY, source_kind="demo", is_demo=True)
    page = as_user(users["bureau"]).get(reverse("kc-plan-monitor", args=[plan.pk]))
    body = page.content.decode()
    assert page.status_code == 200 and "示例数据" in body and "vendor/echarts.min.js" in body
    charts = json.loads(re.search(r'<script id="monitor-data" type="application/json">(.*?)</script>', body).group(1))
    chart = charts[str(target.pk)]
    assert all(c["history"] for c in charts.values()) and len(charts) < len(plan_monitoring(plan))  # no empty charts
    assert chart["history"] == [[y, float(v)] for y, v in HISTORY.items()]
    assert chart["trajectory"][0] == [2021, 10.0] and chart["trajectory"][-1] == [2027, 30.0]
    assert chart["projection"][0] == [2025, 18.0] and chart["projection"][1][1] == pytest.approx(22.0)
    assert chart["goal"] == [2027, 30.0]
    assert f'id="target-{target.pk}"' in body and "线性趋势外推" in body


def test_a_city_leader_sees_the_countys_monitoring_and_another_county_does_not(plan, county, users, client):
    from tests.web.conftest import make_user

    city_leader = make_user("city_leader", "leader", county.parent)
    client.force_login(city_leader)
    assert client.get(reverse("kc-plan-monitor", args=[plan.pk])).status_code == 200
    client.force_login(users["other_bureau"])
    assert client.get(reverse("kc-plan-monitor", args=[plan.pk])).status_code == 404


def test_the_ledger_and_the_bulletin_show_the_targets_and_follow_new_data(plan, task, county, users, as_user):
    import io

    from docx import Document
    from openpyxl import load_workbook

    hitech_target(users, task)
    client = as_user(users["leader"])
    first = load_workbook(io.BytesIO(client.get(reverse("kc-ledger", args=[plan.pk])).content))
    sheet = first["目标监测"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "2027年 高新技术企业:30家")
    assert row[header.index("灯")] == "灰(数据不足)" and row[header.index("数据性质")] in ("", None)
    record(county, "hitech_enterprises", HISTORY, source_kind="demo", is_demo=True)  # the cached file is stale now
    sheet = load_workbook(io.BytesIO(client.get(reverse("kc-ledger", args=[plan.pk])).content))["目标监测"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "2027年 高新技术企业:30家")
    assert (row[header.index("监测指标")], row[header.index("最新值")]) == ("高新技术企业数", "18家(2025年)")
    assert row[header.index("完成度")] == "60.0%" and row[header.index("灯")] == "红(明显滞后)"
    assert row[header.index("数据性质")] == "示例数据"
    category = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "三")
    assert category[header.index("灯")] == "不监测" and "定性目标" in category[header.index("说明")]
    doc = Document(io.BytesIO(client.get(reverse("kc-bulletin-docx", args=[plan.pk])).content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "五、目标完成情况" in text and "六、工作要求" in text and "示例数据" in text
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "2027年 高新技术企业:30家" in cells and "18家(2025年)(示例数据)" in cells


def test_a_department_does_not_see_a_drafts_monitoring(draft_plan, users, as_user):
    assert as_user(users["lead"]).get(reverse("kc-plan-monitor", args=[draft_plan.pk])).status_code == 404
    assert as_user(users["bureau"]).get(reverse("kc-plan-monitor", args=[draft_plan.pk])).status_code == 200


def test_the_number_of_queries_does_not_grow_with_the_targets(plan, task, county, users):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kechuang.web.cockpit.monitor import _rows

    record(county, "hitech_enterprises", HISTORY)
    hitech_target(users, task)
    with CaptureQueriesContext(connection) as few:
        _rows(plan)
    for year in range(2026, 2036):
        hitech_target(users, task, year=str(year))
    with CaptureQueriesContext(connection) as many:
        rows = _rows(plan)
    assert len(many) == len(few) and sum(r.status is not None and r.status.latest_value == 18 for r in rows) >= 11
