"""The library pages' benchmark measures first views: the pages that warm the server's workers up are other
records than those it measures, and the demand pages it opens are distinct and many, so wrk's requests are not
repeats served from the cache (the lead's run of 06:31 measured the warm-up's own 200 demands, cached)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

pytestmark = pytest.mark.django_db


def test_the_warm_up_opens_other_records_than_the_run_measures(county):
    from bench_libraries import write_projects
    from bench_libraries_web import pages_of, write_talents, write_transfer
    from kechuang.web.enterprises.models import Enterprise

    enterprise = Enterprise.objects.create(region=county, name="灵寿县基准科技有限公司", name_key="灵寿县基准科技")
    vocab = write_projects(county, 2500, 100, random.Random(1))  # page 50 of the list needs 2,450
    write_transfer(county, enterprise, 300, random.Random(2))
    write_talents(county, 60)
    pages, warming = pages_of(county, vocab)
    measured = {path for _, paths in pages for path in paths}
    project_pages = dict(pages)["项目页面(局用户,含查重,随机)"]
    demand_pages = dict(pages)["需求页面(前 10 项匹配与理由,随机)"]
    assert {p for p in warming if "/libraries/projects/" in p} and {p for p in warming if "/transfer/demands/" in p}
    assert not set(warming) & measured and set(project_pages) <= measured
    assert len(set(demand_pages)) == len(demand_pages) == 200  # every one distinct: the 300 less the warm-up's 100
