"""Fixtures of the web suite: a county (灵寿县) with its departments, one user per role, a confirmed plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.conftest import SEEDS

LINGSHOU = next(p for p in SEEDS if p.stem.startswith("003"))
JINTA = next(p for p in SEEDS if p.stem.startswith("004"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"  # the browser tests' screenshots
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Static files from the finders (no collectstatic manifest in tests); a fast password hasher."""
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cache keys built from data versions (counts and last ids of a
    region's observations) repeat from one test's rolled-back database to the next."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _jobs_run_at_once():
    """Background jobs run within the request (huey's immediate mode), so a page that queues a job sees it done.
    Tests of the real queue (tests/web/test_jobs.py: a consumer thread on the SQLite or Redis queue) use the
    ``queue`` fixture instead."""
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield
    HUEY.immediate = False


@pytest.fixture
def queue(_jobs_run_at_once):
    """The real queue of settings.HUEY (SQLite in the data directory, or Redis with KECHUANG_REDIS_URL), empty."""
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = False
    HUEY.flush()
    yield HUEY
    HUEY.flush()


def make_user(username, role, region=None, department=None):
    from kechuang.web.accounts.models import Profile

    user = get_user_model().objects.create_user(username, password="correct-horse-battery")
    Profile.objects.create(user=user, role=role, region=region, department=department)
    return user


@pytest.fixture
def county(db):
    """灵寿县 with a department for every unit its plan names (collective 各乡(镇)政府 with members)."""
    from kechuang.extract import extract_plan
    from kechuang.web.demo import departments_for, region_for

    region = region_for("灵寿县")
    departments_for(region, [a.canonical for a in extract_plan(LINGSHOU).assignments])
    return region


@pytest.fixture
def other_county(db):
    from kechuang.web.demo import departments_for, region_for

    region = region_for("金塔县")
    departments_for(region, ["金塔县科学技术局"])
    return region


def department(region, name):
    from kechuang.web.accounts.models import Department

    return Department.objects.get(region=region, name=name)


@pytest.fixture
def users(county, other_county):
    """One user per role: admin, bureau, leader, lead department, responsible department, another county."""
    lead = department(county, "灵寿县发展和改革局")
    responsible = department(county, "灵寿县委组织部")
    bystander = department(county, "灵寿镇人民政府")  # a township: on other tasks, not on 五/(一)/1
    return {
        "admin": make_user("admin", "admin"),
        "bureau": make_user("bureau", "bureau", county),
        "leader": make_user("leader", "leader", county),
        "lead": make_user("lead", "department", county, lead),
        "responsible": make_user("responsible", "department", county, responsible),
        "bystander": make_user("bystander", "department", county, bystander),
        "other_bureau": make_user("other_bureau", "bureau", other_county),
        "other_dept": make_user("other_dept", "department", other_county,
                                department(other_county, "金塔县科学技术局")),
        "evaluator": make_user("evaluator", "evaluator", county.parent.parent),  # 河北省: 灵寿县 is below
        "other_evaluator": make_user("other_evaluator", "evaluator", other_county.parent.parent),  # 甘肃省
        "expert": make_user("expert", "expert", county),  # 评审专家 of 揭榜挂帅 (kechuang.web.challenges)
        **enterprise_users(county),
    }


USCC_A, USCC_B = "91130126MA0CX00017", "91130126MA0CX0002A"  # valid check digits (python-stdnum)


def enterprise_users(county) -> dict:
    """企业用户 of two enterprises of the county: "ent_user" keeps 灵寿县甲科技有限公司, "other_ent" another one."""
    from kechuang.enterprises import name_key
    from kechuang.web.enterprises.models import Enterprise

    out = {}
    for key, name, code in (("ent_user", "灵寿县甲科技有限公司", USCC_A), ("other_ent", "灵寿县乙材料有限公司", USCC_B)):
        enterprise = Enterprise.objects.create(region=county, name=name, name_key=name_key(name), uscc=code)
        out[key] = make_user(key, "enterprise", county)
        out[key].profile.enterprise = enterprise
        out[key].profile.save(update_fields=["enterprise"])
    return out


@pytest.fixture
def enterprise(users):
    """The enterprise of the "ent_user" 企业用户."""
    return users["ent_user"].profile.enterprise


@pytest.fixture
def draft_plan(users, county, django_capture_on_commit_callbacks):
    from kechuang.web.plans.services import plan_create

    with django_capture_on_commit_callbacks(execute=True):  # the document is moved into place on commit
        return plan_create(users["bureau"], county, data=LINGSHOU.read_bytes(), name=LINGSHOU.name)


@pytest.fixture
def plan(draft_plan, users):
    from kechuang.web.plans.services import plan_confirm

    return plan_confirm(users["bureau"], draft_plan, draft_plan.version, acknowledge_unassigned=True)  # 三, 四/第二阶段


@pytest.fixture
def task(plan):
    """The first task led by 灵寿县发展和改革局 with 灵寿县委组织部 responsible (五/(一)/1)."""
    return plan.tasks.get(path="五/(一)/1")


@pytest.fixture
def report(task, users):
    from kechuang.web.supervision.services import ReportInput, report_submit

    return report_submit(users["responsible"], task, ReportInput(period="2026-11", text="已召开推进会", percent=40))


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def browser(monkeypatch):
    """Debian's headless Chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "make test installs Debian's chromium"
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()
        # The test's ORM calls made while Playwright's event loop ran opened connections of that (async) context:
        # closed here, in it, or PostgreSQL could not drop the test database at the end ("being accessed by other
        # users").
        from django.db import connections

        connections.close_all()


@pytest.fixture
def sign_in(live_server):
    """The browser tests' one login: ``sign_in(page, "bureau")`` signs out whoever was in, then signs the user in
    through the login form and waits for the page it lands on."""
    def sign_in(page, username: str) -> None:
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", "correct-horse-battery")
        page.click("button[type=submit]")
        page.wait_for_selector("header nav")

    return sign_in


def plan_paste(page, live_server, text: str):
    """Pastes ``text`` on the plans page as a clerk does, waits for the review page and returns the new plan."""
    from kechuang.web.plans.models import Plan

    page.goto(live_server.url + reverse("kc-plans"))
    page.fill("#upload textarea[name=text]", text)
    page.click("#upload button[type=submit]")
    page.wait_for_selector("h1")
    return Plan.objects.latest("id")


def menu_follow(page, label: str) -> None:
    """Follows the header menu's link ``label`` as a user does: opens its section's dropdown first, if it has one."""
    link = page.locator(f'header.top a:text-is("{label}")')
    section = page.locator("header.top details.menu", has=page.locator(f'a:text-is("{label}")'))
    if section.count():
        section.locator("summary").click()
    link.click()

