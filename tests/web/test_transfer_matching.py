"""Matching in the transfer libraries: a demand's achievements explained (shared terms, both texts highlighted,
HTML escaped, score parts in Chinese), the reverse, people from the talent library's records, query bounds."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.matching import Record
from kechuang.web.transfer import matching
from kechuang.web.transfer.services import DemandInput, demand_create
from tests.web.transfer_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_a_demand_finds_the_achievement_that_answers_it_with_reasons(users, demands, achievements):
    hits = matching.matches_for_demand(users["bureau"], demands["own"])
    assert hits[0].obj == achievements["a0"]  # 菌渣 → 食用菌菌渣制备育苗基质技术
    top = hits[0]
    assert "食用菌" in top.shared_terms
    assert top.shared_fields == ["农业", "资源综合利用"]
    assert top.shared_concepts == ["食用菌"]  # the industry class both name (kechuang.matching.concepts)
    parts = {p.label: p for p in top.parts}
    assert list(parts) == ["文本相关度", "技术领域一致", "同一地区", "成熟度匹配", "预算匹配"]
    assert parts["文本相关度"].value == 1.0  # the best of the list
    assert parts["技术领域一致"].value == pytest.approx(0.15)
    assert parts["成熟度匹配"].detail == "成果 7 级,需求至少 6 级" and parts["成熟度匹配"].value == pytest.approx(0.10)
    assert parts["预算匹配"].detail == "报价 30 万元,预算 50 万元"
    assert top.score == pytest.approx(sum(p.value for p in top.parts))
    assert "<mark>食用菌菌渣" in str(top.title_html)  # in the achievement's text
    assert "<mark>" in str(top.query_title) and "<mark>" in str(top.query_text)  # and in the demand's
    # another region's achievement (金塔县) is never shown to 灵寿县's bureau
    assert achievements["far"] not in [h.obj for h in hits]


def test_html_in_user_text_is_escaped_before_the_marks(users, achievements):
    demand = demand_create(users["ent_user"], DemandInput(
        title="<script>alert(1)</script>菌渣育苗基质", problem="<b>菌渣</b>利用", fields="农业"))
    hits = matching.matches_for_demand(users["bureau"], demand)
    query_title = str(hits[0].query_title)
    assert "<script>" not in query_title and "&lt;script&gt;" in query_title
    assert "<b>" not in str(hits[0].query_text) and "&lt;b&gt;" in str(hits[0].query_text)
    page = _client_page(users, demand)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _client_page(users, demand) -> str:
    from django.test import Client

    client = Client()
    client.force_login(users["bureau"])
    return client.get(reverse("kc-transfer-demand", args=[demand.pk])).content.decode("utf-8")


def test_the_demand_page_shows_the_matches_and_their_parts(client, users, demands, achievements):
    client.force_login(users["ent_user"])
    body = client.get(reverse("kc-transfer-demand", args=[demands["own"].pk])).content.decode("utf-8")
    assert "食用菌菌渣制备育苗基质技术" in body.replace("<mark>", "").replace("</mark>", "")
    for label in ("文本相关度", "技术领域一致", "成熟度匹配", "预算匹配", "匹配理由"):
        assert label in body
    assert "登记对接" not in body  # an enterprise user does not record 对接


def test_the_reverse_lists_only_demands_the_user_may_see(users, demands, achievements):
    basalt = achievements["a1"]
    bureau = [h.obj for h in matching.demands_for_achievement(users["bureau"], basalt)]
    assert bureau[0] == demands["other"]
    ent = [h.obj for h in matching.demands_for_achievement(users["ent_user"], basalt)]
    assert demands["other"] not in ent  # another enterprise's demand stays hidden


def test_an_edit_rebuilds_the_index(users, demands, achievements):
    from kechuang.web.transfer.services import AchievementInput, achievement_update

    assert matching.matches_for_demand(users["bureau"], demands["other"])[0].obj == achievements["a1"]
    achievement_update(users["bureau"], achievements["a2"], AchievementInput(
        title="玄武岩纤维复合材料模压成型技术", holder="河北省农林科学院", holder_kind="institute",
        summary="玄武岩纤维复合材料模压成型工艺。", fields="新材料"))
    titles = [h.obj.title for h in matching.matches_for_demand(users["bureau"], demands["other"])]
    assert titles[0] == "玄武岩纤维复合材料模压成型技术"


def test_experts_and_specialists_from_the_talent_library(monkeypatch, users, demands):
    """The talent library (lib-people) gives Records through ``match_records(region)``; until it is merged the
    records here stand in for it."""
    people = [Record(id="t1", title="食用菌栽培与菌渣综合利用", summary="研究食用菌菌渣基质化利用", fields=("农业",),
                     extra={"kind": "specialist", "url": "/talents/1/"}),
              Record(id="t2", title="工业机器人控制", summary="伺服控制", fields=("智能制造",),
                     extra={"kind": "talent", "url": "/talents/2/"})]
    monkeypatch.setattr(matching, "people_records", lambda region: people)
    hits = matching.people_for_demand(demands["own"])
    assert [h.record.id for h in hits] == ["t1"]
    assert hits[0].kind_label == "科技特派员" and hits[0].url == "/talents/1/"
    assert "食用菌" in hits[0].shared_terms
    assert {p.label: p.value for p in hits[0].parts}["同一地区"] > 0  # the people of the demand's region


@pytest.mark.parametrize(("query", "code"), [("菌" * 10_000, "KC-MATCH-TOO-LONG"), ("的 了 和 关于", "KC-MATCH-STOPWORDS"),
                                              ("   ", "KC-MATCH-EMPTY")])
def test_query_bounds(client, users, achievements, query, code):
    with pytest.raises(KechuangError) as err:
        matching.search_achievements(users["bureau"], query)
    assert err.value.code == code
    client.force_login(users["bureau"])
    response = client.get(reverse("kc-transfer-achievements"), {"need": query})
    assert response.status_code == 400
    assert err.value.message_zh in response.content.decode("utf-8")


def test_a_free_text_need_finds_achievements(client, users, achievements):
    client.force_login(users["ent_user"])
    response = client.get(reverse("kc-transfer-achievements"), {"need": "苹果病虫害防治"})
    assert response.status_code == 200
    assert response.context["found"][0].record.extra["pk"] == achievements["a2"].pk


def test_search_hits_for_the_search_box(users, demands, achievements):
    from kechuang.web.transfer.selectors import search_hits

    hits = search_hits(users["ent_user"], "菌渣", 5)
    kinds = {h["kind"] for h in hits}
    assert kinds == {"科技成果", "技术需求"}
    assert all(set(h) == {"kind", "title", "snippet", "url", "score"} for h in hits)
    assert all(h["title"] != "玄武岩纤维复合材料成型" for h in hits)
    assert search_hits(users["evaluator"], "菌渣", 5) == []


def test_a_row_gone_since_the_index_was_built_is_not_shown(users, demands, achievements):
    from kechuang.web.transfer.models import Docking

    assert matching.matches_for_demand(users["bureau"], demands["own"])[0].obj == achievements["a0"]
    Docking.objects.all().delete()
    achievements["a0"].delete()  # no page deletes one; a database restored from an older backup might lack it
    hits = matching.matches_for_demand(users["bureau"], demands["own"])
    assert achievements["a0"].pk not in [h.obj.pk for h in hits]


@pytest.mark.django_db(transaction=True)  # committed writes renew the talent table's version
def test_the_peoples_index_is_kept_until_a_talent_is_written(users, demands):
    """It was built (every talent segmented) on each demand page; now once, and again after a committed write."""
    from datetime import date

    from kechuang.web.talents.models import Talent

    region = demands["own"].region

    def expert(name, fields, expertise):
        Talent.objects.create(region=region, name=name, categories=",expert,", title="高级工程师", fields=fields,
                              expertise=expertise, entered_on=date(2026, 1, 5))

    expert("张工", "农业", "食用菌菌渣基质化利用与育苗")
    expert("王工", "智能制造", "工业机器人伺服控制")
    expert("赵工", "电子信息", "嵌入式软件与物联网网关")
    first = matching.people_index(region)
    assert first is not None and matching.people_index(region) is first
    assert [h.record.extra["name"] for h in matching.people_for_demand(demands["own"])] == ["张工"]
    expert("李工", "农业", "菌渣育苗基质配方,食用菌菌渣利用")
    assert matching.people_index(region) is not first
    assert {h.record.extra["name"] for h in matching.people_for_demand(demands["own"])} == {"张工", "李工"}


@pytest.mark.django_db(transaction=True)
def test_threads_asking_for_a_missing_people_index_build_it_once(users, demands, monkeypatch):
    """Four threads of a worker asking at once for the people's index (after a talent write) waited for one build;
    they built it four times at once, each slower for the others, past the requests' timeouts."""
    import threading
    import time
    from datetime import date

    from django.db import connection

    from kechuang.web.talents.models import Talent

    region = demands["own"].region
    Talent.objects.create(region=region, name="张工", categories=",expert,", title="高级工程师", fields="农业",
                          expertise="食用菌菌渣基质化利用与育苗", entered_on=date(2026, 1, 5))
    real, builds = matching.people_records, []

    def slow(region):
        builds.append(1)
        time.sleep(0.3)  # a large region's segmentation
        return real(region)

    monkeypatch.setattr(matching, "people_records", slow)
    found = []

    def ask():
        try:
            found.append(matching.people_index(region))
        finally:
            connection.close()

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    assert len(found) == 4 and found[0] is not None and all(f is found[0] for f in found)
