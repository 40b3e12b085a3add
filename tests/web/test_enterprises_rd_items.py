"""研发费用 item by item in the figures form: the enterprise user (or the bureau) enters the items, the total and the
domestic part follow from the core (委托外部 at 80 %, 其他费用 ≤ 20 % of the total, 委托境外 not domestic); errors in
Chinese on the field, nothing written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.enterprises.models import YearFigures

pytestmark = pytest.mark.django_db


def test_the_form_offers_every_item(as_user, users, enterprise):
    page = as_user(users["ent_user"]).get(reverse("kc-enterprise", args=[enterprise.pk])).content.decode()
    for name in ("rd_item_personnel", "rd_item_direct", "rd_item_depreciation", "rd_item_amortisation",
                 "rd_item_design", "rd_item_testing", "rd_item_outsourced", "rd_item_outsourced_abroad",
                 "rd_item_other"):
        assert f'name="{name}"' in page
    assert "人员人工费用" in page and "其他费用" in page


def test_the_total_and_domestic_part_follow_from_the_items(as_user, users, enterprise):
    client = as_user(users["ent_user"])
    response = client.post(reverse("kc-enterprise-figures", args=[enterprise.pk]), {
        "year": "2025", "sales_revenue": "3000", "rd_item_personnel": "100", "rd_item_direct": "50万元",
        "rd_item_outsourced": "50", "rd_item_outsourced_abroad": "25", "rd_item_other": "60"}, follow=True)
    assert response.status_code == 200
    row = YearFigures.objects.get(enterprise=enterprise, year=2025)
    # counted: 100 + 50 + 40 + 20 = 210; 其他 at most 20 % of the total: 210 × 0.2 / 0.8 = 52.5
    assert row.rd_expense == pytest.approx(262.5) and row.rd_expense_domestic == pytest.approx(242.5)
    assert row.rd_items == {"personnel": 100, "direct": 50, "outsourced": 50, "outsourced_abroad": 25, "other": 60}
    page = response.content.decode()
    assert "其他费用超过研发费用总额的 20%,按 52.5 万元计入" in page and "262.5" in page


def test_bad_items_and_a_total_that_disagrees_are_refused_on_the_field(as_user, users, enterprise):
    client = as_user(users["bureau"])
    url = reverse("kc-enterprise-figures", args=[enterprise.pk])
    for data, words in (({"rd_item_personnel": "-5"}, "2025 年人员人工费用:不能为负数"),
                        ({"rd_item_design": "很多"}, "2025 年设计费用:"),
                        ({"rd_item_personnel": "100", "rd_expense": "90"},
                         "研发费用已按明细计为 100 万元,与填写的 90 万元不一致"),
                        ({"rd_item_personnel": "100", "rd_expense_domestic": "120"}, "境内研发费用已按明细计为 100 万元")):
        response = client.post(url, {"year": "2025", **data})
        assert response.status_code == 400 and words in response.content.decode(), data
    assert not YearFigures.objects.filter(enterprise=enterprise).exists()
    agreeing = client.post(url, {"year": "2025", "rd_item_personnel": "100", "rd_expense": "100"})
    assert agreeing.status_code == 302
    old = client.post(url, {"year": "2015", "rd_item_personnel": "100"})  # before the 2016 指引: no item rules
    assert old.status_code == 400 and "未编码研发费用归集口径" in old.content.decode()


def test_a_total_typed_without_items_clears_the_old_items(as_user, users, enterprise):
    client = as_user(users["ent_user"])
    url = reverse("kc-enterprise-figures", args=[enterprise.pk])
    client.post(url, {"year": "2025", "rd_item_personnel": "100"})
    client.post(url, {"year": "2025", "rd_expense": "80"})
    row = YearFigures.objects.get(enterprise=enterprise, year=2025)
    assert row.rd_expense == 80 and row.rd_items == {}


def test_the_form_is_filled_with_the_chosen_years_figures_and_items(as_user, users, enterprise):
    client = as_user(users["ent_user"])
    client.post(reverse("kc-enterprise-figures", args=[enterprise.pk]), {
        "year": "2024", "employees": "80", "sales_revenue": "1,500", "rd_item_personnel": "60", "rd_item_design": "5"})
    page = client.get(reverse("kc-enterprise", args=[enterprise.pk]), {"year": "2024"}).content.decode()
    assert 'href="?year=2024#figures-form"' in page
    assert 'name="employees" value="80"' in page and 'name="sales_revenue" value="1500"' in page
    assert 'name="rd_item_personnel" value="60"' in page and 'name="rd_item_design" value="5"' in page
    assert 'name="rd_expense" value=""' in page  # follows from the items
    blank = client.get(reverse("kc-enterprise", args=[enterprise.pk])).content.decode()  # 2025: nothing stored yet
    assert 'name="year" value="2025"' in blank and 'name="employees" value=""' in blank
