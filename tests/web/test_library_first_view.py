"""A library page's first view (a record no one opened since the last write) does each piece of work once: the
region tree is read once per version of the regions table, not three times a request; the demand page marks the
hits' passages the core already found instead of looking for them again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kechuang.web.accounts import regions
from kechuang.web.libraries import index_store
from kechuang.web.transfer import matching
from tests.web.library_fixtures import own_index_store, projects  # noqa: F401  (fixtures)
from tests.web.transfer_fixtures import achievements, demands  # noqa: F401  (fixtures)


def _tree_reads(captured) -> int:
    return sum(1 for q in captured if 'FROM "accounts_region" ORDER BY' in q["sql"])


@pytest.mark.django_db(transaction=True)
def test_the_region_tree_is_read_once_per_version_of_the_regions_table():
    from kechuang.web.accounts.models import Region

    city = Region.objects.create(code="130100", name="石家庄市")
    county = Region.objects.create(code="130126", name="灵寿县", parent=city)
    regions.parents()  # the version renewed by the commits above: read once
    with CaptureQueriesContext(connection) as captured:
        assert index_store.family(county.pk) == [county.pk, city.pk]
        assert index_store.family(city.pk) == [city.pk, county.pk]
        assert regions.below(city.pk) == [county.pk]
    assert _tree_reads(captured) == 0
    town = Region.objects.create(code="130126100", name="灵寿镇", parent=county)  # committed: a new version
    with CaptureQueriesContext(connection) as captured:
        assert index_store.family(city.pk) == [city.pk, county.pk, town.pk]
        assert regions.below(county.pk) == [town.pk]
    assert _tree_reads(captured) == 1


@pytest.mark.django_db
def test_inside_a_transaction_that_wrote_regions_the_tree_is_read_afresh():
    from kechuang.web.accounts.models import Region

    regions.parents()
    city = Region.objects.create(code="130100", name="石家庄市")
    county = Region.objects.create(code="130126", name="灵寿县", parent=city)  # not committed: no new version yet
    assert index_store.family(county.pk) == [county.pk, city.pk]


@pytest.mark.django_db
def test_the_demand_page_marks_the_passages_the_core_found(users, demands, monkeypatch):  # noqa: F811
    """Each shown hit's title and summary are marked from the core's explanation (the same texts): the page looks
    only for the demand's own passages (2 a hit, 4 before), and the marks are those of a fresh look."""
    from kechuang.matching.explain import common_passages

    calls = []

    def counted(query, text, *args, **kwargs):
        calls.append(text)
        return common_passages(query, text, *args, **kwargs)

    monkeypatch.setattr(matching, "common_passages", counted)
    hits = matching.matches_for_demand(users["bureau"], demands["own"])
    query = matching.demand_record(demands["own"])
    assert hits and len(calls) == 2 * len(hits)
    for hit in hits:
        rec = hit.record
        text = f"{query.title}\n{query.summary}"
        assert hit.title_html == matching.marked(rec.title, common_passages(text, rec.title))
        assert hit.text_html == matching.marked(rec.summary, common_passages(text, rec.summary))


@pytest.mark.django_db
@pytest.mark.usefixtures("own_index_store")
def test_a_project_is_read_once_and_its_visibility_decided_from_it(users, projects):  # noqa: F811
    """``project_for_user`` decides from the row it read what ``projects_visible`` decides by a second query: the
    same answer for every role and every project, and one query of the projects table."""
    from django.http import Http404

    from kechuang.web.libraries.access import project_for_user, projects_visible

    for user in users.values():
        for project in projects.values():
            visible = projects_visible(user).filter(pk=project.pk).exists()
            with CaptureQueriesContext(connection) as captured:
                try:
                    found = project_for_user(user, project.pk)
                except Http404:
                    found = None
            assert (found is not None) == visible, (user.username, project.title)
            assert sum(1 for q in captured if 'FROM "libraries_project"' in q["sql"]) == 1


def _version_reads(captured) -> int:
    return sum(1 for q in captured if 'FROM "libraries_indexversion"' in q["sql"])


