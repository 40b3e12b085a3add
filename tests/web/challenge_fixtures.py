"""Fixtures of the 揭榜挂帅 tests: three experts of 灵寿县 (and one of another county), and ``build_challenge`` that
takes a 榜单 through the services to any step, on dates before the suite's today (2026-11-21), so the pages can
act on it. ``challenge_world`` builds the same for tests/web/test_views.py."""

from __future__ import annotations

import itertools
from datetime import date

from tests.web.conftest import make_user

TODAY = date(2026, 11, 21)  # KECHUANG_TODAY of the suite
_NAMES = itertools.count(1)
ORDER = ["collecting", "drafting", "notice", "applying", "screening", "review", "results", "contract", "milestones",
         "acceptance", "closed"]


def pdf(name: str = "方案.pdf"):
    from kechuang.web.supervision.services import Evidence

    return Evidence(name, b"%PDF-1.4\n% " + name.encode("utf-8") + b"\n%%EOF\n")


def png(name: str = "现场.png"):
    from io import BytesIO

    from PIL import Image

    from kechuang.web.supervision.services import Evidence

    out = BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return Evidence(name, out.getvalue())


def make_experts(county, other_county, first=None) -> dict:
    """Four experts of the county (``first``: the suite's "expert" user as expert1) and one of another county."""
    experts = {f"expert{i}": make_user(f"expert{i}_{next(_NAMES)}", "expert", county) for i in (1, 2, 3, 4)
               if not (i == 1 and first is not None)}
    if first is not None:
        experts = {"expert1": first, **experts}
    experts["far_expert"] = make_user(f"far_expert_{next(_NAMES)}", "expert", other_county)
    for i, user in enumerate(experts.values(), start=1):
        user.first_name = f"专家{i}"
        user.save(update_fields=["first_name"])
    return experts


def draft(apply_until: date):
    from kechuang.web.challenges.entries import DraftInput, TargetInput

    return DraftInput(title="智能农机北斗导航自动驾驶系统", field="智能农机", problem="丘陵山区小地块农机作业精度低",
                      conditions="县内注册企业或与县内企业联合的高校、院所", budget="100", term_months=24,
                      apply_until=apply_until,
                      targets=[TargetInput("直线作业精度", "2.5", "厘米", "le"), TargetInput("示范面积", "5000", "亩")])


def application_input(lead: str = "李工", files=None):
    from kechuang.web.challenges.entries import ApplicationInput

    return ApplicationInput(institution="", lead=lead, members="王一、赵二", plan="基于北斗 RTK 的自动驾驶方案",
                            files=files if files is not None else [pdf()])


def milestones(amounts=("40", "40", "20")):
    from kechuang.web.challenges.delivery import MilestoneInput

    dues = ["2027-03-31", "2027-10-31", "2028-10-15"]
    return [MilestoneInput(f"阶段{i}", dues[i - 1], f"交付{i}", a) for i, a in enumerate(amounts, start=1)]


def build_challenge(users: dict, county, experts: dict, upto: str, scores=(30, 25, 15, 8)):
    """A 榜单 of 灵寿县 taken to step ``upto``: two applications (ent_user's, other_ent's), three experts each."""
    from kechuang.web.challenges import delivery, entries, flow

    bureau = users["bureau"]
    stop = ORDER.index(upto)
    c = entries.challenge_create(bureau, county, "农机导航需求征集", "智能农机", "征集农机智能化需求", date(2026, 9, 1))
    entries.need_submit(users["ent_user"], c, "农机自动驾驶", "小地块转弯难", "", date(2026, 9, 1))
    steps = [
        lambda: flow.advance(bureau, c, date(2026, 9, 2)),
        lambda: (entries.draft_update(bureau, c, draft(date(2026, 11, 30) if stop == 3 else date(2026, 9, 30)),
                                      date(2026, 9, 2)), flow.advance(bureau, c, date(2026, 9, 3))),
        lambda: flow.advance(bureau, c, date(2026, 9, 10)),
        lambda: (entries.application_submit(users["ent_user"], c, application_input("李工"), date(2026, 9, 11)),
                 entries.application_submit(users["other_ent"], c, application_input("周工"), date(2026, 9, 12)),
                 flow.advance(bureau, c, date(2026, 10, 9))),
        lambda: ([entries.application_screen(bureau, a, True, "", date(2026, 10, 9)) for a in c.applications.all()],
                 flow.advance(bureau, c, date(2026, 10, 9))),
        lambda: (_review(users, c, experts, scores), flow.advance(bureau, c, date(2026, 10, 12))),
        lambda: flow.advance(bureau, c, date(2026, 10, 19)),
        lambda: (delivery.contract_sign(bureau, c, delivery.ContractInput("2026-10-20", "2026-11-01", milestones()),
                                        date(2026, 10, 20)), flow.advance(bureau, c, date(2026, 10, 21))),
        lambda: ([delivery.milestone_assess(bureau, m, True, "样机测试报告", date(2026, 11, 2))
                  for m in c.milestones.all()], flow.advance(bureau, c, date(2026, 11, 3))),
        lambda: (delivery.accept(bureau, c, {t.pk: "2.0" if t.unit == "厘米" else "6000" for t in c.targets.all()},
                                 "达到榜单目标", date(2026, 11, 4)), flow.advance(bureau, c, date(2026, 11, 5))),
    ]
    for step in steps[:stop]:
        step()
        c.refresh_from_db()
    assert c.step == upto, (c.step, upto)
    return c


