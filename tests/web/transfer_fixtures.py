"""Fixtures of the transfer tests: demands of the two enterprises of tests/web/conftest.py ("ent_user" keeps
灵寿县甲科技有限公司, "other_ent" 灵寿县乙材料有限公司), achievements of 灵寿县 and of 金塔县, and a 对接.
``transfer_world`` builds them for test_views (which cannot take fixtures per case)."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 21)  # KECHUANG_TODAY of the suite
ACHIEVEMENTS = [
    ("食用菌菌渣制备育苗基质技术", "河北农业大学", "university",
     "以食用菌菌渣为主料,经好氧发酵制备蔬菜育苗基质,降低育苗成本,菌渣资源化利用。", "农业、资源综合利用", 7, "30"),
    ("高强度玄武岩纤维连续拉丝工艺", "河北工业大学", "university",
     "玄武岩矿石熔融后连续拉丝,纤维强度高,用于复合材料和建材增强。", "新材料", 6, "120"),
    ("苹果园病虫害绿色防控技术", "河北省农林科学院", "institute",
     "利用性诱剂和生物农药防控苹果园主要病虫害,减少化学农药使用。", "农业", 8, None),
]


def build_achievements(bureau, county, other_bureau=None, other_county=None) -> dict:
    from kechuang.web.transfer.services import AchievementInput, achievement_create

    out = {}
    for i, (title, holder, kind, summary, fields, maturity, price) in enumerate(ACHIEVEMENTS):
        out[f"a{i}"] = achievement_create(bureau, county, AchievementInput(
            title=title, holder=holder, holder_kind=kind, summary=summary, fields=fields, maturity=maturity,
            price=price or "", modes=["license", "joint"]))
    if other_bureau is not None:
        out["far"] = achievement_create(other_bureau, other_county, AchievementInput(
            title="菌渣有机肥发酵工艺", holder="甘肃农业大学", holder_kind="university",
            summary="食用菌菌渣发酵制有机肥。", fields="农业"))
    return out


def build_demands(users: dict) -> dict:
    from kechuang.web.transfer.services import DemandInput, demand_create

    own = demand_create(users["ent_user"], DemandInput(
        title="食用菌菌渣资源化利用", problem="每年产生菌渣约2万吨,需要制备育苗基质或有机肥的低成本工艺。",
        fields="农业、资源综合利用", budget="50", maturity="6"))
    other = demand_create(users["other_ent"], DemandInput(
        title="玄武岩纤维复合材料成型", problem="需要玄武岩纤维增强复合材料的成型工艺。", fields="新材料", budget="100"))
    return {"own": own, "other": other}


def build_docking(bureau, demand, achievement, **extra):
    from kechuang.web.transfer.dockings import DockingInput, docking_record

    values = {"partner_kind": "achievement", "achievement_id": achievement.pk, "held_on": "2026-10-15",
              "form": "meeting", "outcome": "intent", **extra}
    return docking_record(bureau, demand, DockingInput(**values))


@pytest.fixture(autouse=True)
def fresh_transfer_indexes(monkeypatch):
    """Each test's database starts again: no index kept from another test's rows."""
    from kechuang.web.libraries.index_store import forget

    forget()


@pytest.fixture
def achievements(users, county, other_county):
    return build_achievements(users["bureau"], county, users["other_bureau"], other_county)


@pytest.fixture
def demands(users, achievements):
    return build_demands(users)


def transfer_world(request) -> dict:
    world = getattr(request.node, "_transfer_world", None)
    if world is None:
        users = request.getfixturevalue("users")
        made = build_achievements(users["bureau"], request.getfixturevalue("county"), users["other_bureau"],
                                  request.getfixturevalue("other_county"))
        dem = build_demands(users)
        from kechuang.web.supervision.services import Evidence
        from kechuang.web.transfer.dockings import DockingInput, docking_record

        with request.getfixturevalue("django_capture_on_commit_callbacks")(execute=True):  # files moved into place
            docking = docking_record(users["bureau"], dem["own"], DockingInput(
                partner_kind="achievement", achievement_id=made["a0"].pk, held_on="2026-10-15", form="meeting",
                outcome="intent", files=[Evidence("纪要.pdf", b"%PDF-1.4 minutes")]))
        world = {"achievement": made["a0"], "far_achievement": made["far"], "demand": dem["own"],
                 "other_demand": dem["other"], "docking": docking, "docking_file": docking.files.first()}
        request.node._transfer_world = world
    return world


# tests/web/test_views.py CASES of the transfer pages: name, method, source, post data, {user: status}.
TRANSFER_SOURCES = ("tr_demand", "tr_other_demand", "tr_achievement", "tr_far_achievement", "tr_docking",
                    "tr_docking_file", "tr_library")
TRANSFER_FORMS = ("kc-transfer-demand-new", "kc-transfer-achievement-new", "kc-transfer-demand-edit",
                  "kc-transfer-achievement-edit", "kc-transfer-docking-edit", "kc-transfer-import")
_DEMAND_POST = {"title": "新需求", "problem": "描述", "fields": "农业"}
_DOCKING_POST = {"partner_kind": "expert", "partner_name": "张教授", "held_on": "2026-11-01", "form": "online",
                 "outcome": "intent"}
TRANSFER_CASES = [
    ("kc-transfer", "get", None, None, {"bureau": 302, "ent_user": 302, "evaluator": 403, "anon": 302}),
    ("kc-transfer-demands", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 200,
                                                "admin": 200, "evaluator": 403, "anon": 302}),
    ("kc-transfer-demand-new", "get", None, None, {"bureau": 200, "ent_user": 200, "leader": 403, "lead": 403,
                                                   "anon": 302}),
    ("kc-transfer-demand-new", "post", None, _DEMAND_POST, {"ent_user": 302, "leader": 403, "lead": 403,
                                                            "bureau": 400}),
    ("kc-transfer-demand", "get", "tr_demand", None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 200,
                                                      "other_ent": 404, "other_bureau": 404, "anon": 302}),
    ("kc-transfer-demand-edit", "get", "tr_demand", None, {"bureau": 200, "ent_user": 200, "leader": 403,
                                                           "other_ent": 404, "other_bureau": 404}),
    ("kc-transfer-demand-edit", "post", "tr_demand", _DEMAND_POST, {"ent_user": 302, "bureau": 302, "leader": 403,
                                                                    "other_ent": 404, "other_bureau": 404}),
    ("kc-transfer-docking-new", "post", "tr_demand", _DOCKING_POST, {"bureau": 302, "leader": 403, "ent_user": 403,
                                                                     "other_ent": 404, "other_bureau": 404}),
    ("kc-transfer-demands-export", "get", None, None, {"bureau": 200, "ent_user": 200, "evaluator": 403,
                                                       "anon": 302}),
    ("kc-transfer-achievements", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 200,
                                                     "evaluator": 403, "anon": 302}),
    ("kc-transfer-achievement-new", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                        "anon": 302}),
    ("kc-transfer-achievement-new", "post", None, {"title": "新成果"}, {"bureau": 400, "leader": 403,
                                                                       "ent_user": 403}),
    ("kc-transfer-achievement", "get", "tr_achievement", None, {"bureau": 200, "leader": 200, "ent_user": 200,
                                                                "other_bureau": 404, "anon": 302}),
    ("kc-transfer-achievement", "get", "tr_far_achievement", None, {"other_bureau": 200, "bureau": 404,
                                                                    "ent_user": 404}),
    ("kc-transfer-achievement-edit", "get", "tr_achievement", None, {"bureau": 200, "leader": 403,
                                                                     "ent_user": 403, "other_bureau": 404}),
    ("kc-transfer-achievement-edit", "post", "tr_achievement", {"title": ""},
     {"bureau": 400, "leader": 403, "ent_user": 403, "other_bureau": 404}),
    ("kc-transfer-achievements-export", "get", None, None, {"bureau": 200, "leader": 200, "evaluator": 403}),
    ("kc-transfer-dockings", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 200, "evaluator": 403,
                                                 "anon": 302}),
    ("kc-transfer-dockings-export", "get", None, None, {"bureau": 200, "ent_user": 200, "evaluator": 403}),
    ("kc-transfer-docking-edit", "get", "tr_docking", None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                             "other_ent": 404, "other_bureau": 404}),
    ("kc-transfer-docking-edit", "post", "tr_docking", _DOCKING_POST, {"bureau": 302, "leader": 403,
                                                                       "ent_user": 403, "other_bureau": 404}),
    ("kc-transfer-file", "get", "tr_docking_file", None, {"bureau": 200, "leader": 200, "ent_user": 200,
                                                          "other_ent": 404, "other_bureau": 404, "anon": 302}),
    ("kc-transfer-import", "get", "tr_library", None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                       "anon": 302}),
    ("kc-transfer-import", "post", "tr_library", {}, {"bureau": 400, "leader": 403, "ent_user": 403}),
    ("kc-transfer-import-confirm", "post", "tr_library", {"digest": "0" * 64}, {"bureau": 404, "leader": 403,
                                                                               "ent_user": 403}),
    ("kc-transfer-template", "get", "tr_library", None, {"bureau": 200, "leader": 403, "ent_user": 403}),
]


class Library:
    """The import pages take a library name, not an id: ``pk`` is the name (a bad one is a 404)."""

    pk = "achievement"


def transfer_target(request, source):
    if source == "tr_library":
        return Library()
    return transfer_world(request)[source.removeprefix("tr_")]
