"""The projects library's services: create with the duplicate check, a reason required above the threshold and
recorded on both projects, edits, dated status moves, permissions of the region's family."""

from __future__ import annotations

import pytest

from kechuang.errors import KechuangError
from kechuang.matching.duplicates import THRESHOLD
from kechuang.web.libraries import services
from kechuang.web.libraries.models import DuplicateReview, Project
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.library_fixtures import NEAR, ORIGINAL

pytestmark = pytest.mark.django_db


def test_near_duplicate_needs_a_reason_and_nothing_is_saved(users, county, projects):
    before = Project.objects.count()
    with pytest.raises(services.DuplicateNeedsReason) as caught:
        services.project_create(users["bureau"], county, NEAR)
    assert Project.objects.count() == before
    best = caught.value.suspects[0]
    assert best.project == projects["original"] and best.score >= THRESHOLD
    assert "可能重复立项" in caught.value.message_zh and "理由" in caught.value.message_zh
    assert best.explanation["passages"]["title"], "the matched passages of the earlier title"
    assert "申报单位相同" in best.notes


def test_reason_saves_and_the_review_shows_on_both_projects(users, county, projects):
    saved = services.project_create(users["bureau"], county, NEAR, reason="前期项目已结题,本项目为二期扩大示范")
    review = DuplicateReview.objects.get(project=saved.project)
    assert review.other == projects["original"] and review.decision == "not_duplicate"
    assert review.reason == "前期项目已结题,本项目为二期扩大示范" and review.by == users["bureau"]
    assert projects["original"].reviews_as_other.get() == review


def test_an_unrelated_project_needs_no_reason(users, county, projects):
    saved = services.project_create(users["bureau"], county, {
        "title": "山区苹果矮砧密植栽培技术推广", "applicant": "灵寿县果树站", "year": "2025"})
    assert all(s.score < THRESHOLD for s in saved.suspects)
    assert not saved.reviews


def test_a_project_of_another_county_is_not_compared(users, county, projects):
    suspects = services.checking.check(county.pk, {"title": "戈壁设施农业节水灌溉技术示范", "year": 2025})
    assert projects["far"].pk not in {s.project.pk for s in suspects}


def test_bad_values_name_the_field(users, county):
    with pytest.raises(KechuangError) as caught:
        services.project_create(users["bureau"], county, {**ORIGINAL, "budget": "三十万"})
    assert caught.value.context["field"] == "budget" and "经费" in caught.value.message_zh
    with pytest.raises(KechuangError) as caught:
        services.project_create(users["bureau"], county, {**ORIGINAL, "title": ""})
    assert caught.value.context["field"] == "title"
    with pytest.raises(KechuangError) as caught:
        services.project_create(users["bureau"], county, {**ORIGINAL, "summary": "长" * 50_000})
    assert "5,000" in caught.value.message_zh


def test_status_moves_forward_only_and_is_dated(users, county, projects):
    project = projects["original"]
    with pytest.raises(KechuangError) as caught:
        services.status_move(users["bureau"], project, "approved", "2026-03-01")
    assert "不能早于" in caught.value.message_zh
    services.status_move(users["bureau"], project, "approved", "2026-11-21", "县科技局批复")
    services.status_move(users["bureau"], project, "accepted", "2026-11-21")
    with pytest.raises(KechuangError) as caught:
        services.status_move(users["bureau"], project, "midterm", "2026-11-21")
    assert "只能向后推进" in caught.value.message_zh
    steps = list(project.status_changes.values_list("status", "on"))
    assert [s for s, _ in steps] == ["applied", "approved", "accepted"]
    assert project.status_changes.get(status="approved").note == "县科技局批复"


def test_edit_checks_the_version_and_keeps_history(users, county, projects):
    from kechuang.web.history.models import Change

    project = projects["other0"]
    services.project_update(users["bureau"], project, {**OTHERS_0, "leader": "李四"}, project.version)
    with pytest.raises(KechuangError) as caught:
        services.project_update(users["bureau"], project, OTHERS_0, 1)
    assert caught.value.code == "KC-WEB-CONFLICT"
    assert Change.objects.filter(kind="project", object_id=project.pk, action="update").exists()


OTHERS_0 = {"title": "小麦玉米周年高产栽培技术集成", "summary": "集成小麦玉米周年高产栽培关键技术。",
            "applicant": "灵寿县农业技术推广中心", "applicant_kind": "其他", "year": "2022"}