def _review(users, c, experts, scores):
    from kechuang.web.challenges import review

    bureau = users["bureau"]
    apps = list(c.applications.order_by("id"))
    for n, app in enumerate(apps):
        review.assign(bureau, app, [experts[f"expert{i}"].pk for i in (1, 2, 3)], date(2026, 10, 9))
        for a in app.assignments.all():
            review.declare(a.expert, a, False, "", date(2026, 10, 10))
            bump = 0 if n == 0 else -1  # the first application ranks first
            parts = dict(zip(["plan", "team", "base", "budget"], [scores[0] + bump, *scores[1:]], strict=True))
            review.score(a.expert, a, review.SheetInput({k: str(v) for k, v in parts.items()}), date(2026, 10, 10))
    review.award(bureau, c, apps[0], "", date(2026, 10, 12))


# tests/web/test_views.py CASES of the 揭榜挂帅 pages: name, method, source, post data, {user: status}.
CHALLENGE_SOURCES = ("jb_collecting", "jb_applying", "jb_screening", "jb_review", "jb_contract", "jb_milestones",
                     "jb_acceptance", "jb_app", "jb_file", "jb_assignment", "jb_milestone")
CHALLENGE_FORMS = ("kc-challenges", "kc-challenge-review", "kc-challenge-needs-import")
CHALLENGE_CASES = [
    ("kc-challenges", "get", None, None, {"bureau": 200, "leader": 200, "admin": 200, "ent_user": 200, "expert": 200,
                                          "lead": 403, "evaluator": 403, "anon": 302}),
    ("kc-challenges", "post", None, {"title": "新征集"}, {"bureau": 302, "leader": 403, "ent_user": 403,
                                                          "expert": 403}),
    ("kc-challenges-export", "get", None, None, {"bureau": 200, "leader": 200, "lead": 403}),
    ("kc-challenge", "get", "jb_applying", None, {"bureau": 200, "leader": 200, "admin": 200, "ent_user": 200,
                                                  "lead": 403, "other_bureau": 404, "expert": 404, "anon": 302}),
    ("kc-challenge-advance", "post", "jb_collecting", {}, {"bureau": 302, "leader": 403, "ent_user": 403,
                                                          "other_bureau": 404}),
    ("kc-challenge-need", "post", "jb_collecting", {"title": "需求", "problem": "描述"},
     {"ent_user": 302, "bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-challenge-needs-import", "get", "jb_collecting", None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                                "other_bureau": 404}),
    ("kc-challenge-needs-import", "post", "jb_collecting", {}, {"bureau": 400, "leader": 403, "other_bureau": 404}),
    ("kc-challenge-needs-template", "get", None, None, {"bureau": 200, "ent_user": 200, "lead": 403, "anon": 302}),
    ("kc-challenge-draft", "post", "jb_collecting", {"title": "榜单"}, {"bureau": 409, "leader": 403,
                                                                       "ent_user": 403, "other_bureau": 404}),
    ("kc-challenge-apply", "post", "jb_applying", {"lead": "张三", "plan": "方案"},
     {"other_ent": 400, "bureau": 400, "leader": 403, "other_bureau": 404}),
    ("kc-challenge-export", "get", "jb_review", None, {"bureau": 200, "leader": 200, "ent_user": 403,
                                                       "other_bureau": 404}),
    ("kc-challenge-notice", "get", "jb_applying", None, {"bureau": 200, "ent_user": 200, "leader": 200,
                                                         "other_bureau": 404}),
    ("kc-challenge-application", "get", "jb_app", None, {"bureau": 200, "leader": 200, "ent_user": 200,
                                                         "other_ent": 404, "other_bureau": 404, "lead": 404}),
    ("kc-challenge-screen", "post", "jb_app", {"decision": "pass"}, {"bureau": 302, "leader": 403, "ent_user": 403,
                                                                    "other_bureau": 404}),
    ("kc-challenge-file", "get", "jb_file", None, {"bureau": 200, "leader": 200, "ent_user": 200, "other_ent": 404,
                                                   "other_bureau": 404, "anon": 302}),
    ("kc-challenge-assign", "post", "jb_app", {"experts": []}, {"bureau": 409, "leader": 403, "ent_user": 403,
                                                               "other_bureau": 404}),
    ("kc-challenge-ranking", "get", "jb_review", None, {"bureau": 200, "leader": 200, "ent_user": 403,
                                                        "other_bureau": 404}),
    ("kc-challenge-scores", "get", "jb_review", None, {"bureau": 200, "leader": 200, "ent_user": 403,
                                                       "other_bureau": 404}),
    ("kc-challenge-award", "post", "jb_review", {"winner": ""}, {"bureau": 400, "leader": 403, "ent_user": 403,
                                                                 "other_bureau": 404}),
    ("kc-challenge-reviews", "get", None, None, {"expert": 200, "bureau": 403, "ent_user": 403, "anon": 302}),
    ("kc-challenge-review", "get", "jb_assignment", None, {"expert": 200, "bureau": 404, "ent_user": 404,
                                                           "anon": 302}),
    ("kc-challenge-review", "post", "jb_assignment", {"score_plan": "50"}, {"expert": 400, "bureau": 404}),
    ("kc-challenge-declare", "post", "jb_assignment", {"conflicted": "no"}, {"expert": 302, "bureau": 404,
                                                                           "leader": 404}),
    ("kc-challenge-contract", "post", "jb_contract", {"signed_on": "2026-11-20", "starts_on": "2026-12-01"},
     {"bureau": 400, "leader": 403, "ent_user": 403, "other_bureau": 404}),
    ("kc-challenge-assess", "post", "jb_milestone", {"decision": "pass", "evidence": "测试报告"},
     {"bureau": 302, "leader": 403, "ent_user": 403, "other_bureau": 404}),
    ("kc-challenge-release", "post", "jb_milestone", {"released_on": "2026-11-20"},
     {"bureau": 409, "leader": 403, "ent_user": 403, "other_bureau": 404}),
    ("kc-challenge-accept", "post", "jb_acceptance", {"note": "通过"}, {"bureau": 400, "leader": 403,
                                                                       "ent_user": 403, "other_bureau": 404}),
]


