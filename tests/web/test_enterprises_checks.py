"""The 高企 gap check page (as of a date, stored with its rule snapshot, reviewer's judgements used), the region's
batch with "加入后备库", and the 科小 self-evaluation form (prefilled, scored by the core, stored, seen by the
bureau)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kechuang.web.enterprises.models import HitechResult, IPHolding, ReserveEntry, SmeEvaluation, YearFigures

pytestmark = pytest.mark.django_db


@pytest.fixture
def strong(enterprise):
    """An enterprise meeting every computed 高企 condition for an application in 2026 (figures 2023–2025)."""
    type(enterprise).objects.filter(pk=enterprise.pk).update(registered_on=date(2015, 3, 1))
    for year, sales, net in ((2023, 3000, 1000), (2024, 3600, 1300), (2025, 4200, 1700)):
        YearFigures.objects.create(enterprise=enterprise, year=year, employees=100, tech_staff=25, sales_revenue=sales,
                                   total_revenue=sales + 100, rd_expense=sales * 0.06, rd_expense_domestic=sales * 0.06,
                                   hitech_revenue=sales * 0.8, net_assets=net, total_assets=net * 2,
                                   cost_total=sales * 0.8)
    IPHolding.objects.create(enterprise=enterprise, ip_class="I", category="发明专利", number="ZL1",
                             granted_on=date(2022, 1, 1))
    enterprise.refresh_from_db()
    return enterprise


def test_the_check_page_shows_each_condition_and_the_bureau_stores_it(as_user, users, strong):
    client = as_user(users["bureau"])
    url = reverse("kc-enterprise-check", args=[strong.pk])
    page = client.get(url, {"as_of": "2026-06-01"}).content.decode()
    assert 'data-overall="promising"' in page
    assert 'data-key="tech_staff" data-status="met"' in page and 'data-key="core_ip" data-status="manual_review"' in page
    assert "国科发火〔2016〕32号" in page
    assert client.post(url, {"as_of": "2026-06-01"}).status_code == 302
    stored = HitechResult.objects.get(enterprise=strong)
    assert stored.as_of == date(2026, 6, 1) and stored.overall == "promising" and stored.result["snapshot"]
    bad = client.get(url, {"as_of": "2026-13-01"})
    assert bad.status_code == 400 and "检查基准日应为日期" in bad.content.decode()
    assert as_user(users["leader"]).post(url).status_code == 403
    assert as_user(users["ent_user"]).get(url).status_code == 200  # its own check, read only


def test_a_check_as_of_2015_uses_the_2008_rules(as_user, users, strong):
    page = as_user(users["bureau"]).get(reverse("kc-enterprise-check", args=[strong.pk]),
                                        {"as_of": "2015-06-01"}).content.decode()
    assert "认定条件(依据 国科发火〔2008〕172号)" in page and 'data-key="rd_staff"' in page  # 研发人员 ≥ 10 %


def test_the_reviewers_judgements_are_stored_and_used(as_user, users, strong):
    client = as_user(users["bureau"])
    url = reverse("kc-enterprise-judgements", args=[strong.pk])
    bad = client.post(url, {"conversion": "31"})
    assert bad.status_code == 400 and "应在 0 到 30 分之间" in bad.content.decode()
    assert client.post(url, {"core_ip": "no"}).status_code == 302
    page = client.get(reverse("kc-enterprise-check", args=[strong.pk]), {"as_of": "2026-06-01"}).content.decode()
    assert 'data-key="core_ip" data-status="unmet"' in page and 'data-overall="not_met"' in page


def test_the_batch_lists_the_promising_and_enters_them_into_the_reserve(as_user, users, strong):
    client = as_user(users["bureau"])
    page = client.get(reverse("kc-enterprises-check"), {"as_of": "2026-06-01"}).content.decode()
    assert strong.name in page and "灵寿县乙材料有限公司" not in page  # no figures: needs data, not listed
    assert "加入后备库" in page
    assert client.post(reverse("kc-reserve"), {"enterprise": strong.pk, "via": "check"}).status_code == 302
    assert ReserveEntry.objects.get(enterprise=strong).via == "check"
    other = as_user(users["other_bureau"]).get(reverse("kc-enterprises-check")).content.decode()
    assert strong.name not in other


def test_the_enterprise_user_fills_the_sme_form_and_sees_score_and_advice(as_user, users, strong):
    client = as_user(users["ent_user"])
    url = reverse("kc-enterprise-sme", args=[strong.pk])
    form = client.get(url).content.decode()
    assert 'name="employees" value="100"' in form  # prefilled from the 2025 figures
    missing = client.post(url, {"year": "2025", "employees": "", "tech_staff": "25"})
    assert missing.status_code == 400 and "请填写 2025 年度的" in missing.content.decode()
    assert not SmeEvaluation.objects.exists()
    response = client.post(url, {"year": "2025", "employees": "100", "tech_staff": "25", "sales_revenue": "4,200万元",
                                 "rd_expense": "252", "cost_total": "3360", "total_assets": "3400",
                                 "sme_resident": "yes", "sme_eligible_industry": "yes", "sme_no_violation": "yes"})
    assert response.status_code == 302
    evaluation = SmeEvaluation.objects.get(enterprise=strong)
    assert evaluation.score == 16 + 50 + 30 and evaluation.result["eligible"] is True
    assert evaluation.inputs["sales_revenue"] == 4200
    page = client.get(url).content.decode()
    assert 'id="sme-score">96<' in page and "如何提高得分" in page
    listing = as_user(users["bureau"]).get(reverse("kc-sme-list")).content.decode()
    assert strong.name in listing and "96" in listing
    assert as_user(users["leader"]).post(url, {"year": "2025"}).status_code == 403


def test_the_reviewers_form_asks_the_items_of_the_rules_in_force(as_user, users, strong):
    client = as_user(users["bureau"])
    url = reverse("kc-enterprise-check", args=[strong.pk])
    old = client.get(url, {"as_of": "2015-06-01"}).content.decode()
    assert 'name="ip_core_2008"' in old and 'name="ip_advancement"' not in old
    new = client.get(url, {"as_of": "2026-06-01"}).content.decode()
    assert 'name="ip_core_2008"' not in new and 'name="ip_advancement"' in new
    saved = client.post(reverse("kc-enterprise-judgements", args=[strong.pk]),
                        {"as_of": "2015-06-01", "ip_core_2008": "24", "core_ip": "yes"})
    assert saved.status_code == 302 and saved.url.endswith("?as_of=2015-06-01")
    client.post(reverse("kc-enterprise-judgements", args=[strong.pk]),  # the 2016 form: the 2008 answer stays
                {"as_of": "2026-06-01", "ip_advancement": "6", "core_ip": "yes"})
    from kechuang.web.enterprises.models import HitechReview

    assert HitechReview.objects.get(enterprise=strong).judgements == {"ip_core_2008": 24, "ip_advancement": 6,
                                                                       "core_ip": True}


def test_the_batch_reads_the_same_facts_as_the_check_of_one(users, strong, as_user):
    """The batch reads plain rows for speed; its result for each enterprise is the one-by-one check's, with the
    reviewer's judgements and the IP rights (a used Ⅱ类 right too) counted the same way."""
    from kechuang.web.enterprises.checks import hitech_batch, judgements_of
    from kechuang.web.enterprises.core import check_hitech, facts_of
    from kechuang.web.enterprises.models import Enterprise, HitechReview

    IPHolding.objects.create(enterprise=strong, ip_class="II", category="实用新型", number="ZL2",
                             granted_on=date(2023, 5, 1), used_for_hitech=True)
    HitechReview.objects.create(enterprise=strong, judgements={"core_ip": True, "tech_field": True})
    as_of = date(2026, 6, 1)
    found = hitech_batch(strong.region_id, as_of, only=())
    assert [e.pk for e, _ in found] == list(Enterprise.objects.filter(region_id=strong.region_id)
                                            .order_by("region", "name").values_list("pk", flat=True))
    for row, check in found:
        enterprise = Enterprise.objects.get(pk=row.pk)
        assert (row.name, row.is_demo) == (enterprise.name, enterprise.is_demo)
        alone = check_hitech(facts_of(enterprise, judgements=judgements_of(enterprise)), as_of)
        assert check.to_dict() == alone.to_dict(), enterprise.name
    assert {e.pk: c.overall for e, c in found}[strong.pk] == "promising"


