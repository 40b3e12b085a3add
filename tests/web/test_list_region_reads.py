"""The demand, achievement and talent lists read the user's regions from the region tree cached per version of the
regions table (``accounts.regions.parents``), and the bureau's own region from the profile read with the user: on
PostgreSQL every statement is a round trip to another process, and these lists made one to three region queries
a request (``benchmarks/explain_library_lists.py``)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db(transaction=True)  # the tree's version is renewed when a write commits


@pytest.mark.parametrize("path", ["/transfer/demands/", "/transfer/achievements/", "/talents/"])
def test_a_list_reads_no_region_once_the_tree_is_read(as_user, users, county, path):
    from kechuang.web.accounts.models import Region

    town = Region.objects.create(code="130126100", name="灵寿镇", level="town", parent=county)
    client = as_user(users["bureau"])
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert [q["sql"] for q in queries if 'FROM "accounts_region"' in q["sql"]] == []
    from kechuang.web.talents.access import scoped
    from kechuang.web.talents.models import Talent
    from kechuang.web.transfer.access import region_ids

    assert set(region_ids(users["bureau"])) == {county.pk, town.pk}  # the region and the one below it, as before
    assert f"IN ({county.pk}, {town.pk})" in str(scoped(users["bureau"], Talent.objects.all()).query).replace(
        f"IN ({town.pk}, {county.pk})", f"IN ({county.pk}, {town.pk})")