def challenge_world(request) -> dict:
    world = getattr(request.node, "_challenge_world", None)
    if world is None:
        users = request.getfixturevalue("users")
        experts = make_experts(request.getfixturevalue("county"), request.getfixturevalue("other_county"),
                               users["expert"])
        world = {"users": users, "experts": experts}
        request.node._challenge_world = world
    return world


def challenge_target(request, source: str):
    """An object for tests/web/test_views.py CASES: a fresh 榜单 at a step, an application, a file, an expert's
    assignment, a milestone."""
    world = challenge_world(request)
    users, experts, county = world["users"], world["experts"], request.getfixturevalue("county")
    with request.getfixturevalue("django_capture_on_commit_callbacks")(execute=True):  # files moved into place
        if source.startswith("jb_") and source[3:] in ORDER:
            return build_challenge(users, county, experts, source[3:])
        if source in ("jb_app", "jb_file"):
            c = build_challenge(users, county, experts, "screening")
            app = c.applications.get(enterprise=users["ent_user"].profile.enterprise)
            return app if source == "jb_app" else app.files.first()
        if source == "jb_assignment":
            from kechuang.web.challenges import entries, flow, review

            c = build_challenge(users, county, experts, "screening")
            for a in c.applications.all():
                entries.application_screen(users["bureau"], a, True, "", TODAY)
            c = flow.advance(users["bureau"], c, TODAY)
            return review.assign(users["bureau"], c.applications.first(), [experts["expert1"].pk], TODAY)[0]
        c = build_challenge(users, county, experts, "milestones")
        return c.milestones.first()
