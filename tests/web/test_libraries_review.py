"""Holes found in the review of the library apps (issue 15), each shown by a test that fails without its fix."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.libraries.models import DuplicateReview
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db


def test_an_enterprise_sees_no_other_enterprise_project_through_a_duplicate_review(as_user, users, projects):
    own, other = projects["other2"], projects["other1"]  # 甲科技's project; 乙材料's project
    assert own.enterprise == users["ent_user"].profile.enterprise
    DuplicateReview.objects.create(project=own, other=other, score=0.91, decision=DuplicateReview.NOT_DUPLICATE,
                                   reason="乙材料的研究对象不同", by=users["bureau"])
    url = reverse("kc-project", args=[own.pk])
    body = as_user(users["ent_user"]).get(url).content.decode()
    assert other.title not in body and "乙材料的研究对象不同" not in body
    assert reverse("kc-project", args=[other.pk]) not in body
    bureau = as_user(users["bureau"]).get(url).content.decode()
    assert other.title in bureau and "乙材料的研究对象不同" in bureau  # the bureau still reads its decision
