"""A target's indicator refuses markup and formula leads as unit and department names do (walk-through: the
review page, the task page and the API took ``<script>alert(1)</script>`` and ``=HYPERLINK(…)``, escaped on pages
but a record no clerk meant and plain text in the 台账); comparisons such as ``PM2.5<35`` stay. A document's
target with such an indicator is left out of the draft, and the review page's hints say so."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from tests.web.test_plan_targets import _form, api  # noqa: F401  (api: the token client fixture)

pytestmark = pytest.mark.django_db

SCRIPT, FORMULA = "<script>alert(1)</script>", '=HYPERLINK("http://example.com","点击")'
REFUSED = [SCRIPT, FORMULA, "</b>研发投入强度", "<img src=x onerror=alert(1)>", "<!-- -->专利数", "+1专利数",
           "@SUM(A1)", "-研发投入", "高新技术企业<b>数量</b>", "专利\x07数"]
KEPT = ["PM2.5<35的天数", "空气质量优良天数比例>80", "PM2.5 < 35 微克/立方米天数", "R&D经费投入强度", "<=35的天数占比",
        "万人发明专利拥有量(件)", "科技型中小企业评价入库数"]


@pytest.mark.parametrize("indicator", REFUSED)
def test_markup_and_formula_leads_are_refused_by_name_and_save_nothing(users, draft_plan, indicator):
    from kechuang.web.plans.models import Target
    from kechuang.web.plans.targets import TargetInput, target_add

    before = Target.objects.count()
    with pytest.raises(KechuangError) as info:
        target_add(users["bureau"], draft_plan.tasks.first(), TargetInput(**_form(indicator=indicator)))
    assert info.value.code == "KC-WEB-FIELD" and info.value.context["field"] == "indicator"
    assert info.value.message_zh.startswith("指标“")
    assert Target.objects.count() == before


@pytest.mark.parametrize("indicator", KEPT)
def test_comparisons_and_ordinary_signs_are_kept(users, draft_plan, indicator):
    from kechuang.web.plans.targets import TargetInput, target_add

    target = target_add(users["bureau"], draft_plan.tasks.first(), TargetInput(**_form(indicator=indicator)))
    target.refresh_from_db()
    assert target.indicator == indicator


def test_the_unit_and_a_category_value_are_checked_too(users, draft_plan):
    from kechuang.web.plans.targets import TargetInput, target_add

    task = draft_plan.tasks.first()
    with pytest.raises(KechuangError) as info:
        target_add(users["bureau"], task, TargetInput(**_form(unit="<b>家")))
    assert info.value.context["field"] == "unit" and info.value.message_zh.startswith("单位“")
    with pytest.raises(KechuangError) as info:
        target_add(users["bureau"], task, TargetInput(**_form(kind="category", value="=A1", unit="")))
    assert info.value.context["field"] == "value"


def test_the_form_shows_the_chinese_error_and_keeps_what_was_typed(as_user, users, plan, task):
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-target-add", args=[task.pk]), _form(indicator=SCRIPT))
    page = response.content.decode("utf-8")
    assert response.status_code == 400 and "含有网页标记“&lt;script&gt;”" in page
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in page and not task.targets.filter(indicator=SCRIPT)
    target = task.targets.create(indicator="研发投入强度", value="2.5", unit="%", year=2025)
    response = client.post(reverse("kc-target-edit", args=[target.pk]),
                           _form(indicator=FORMULA, version=target.version))
    assert response.status_code == 400 and "不能以 = + - @ 开头" in response.content.decode("utf-8")
    target.refresh_from_db()
    assert target.indicator == "研发投入强度"


def test_the_api_refuses_them_with_the_field(api, users, task):  # noqa: F811
    status, body = api(users["bureau"], "post", f"/tasks/{task.pk}/targets",
                       {"indicator": SCRIPT, "kind": "level", "value": "50", "unit": "家", "year": 2025})
    assert status == 400 and body["error"]["code"] == "KC-WEB-FIELD"
    assert body["error"]["context"]["field"] == "indicator" and "网页标记" in body["error"]["message"]
    status, body = api(users["bureau"], "post", f"/tasks/{task.pk}/targets",
                       {"indicator": "PM2.5<35的天数", "kind": "level", "value": "300", "unit": "天", "year": 2025})
    assert status == 201 and body["indicator"] == "PM2.5<35的天数"
    status, body = api(users["bureau"], "patch", f"/targets/{body['id']}", {"indicator": FORMULA, "version": 1})
    assert status == 400 and body["error"]["context"]["field"] == "indicator"


def test_a_documents_target_with_markup_is_left_out_and_the_review_page_says_so(as_user, users):
    """Pasted text (or a .txt) keeps what it prints: the extractor reads ``<script>…</script>高新技术企业数量``
    as the indicator. The target is not stored; the hint names it; the plan and its other targets are."""
    from kechuang.web.plans.models import Plan, Target

    text = ("灵寿县科技创新工作方案\n一、重点任务\n(一)培育创新主体。到2025年,<script>alert(1)</script>高新技术企业"
            "数量达到50家,研发投入强度达到2.5%。(牵头单位:县科技局;责任单位:县发改局)\n")
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plans"), {"text": text})
    assert response.status_code == 302
    plan = Plan.objects.get()
    indicators = list(Target.objects.filter(task__plan=plan).values_list("indicator", flat=True))
    assert not any("<script" in i for i in indicators) and "研发投入强度" in indicators
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "抽取出 1 项任务(1 个量化目标因指标含网页标记或公式符号未列入,见抽取提示)" in page
    assert "未列入量化目标" in page and "&lt;script&gt;alert(1)&lt;/script&gt;高新技术企业" in page


def test_a_local_indicator_refuses_them_too(client, users, county):
    """地方指标 are the other indicator names a bureau types (their name becomes a target's link and a column of
    the import template): the same rule, by field."""
    from kechuang.web.indicators.models import Indicator

    client.force_login(users["bureau"])
    url = reverse("kc-indicator-add")
    for fields, words in (({"name": SCRIPT}, "指标名称“&lt;script&gt;alert(1)&lt;/script&gt;”含有网页标记"),
                          ({"name": "服务村数", "aliases": FORMULA}, "别名“=HYPERLINK"),
                          ({"name": "服务村数", "unit": "<b>个"}, "单位“&lt;b&gt;个”含有网页标记")):
        body = client.post(url, {"code": "lingshou_towns", "unit": "个", **fields}).content.decode()
        assert words in body, fields
    assert not Indicator.objects.filter(code="lingshou_towns").exists()
    client.post(url, {"code": "lingshou_towns", "name": "PM2.5<35的天数", "unit": "天"})
    assert Indicator.objects.get(code="lingshou_towns").name == "PM2.5<35的天数"
