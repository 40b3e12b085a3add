"""Enterprise pickers: a bounded select of the region's enterprises and a search that finds the others — a form
listed every enterprise of the region (10,000 in the registry's benchmark) as options."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kechuang.web.enterprises.models import Enterprise
from kechuang.web.enterprises.picker import PICK_LIMIT, pick_choices

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(county, other_county):
    Enterprise.objects.bulk_create([Enterprise(region=county, name=f"灵寿县企业{n:03d}有限公司", name_key=f"k{n}")
                                    for n in range(PICK_LIMIT + 20)])
    Enterprise.objects.create(region=other_county, name="金塔县企业有限公司", name_key="jinta")
    return Enterprise.objects.filter(region=county)


def _options(body: str, name: str) -> list[str]:
    select = body.split(f'<select name="{name}"', 1)[1].split("</select>", 1)[0]
    return [v for v in re.findall(r'<option value="([^"]*)"', select) if v]


def test_choices_are_bounded_searchable_and_keep_the_one_chosen(county, many, enterprise):
    assert len(pick_choices(county.pk)) == PICK_LIMIT
    assert [e.name for e in pick_choices(county.pk, q="企业049")] == ["灵寿县企业049有限公司"]
    assert [e.pk for e in pick_choices(county.pk, q=enterprise.uscc[:17])] == [enterprise.pk]  # by credit code
    last = many.order_by("-name").first()
    assert pick_choices(county.pk, selected=last.pk)[0] == last  # the chosen one kept, though past the first page
    assert not [e for e in pick_choices(county.pk, q="金塔") if e.region_id != county.pk]


def test_the_picker_forms_offer_a_bounded_select_and_the_search_box(as_user, users, county, many):
    client = as_user(users["bureau"])
    pages = [(reverse("kc-carrier-new"), "host_enterprise"), (reverse("kc-users"), "enterprise"),
             (reverse("kc-transfer-demand-new"), "enterprise"), (reverse("kc-transfer-achievement-new"), "enterprise")]
    for url, name in pages:
        body = client.get(url).content.decode()
        assert 0 < len(_options(body, name)) <= PICK_LIMIT + 1, url
        assert 'class="pick-q"' in body and reverse("kc-enterprise-pick") in body, url


def test_the_search_answers_the_region_of_the_user_only(as_user, users, county, many):
    url = reverse("kc-enterprise-pick")
    body = as_user(users["bureau"]).get(url, {"q": "企业04"}).json()
    assert [r["name"] for r in body["results"]] == [f"灵寿县企业04{n}有限公司" for n in range(10)]
    assert as_user(users["leader"]).get(url, {"q": "金塔"}).json() == {"results": []}
    assert as_user(users["other_bureau"]).get(url, {"region": county.pk}).status_code == 403
    assert as_user(users["ent_user"]).get(url).status_code == 403
    assert as_user(users["admin"]).get(url, {"region": county.pk, "q": "企业000"}).json()["results"][0]["name"] \
        == "灵寿县企业000有限公司"