def test_the_sme_conditions_table_has_a_header_row_naming_its_columns(as_user, users, strong):
    """The 科小 conditions came as rows of four unnamed cells."""
    import re

    client = as_user(users["ent_user"])
    url = reverse("kc-enterprise-sme", args=[strong.pk])
    client.post(url, {"year": "2025", "employees": "100", "tech_staff": "25", "sales_revenue": "4200",
                      "rd_expense": "252", "cost_total": "3360", "total_assets": "3400", "sme_resident": "yes"})
    page = client.get(url).content.decode()
    table = page.split('id="sme-conditions"', 1)[1].split("</table>", 1)[0]
    head = re.findall(r"<th[^>]*>([^<]*)</th>", table.split("</thead>", 1)[0])
    assert head == ["条件", "结果", "企业数据", "差距 / 说明"]
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>", 1)[1])
    assert rows and all(row.count("<td>") == len(head) for row in rows)


def test_the_batch_page_costs_the_same_queries_for_one_listed_enterprise_or_many(users, strong, as_user):
    """The page showed each listed enterprise's reserve stage by reading it row by row (one query each)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kechuang.enterprises import name_key
    from kechuang.web.enterprises.models import Enterprise, ReserveEntry, YearFigures

    client = as_user(users["bureau"])
    url = reverse("kc-enterprises-check") + "?as_of=2026-06-01"
    client.get(url)  # what every page caches (the header's unread count) read once, so both counts are warm
    with CaptureQueriesContext(connection) as one:
        first = client.get(url).content.decode()
    assert first.count('data-overall="promising"') == 1
    figures = YearFigures.objects.filter(enterprise=strong)
    for i in range(5):
        twin = Enterprise.objects.create(region=strong.region, name=f"灵寿县强{i}号科技有限公司",
                                         name_key=name_key(f"灵寿县强{i}号科技有限公司"),
                                         registered_on=strong.registered_on)
        for row in figures:
            row.pk, row.enterprise = None, twin
            row.save()
        for right in IPHolding.objects.filter(enterprise=strong):
            right.pk, right.enterprise, right.number = None, twin, f"{right.number}-{i}"
            right.save()
        if i % 2:
            ReserveEntry.objects.create(enterprise=twin, stage="cultivating", entered_on=date(2026, 1, 2))
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert page.count('data-overall="promising"') == 6 and page.count("已在后备库(培育)") == 2
    assert len(many.captured_queries) == len(one.captured_queries)
