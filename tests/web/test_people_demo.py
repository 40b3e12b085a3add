"""The 人才库, 特派员 and 载体 demo of 灵寿县: marked 示例, the sizes the issue asks for, real photos, a 特派员 login
that lands on its own page, counts fed, created once."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_the_people_demo_is_marked_sized_and_created_once(client, users, county, other_county,
                                                          django_capture_on_commit_callbacks):
    from kechuang.web.carriers.models import Carrier
    from kechuang.web.demo import users_for
    from kechuang.web.enterprises.demo import demo_enterprises
    from kechuang.web.indicators.models import Observation
    from kechuang.web.talents.demo import demo_people
    from kechuang.web.talents.models import Assignment, ServiceLog, ServicePhoto, SpecialistEvaluation, Talent
    from kechuang.web.talents.photos import Photo, photo_checked

    users_for(county, "x", [])
    demo_enterprises("x")
    with django_capture_on_commit_callbacks(execute=True):
        logins = demo_people("x")
    assert [login.username for login in logins] == ["lingshou-tpy"]
    talents = Talent.objects.filter(region=county, is_demo=True)
    assert talents.count() == 40 and all("示例" in t.name for t in talents)
    specialists = talents.filter(categories__contains=",specialist,")
    assert specialists.count() == 10
    assert Assignment.objects.filter(specialist__in=specialists).values("specialist").distinct().count() == 10
    assert ServiceLog.objects.filter(specialist__in=specialists, is_demo=True).count() >= 30
    photo = ServicePhoto.objects.first()
    assert photo_checked(Photo(photo.name, photo.file.read())).content_type == "image/png"
    assert SpecialistEvaluation.objects.filter(specialist__in=specialists).exists()
    carriers = Carrier.objects.filter(region=county, is_demo=True)
    assert carriers.count() == 25 and carriers.filter(status="revoked").count() == 1
    assert Observation.objects.filter(region=county, indicator__code="tech_commissioners", is_current=True,
                                      value=10).exists()
    assert Observation.objects.filter(region=county, indicator__code="makerspaces", is_current=True).exists()
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="lingshou-tpy"))
    assert client.get("/", follow=True).request["PATH_INFO"] == "/talents/mine/"
    demo_people("x")
    assert Talent.objects.filter(region=county, is_demo=True).count() == 40
    assert Carrier.objects.filter(region=county, is_demo=True).count() == 25
