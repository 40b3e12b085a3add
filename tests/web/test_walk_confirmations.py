"""The faults of a walk through the demo's pages (2026-12-02, every POST form of the bureau, a lead department, an
enterprise, a 特派员, an expert and a leader sent as it stands and with malformed values): an alias added on the
departments page went back to the page with no word; an empty year of the batch check read “年度应为数字,如
2025:” with nothing after the colon."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import department

pytestmark = pytest.mark.django_db


def test_an_alias_added_on_the_departments_page_is_confirmed(client, users, county):
    township = department(county, "灵寿镇人民政府")
    client.force_login(users["bureau"])
    url = reverse("kc-department-alias", args=[township.pk])
    page = client.post(url, {"alias": " 灵寿镇政府 "}, follow=True).content.decode()
    assert "已为“灵寿镇人民政府”添加别名“灵寿镇政府”" in page
    page = client.post(url, {"alias": "灵寿镇政府"}, follow=True).content.decode()
    assert "“灵寿镇政府”已是“灵寿镇人民政府”的名称或别名,未重复添加" in page
    township.refresh_from_db()
    assert township.aliases == ["灵寿镇政府"]


@pytest.mark.parametrize(("year", "words"), [("", "请填写要查重的年度,如 2025"), ("abc", "年度“abc”应为数字,如 2025")],
                         ids=["empty", "letters"])
def test_the_batch_check_names_an_empty_or_malformed_year(client, users, year, words):
    client.force_login(users["bureau"])
    response = client.post(reverse("kc-project-batches"), {"year": year})
    assert response.status_code == 400 and words in response.content.decode()
