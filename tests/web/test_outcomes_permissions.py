"""Review of issue 13's permissions: an enterprise user (role ``enterprise``) of a county sees none of the outcome
pages or data (indicator catalog, observations, monitoring, cockpit, evaluation results or rankings), by page or
through the API; and the one "region A is within region B" test answers for every level."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.accounts.permissions import region_lineage_ids, region_within
from kechuang.web.evaluation.models import Run
from kechuang.web.indicators.models import Indicator
from kechuang.web.indicators.selectors import readable_regions
from kechuang.web.indicators.services import observation_record
from tests.web import test_api
from tests.web.conftest import make_user
from tests.web.evaluation_data import finished_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    return test_api.api.__wrapped__(client)


@pytest.fixture
def enterprise(county):
    return make_user("enterprise", "enterprise", county)


def test_region_within_is_one_walk_up_the_parent_links(county, other_county):
    city, province = county.parent, county.parent.parent
    assert region_lineage_ids(county.pk) == [county.pk, city.pk, province.pk]
    assert region_within(county.pk, county.pk) and region_within(county.pk, province.pk)
    assert not region_within(province.pk, county.pk) and not region_within(other_county.pk, province.pk)
    assert not region_within(county.pk, None) and not region_within(None, province.pk)


def test_an_enterprise_user_reads_no_observations(api, users, county, enterprise):
    ind = Indicator.objects.get(code="hitech_enterprises")
    obs, _ = observation_record(county, ind, 2023, 38, source_kind="manual")
    assert readable_regions(enterprise) == []
    status, body = api(enterprise, "get", "/observations")
    assert status == 200 and body == []
    assert api(enterprise, "get", f"/observations/{obs.pk}")[0] == 404
    assert api(enterprise, "get", "/observations?region=130126")[0] == 404
    assert api(enterprise, "get", "/indicators")[1] == []
    assert api(enterprise, "get", f"/indicators/{ind.pk}")[0] == 404


def test_an_enterprise_user_sees_none_of_the_outcome_pages(as_user, users, county, enterprise):
    ind = Indicator.objects.get(code="hitech_enterprises")
    client = as_user(enterprise)
    for url in (reverse("kc-indicators"), reverse("kc-indicator", args=[ind.pk]), reverse("kc-indicator-template"),
                reverse("kc-indicator-import"), reverse("kc-indicator-entry"), reverse("kc-dashboard"),
                reverse("kc-region-data", args=[county.pk]), reverse("kc-my-evaluation"),
                reverse("kc-evaluations")):
        assert client.get(url).status_code in (403, 404), url
    nav = client.get(reverse("kc-home"), follow=True).content.decode()
    assert reverse("kc-indicators") not in nav and reverse("kc-dashboard") not in nav


def test_a_published_ranking_is_not_shown_to_an_enterprise_user(as_user, users, county, enterprise):
    run = finished_run(users["evaluator"], county)
    Run.objects.filter(pk=run.pk).update(published_at=run.finished_at)
    url = reverse("kc-evaluation-ranking", args=[run.pk])
    assert as_user(users["bureau"]).get(url).status_code == 200
    assert as_user(enterprise).get(url).status_code == 404
    assert as_user(enterprise).get(f"/api/v1/evaluations/{run.pk}/ranking").status_code in (401, 403, 404)
