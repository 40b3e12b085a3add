"""Fixtures of the 人才库, 科技特派员 and 载体 tests: talents of 灵寿县 (an expert with an ID number and a telephone
number, a 特派员 with a login, an assignment to a listed village), one talent of 金塔县, a carrier hosted by the
"ent_user" enterprise and one by nobody's. ``people_world`` builds them once per test (test_views cannot import
fixtures); ``png`` is a real image made by Pillow."""

from __future__ import annotations

import io
import itertools
from datetime import date

from tests.web.conftest import make_user

TODAY = date(2026, 11, 21)
EXPERT_ID = "11010519491231002X"  # a valid number (python-stdnum's documentation)
EXPERT_PHONE = "13812345678"
_NAMES = itertools.count(1)


def png(width: int = 8, height: int = 6, fmt: str = "PNG", noise: bool = False) -> bytes:
    import random

    from PIL import Image

    out = io.BytesIO()
    if noise:  # does not compress: the file is about 3 bytes a pixel
        image = Image.frombytes("RGB", (width, height), random.Random(1).randbytes(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (40, 120, 60))
    image.save(out, fmt)
    return out.getvalue()


def build_world(users: dict, county, other_county) -> dict:
    from kechuang.web.carriers.services import CarrierInput, carrier_create
    from kechuang.web.talents.services import TalentInput, talent_create
    from kechuang.web.talents.specialists import AssignmentInput, assignment_create, villages_add

    bureau = users["bureau"]
    expert = talent_create(bureau, county, TalentInput(
        name="王建国", categories=["expert", "high_level"], id_number=EXPERT_ID, contact=EXPERT_PHONE,
        title="研究员", affiliation="河北省农林科学院", fields="果树栽培、食用菌", expertise="苹果矮化密植栽培技术",
        entered_on="2025-03-01"), TODAY)
    specialist = talent_create(bureau, county, TalentInput(
        name="李春华", categories=["specialist"], title="高级农艺师", affiliation="灵寿县农业农村局",
        fields="食用菌", expertise="香菇大棚栽培与病害防治", contact="13900001111", entered_on="2025-01-10"), TODAY)
    far = talent_create(users["other_bureau"], other_county, TalentInput(
        name="赵远", categories=["expert"], affiliation="金塔县农技中心", entered_on="2025-01-01"), TODAY)
    villages_add(bureau, county, "灵寿镇 西关村\n灵寿镇 东关村\n青廉乡 青廉村")
    from kechuang.web.talents.models import Village

    village = Village.objects.get(region=county, name="西关村")
    assignment = assignment_create(bureau, specialist, AssignmentInput("village", village_id=village.pk,
                                                                       starts_on="2025-03-01"), TODAY)
    from kechuang.web.accounts.models import Profile

    specialist_user = make_user("specialist", "specialist", county)
    Profile.objects.filter(user=specialist_user).update(talent=specialist)
    specialist_user.refresh_from_db()
    enterprise = users["ent_user"].profile.enterprise
    own_carrier = carrier_create(bureau, county, CarrierInput(
        name="灵寿县甲科技企业技术中心", kind="enterprise_centre", level="provincial", host_enterprise_id=enterprise.pk,
        recognised_on="2024-05-01", document_no="冀工信〔2024〕8号"), TODAY)
    other_carrier = carrier_create(bureau, county, CarrierInput(
        name="灵寿县众创空间", kind="makerspace", level="municipal", host_name="灵寿县科技局",
        recognised_on="2023-09-01"), TODAY)
    return {"users": {**users, "specialist": specialist_user}, "expert": expert, "specialist": specialist,
            "far": far, "assignment": assignment, "village": village, "own_carrier": own_carrier,
            "other_carrier": other_carrier}


def people_world(request) -> dict:
    world = getattr(request.node, "_people_world", None)
    if world is None:
        world = build_world(request.getfixturevalue("users"), request.getfixturevalue("county"),
                            request.getfixturevalue("other_county"))
        request.node._people_world = world
    return world


def log_of(request, world: dict):
    from kechuang.web.talents.photos import Photo
    from kechuang.web.talents.specialists import LogInput, log_create

    with request.getfixturevalue("django_capture_on_commit_callbacks")(execute=True):  # photos moved into place
        return log_create(world["users"]["specialist"], LogInput(
            world["assignment"].pk, "2026-06-01", "西关村大棚", "guidance", "香菇出菇期管理", 12,
            [Photo("大棚.png", png())]), TODAY)


# tests/web/test_views.py CASES of the 人才库, 特派员 and 载体 pages: name, method, source, post data, {user: status}.
PEOPLE_SOURCES = ("talent", "specialist_talent", "service_log", "service_photo", "carrier", "own_carrier",
                  "assignment")
PEOPLE_FORMS = ("kc-talent-new", "kc-talent-edit", "kc-villages", "kc-service-log-new", "kc-carrier-new",
                "kc-carrier-edit", "kc-talents-import", "kc-carriers-import")
_READ = {"bureau": 200, "leader": 200, "lead": 200, "admin": 200, "other_bureau": 404, "ent_user": 404, "anon": 302}
PEOPLE_CASES = [
    ("kc-talents", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "admin": 200, "ent_user": 403,
                                       "evaluator": 403, "anon": 302}),
    ("kc-talent-new", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403, "ent_user": 403}),
    ("kc-talent-new", "post", None, {"name": "新人才", "categories": "expert"}, {"bureau": 302, "leader": 403,
                                                                               "admin": 403, "lead": 403}),
    ("kc-talent", "get", "talent", None, _READ),
    ("kc-talent-edit", "get", "talent", None, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-talent-edit", "post", "talent", {"name": "王建国", "categories": "expert", "version": "1"}, {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-talent-event", "post", "talent", {"kind": "award", "on": "2026-05-01", "text": "获省科技进步奖"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-talent-account", "post", "specialist_talent", {"username": "tpy-new"},
     {"bureau": 200, "leader": 403, "other_bureau": 404}),
    ("kc-talent-assign", "post", "specialist_talent", {"target_kind": "coop", "target_name": "灵寿县青禾合作社",
                                                       "starts_on": "2026-01-01"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-talent-evaluate", "post", "specialist_talent", {"year": "2026", "grade": "pass"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-assignment-end", "post", "assignment", {"ends_on": "2026-11-01"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-talents-import", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403, "anon": 302}),
    ("kc-talents-import-confirm", "post", None, {"digest": "0" * 64}, {"bureau": 404, "leader": 403}),
    ("kc-talents-template", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 403}),
    ("kc-talents-export", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 403}),
    ("kc-specialists", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 403,
                                           "anon": 302}),
    ("kc-villages", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 403}),
    ("kc-villages", "post", None, {"villages": "南燕川乡 南燕川村"}, {"bureau": 302, "leader": 403, "lead": 403}),
    ("kc-service-logs", "get", None, None, {"bureau": 200, "leader": 200, "specialist": 200, "ent_user": 403}),
    ("kc-service-logs-export", "get", None, None, {"bureau": 200, "specialist": 200, "ent_user": 403}),
    ("kc-service-log-new", "get", None, None, {"specialist": 200, "bureau": 200, "leader": 403, "lead": 403}),
    ("kc-service-log-new", "post", None, {"on": "2026-06-01"}, {"specialist": 400, "leader": 403}),
    ("kc-service-log", "get", "service_log", None, {"bureau": 200, "leader": 200, "specialist": 200,
                                                    "other_bureau": 404, "ent_user": 404}),
    ("kc-service-photo", "get", "service_photo", None, {"bureau": 200, "specialist": 200, "other_bureau": 404,
                                                        "anon": 302}),
    ("kc-my-services", "get", None, None, {"specialist": 200, "bureau": 403, "anon": 302}),
    ("kc-carriers", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 200,
                                        "evaluator": 403, "anon": 302}),
    ("kc-carrier-new", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403}),
    ("kc-carrier-new", "post", None, {"name": "新平台", "kind": "incubator", "level": "county",
                                      "host_name": "灵寿县科技局", "recognised_on": "2026-01-05"},
     {"bureau": 302, "leader": 403, "ent_user": 403}),
    ("kc-carrier", "get", "carrier", None, {**_READ, "ent_user": 404}),
    ("kc-carrier", "get", "own_carrier", None, {"ent_user": 200, "other_ent": 404, "bureau": 200}),
    ("kc-carrier-edit", "get", "carrier", None, {"bureau": 200, "leader": 403, "other_bureau": 404}),
    ("kc-carrier-edit", "post", "carrier", {"name": "灵寿县众创空间", "kind": "makerspace", "level": "municipal",
                                            "host_name": "灵寿县科技局", "recognised_on": "2023-09-01",
                                            "status": "active", "version": "1"}, {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-carrier-evaluate", "post", "carrier", {"year": "2025", "result": "good"},
     {"bureau": 302, "leader": 403, "ent_user": 404, "other_bureau": 404}),
    ("kc-carriers-import", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403}),
    ("kc-carriers-import-confirm", "post", None, {"digest": "0" * 64}, {"bureau": 404, "leader": 403}),
    ("kc-carriers-template", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403}),
    ("kc-carriers-export", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 200, "evaluator": 403}),
]


def people_target(request, source: str):
    world = people_world(request)
    if source == "talent":
        from kechuang.web.talents.models import Talent

        return Talent.objects.get(pk=world["expert"].pk)
    if source == "specialist_talent":
        return world["specialist"]
    if source == "assignment":
        from kechuang.web.talents.models import Assignment

        return Assignment.objects.get(pk=world["assignment"].pk)
    if source in ("service_log", "service_photo"):
        log = log_of(request, world)
        return log if source == "service_log" else log.photos.first()
    if source == "carrier":
        from kechuang.web.carriers.models import Carrier

        return Carrier.objects.get(pk=world["other_carrier"].pk)
    return world["own_carrier"]


def people_users(request) -> dict:
    return people_world(request)["users"]
