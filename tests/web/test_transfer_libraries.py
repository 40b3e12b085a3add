"""The demand and achievement libraries: who may enter what, region and below for the bureau, bad input named by
field with nothing written, lists filtered and paginated, history of edits."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.web.history.models import Change
from kechuang.web.transfer import access
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.transfer.services import (
    AchievementInput,
    DemandInput,
    achievement_create,
    demand_create,
    demand_update,
)
from tests.web.conftest import make_user
from tests.web.transfer_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_an_enterprise_user_enters_demands_of_its_own_enterprise_only(client, users, enterprise):
    other = users["other_ent"].profile.enterprise
    with pytest.raises(KechuangError) as err:
        demand_create(users["ent_user"], DemandInput(title="需求", problem="描述", enterprise_id=other.pk))
    assert err.value.code == "KC-WEB-FORBIDDEN"
    client.force_login(users["ent_user"])
    response = client.post(reverse("kc-transfer-demand-new"), {"title": "新型肥料配方", "problem": "需要配方",
                                                               "enterprise": other.pk})
    assert response.status_code == 403
    response = client.post(reverse("kc-transfer-demand-new"), {"title": "新型肥料配方", "problem": "需要配方"})
    assert response.status_code == 302
    assert Demand.objects.get().enterprise == enterprise


def test_the_city_bureau_sees_its_counties_and_the_county_bureau_not_its_neighbour(users, county, demands):
    city = make_user("city_bureau", "bureau", county.parent)
    assert demands["own"] in access.demands_visible(city)
    assert not access.demands_visible(users["other_bureau"]).exists()
    assert access.can_manage(city, county.pk) and not access.can_manage(users["bureau"], county.parent_id)


def test_department_staff_and_leaders_read_only(client, users, demands):
    for who in ("lead", "leader"):
        client.force_login(users[who])
        assert client.get(reverse("kc-transfer-demand", args=[demands["own"].pk])).status_code == 200
        assert client.get(reverse("kc-transfer-demand-edit", args=[demands["own"].pk])).status_code == 403
        with pytest.raises(KechuangError):
            demand_update(users[who], demands["own"], DemandInput(title="改", problem="改"))


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"problem": "问" * 50_000}, "problem", "需求描述过长(50000 字,最多 5000 字)"),
    ({"title": ""}, "title", "请填写需求名称"),
    ({"budget": "abc"}, "budget", "预算“abc”不是金额"),
    ({"maturity": "12"}, "maturity", "技术成熟度“12”应为 1–9"),
    ({"deadline": "2026/13/40"}, "deadline", "截止日期“2026/13/40”不是日期"),
])
def test_bad_demand_input_is_named_and_nothing_is_written(users, values, field, words):
    data = {"title": "需求", "problem": "描述", **values}
    with pytest.raises(KechuangError) as err:
        demand_create(users["ent_user"], DemandInput(**data))
    assert err.value.context["field"] == field
    assert words in err.value.message_zh
    assert not Demand.objects.exists()


def test_a_50000_character_summary_is_refused_in_the_form(client, users):
    client.force_login(users["bureau"])
    response = client.post(reverse("kc-transfer-achievement-new"), {
        "title": "成果", "holder": "某大学", "holder_kind": "university", "summary": "摘" * 50_000})
    assert response.status_code == 400
    assert "成果简介过长" in response.content.decode("utf-8")
    assert not Achievement.objects.exists()


def test_achievement_choices_by_key_or_name(users, county):
    made = achievement_create(users["bureau"], county, AchievementInput(
        title="成果", holder="某研究所", holder_kind="科研院所", summary="简介", modes=["许可", "joint", "许可"],
        maturity="7级", price="1,234.5万元"))
    assert (made.holder_kind, made.modes, made.maturity, made.price) == ("institute", ["license", "joint"], 7,
                                                                          1_234_500_000)
    assert made.mode_names() == "许可、合作开发"
    with pytest.raises(KechuangError) as err:
        achievement_create(users["bureau"], county, AchievementInput(title="成果", holder="某", holder_kind="协会",
                                                                     summary="简介"))
    assert "持有方类型“协会”无效" in err.value.message_zh


def test_edits_are_in_the_history_shown_on_the_page(client, users, demands):
    demand_update(users["ent_user"], demands["own"], DemandInput(
        title="食用菌菌渣资源化利用", problem="新描述", fields="农业", budget="60", maturity="6"))
    change = Change.objects.filter(kind="tech_demand", object_id=demands["own"].pk, action="update").get()
    assert change.after == {"problem": "新描述", "fields": "农业", "budget": "60"}
    client.force_login(users["bureau"])
    body = client.get(reverse("kc-transfer-demand", args=[demands["own"].pk])).content.decode("utf-8")
    assert "技术需求" in body and "新描述" in body


def test_lists_filter_and_paginate(client, users, county, demands, achievements):
    for i in range(55):
        achievement_create(users["bureau"], county, AchievementInput(
            title=f"批量成果{i}", holder="某大学", holder_kind="university", summary="简介", fields="电子信息"))
    client.force_login(users["bureau"])
    page = client.get(reverse("kc-transfer-achievements"), {"field": "电子信息"}).context["page"]
    assert page.count == 55 and len(page.rows) == 50 and page.before is None
    page = client.get(reverse("kc-transfer-achievements"), {"field": "电子信息", "after": page.after}).context["page"]
    assert len(page.rows) == 5 and page.after is None and page.before is not None
    page = client.get(reverse("kc-transfer-achievements"), {"holder_kind": "institute"}).context["page"]
    assert [a["title"] for a in page] == ["苹果园病虫害绿色防控技术"]  # plain values (list_rows)
    page = client.get(reverse("kc-transfer-demands"), {"q": "玄武岩"}).context["page"]
    assert [d.title for d in page] == ["玄武岩纤维复合材料成型"]
    client.force_login(users["ent_user"])
    page = client.get(reverse("kc-transfer-demands")).context["page"]
    assert [d.title for d in page] == ["食用菌菌渣资源化利用"]  # its own enterprise's only


def test_the_contact_is_masked_for_readers_outside_the_bureau_and_the_enterprise(client, users, enterprise):
    demand = demand_create(users["ent_user"], DemandInput(title="需求", problem="描述", contact="张建国 13812345678"))
    shown = {}
    for who in ("bureau", "ent_user", "leader", "lead"):
        client.force_login(users[who])
        page = client.get(reverse("kc-transfer-demand", args=[demand.pk]))
        shown[who] = page.context["contact"]
        assert ("13812345678" in page.content.decode("utf-8")) == (who in ("bureau", "ent_user"))
    assert shown == {"bureau": "张建国 13812345678", "ent_user": "张建国 13812345678", "leader": "张** *******5678",
                     "lead": "张** *******5678"}