@pytest.mark.django_db
@pytest.mark.usefixtures("own_index_store")
def test_a_first_view_reads_the_index_versions_once(client, users, projects, demands):  # noqa: F811
    """The cached block's key and the index come from one read of the versions (two before; the demand page's
    matches were cached a second time under their own key: four)."""
    from kechuang.web.libraries.index_store import index_for
    from kechuang.web.libraries.records import LIBRARY
    from kechuang.web.transfer.records import ACHIEVEMENTS

    index_for(LIBRARY, projects["original"].region_id), index_for(ACHIEVEMENTS)  # in memory, as a worker has them
    client.force_login(users["bureau"])
    for url in (f"/libraries/projects/{projects['original'].pk}/", f"/transfer/demands/{demands['own'].pk}/"):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert _version_reads(captured) == 1, url


HIT_TEMPLATE = (  # kechuang/transfer/_hit.html as it was, the spec of page_blocks.hit_html
    '<li class="match" data-score="{{ h.score|floatformat:3 }}">\n'
    '<p><b>{% if h.url %}<a href="{{ h.url }}">{{ h.title_html }}</a>{% else %}{{ h.title_html }}{% endif %}</b> <small>{{ h.kind_label }}</small>\n'
    '{% if h.obj.is_demo %}<small class="demo">示例数据</small>{% endif %} · 综合得分 <b>{{ h.score|floatformat:2 }}</b></p>\n'
    '{% if h.text_html %}<p class="excerpt">{{ h.text_html }}</p>{% endif %}\n'
    '<p class="why">匹配理由:{% if h.shared_terms %}共同词语 {% for t in h.shared_terms %}<mark>{{ t }}</mark>{% if not forloop.last %}、{% endif %}{% endfor %}{% else %}无共同词语{% endif %}{% if h.shared_fields %};相同技术领域 {{ h.shared_fields|join:"、" }}{% endif %}{% if h.shared_concepts %};同属行业 {{ h.shared_concepts|join:"、" }}{% endif %}</p>\n'
    '<table class="grid compact parts"><tr>{% for p in h.parts %}<th>{{ p.label }}</th>{% endfor %}</tr>\n'
    '<tr>{% for p in h.parts %}<td>+{{ p.value|floatformat:2 }}<br><small>{{ p.detail }}</small></td>{% endfor %}</tr></table>\n'
    '<details><summary>在{{ source_label }}中的对应文字</summary><p><b>{{ h.query_title }}</b></p><p class="excerpt">{{ h.query_text }}</p></details>\n'
    '</li>\n'
)


@pytest.mark.django_db
def test_a_hit_is_rendered_as_its_template_rendered_it(users, achievements, demands):  # noqa: F811
    """Every hit of a demand and of an achievement, with user text holding HTML and a demo record among them,
    gives the markup the template gave, byte for byte."""
    from dataclasses import replace

    from django.template import Context, Template

    from kechuang.web.transfer import page_blocks

    spec = Template(HIT_TEMPLATE)
    hits = matching.matches_for_demand(users["bureau"], demands["own"])
    hits += matching.demands_for_achievement(users["bureau"], achievements["a0"])
    assert len(hits) >= 2
    odd = replace(hits[0], title="<b>标题</b>", title_html="<i>未标记</i>", url="", kind_label="成果&专利",
                  shared_terms=[], shared_fields=["<x>", "农业"], shared_concepts=["茶叶"], text_html="")
    odd.obj.is_demo = True
    for hit in [*hits, odd]:
        for label in ("需求", "成果"):
            assert page_blocks.hit_html(hit, label) == spec.render(Context({"h": hit, "source_label": label}))


@pytest.mark.django_db(transaction=True)
def test_a_tree_changed_without_a_new_version_is_read_again_after_its_ttl(monkeypatch):
    """A bulk write that did not renew the table's version (no ``keyset.touch``) shows after ``TREE_TTL``."""
    from kechuang.web.accounts.models import Region

    city = Region.objects.create(code="130100", name="石家庄市")
    regions.parents()
    county = Region.objects.bulk_create([Region(code="130126", name="灵寿县", parent=city)])[0]
    assert regions.below(city.pk) == []  # the version held: not yet
    monkeypatch.setattr(regions, "TREE_TTL", 0.0)
    assert regions.below(city.pk) == [county.pk]
