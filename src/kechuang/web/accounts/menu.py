"""The header menu: five sections with dropdowns, each link offered only to the roles whose views open it.

Which role opens which page is the views' business (`kechuang.web.accounts.permissions` and each app's checks);
this table repeats it for the menu, and `tests/web/test_menu.py` asks every view, for every role, that the two
agree: a link offered opens (200), a link withheld is refused — so the menu neither leads to a 403 nor hides a
page the role may use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils.safestring import SafeString

from kechuang.web.accounts.models import Role

ADMIN, BUREAU, LEADER, DEPARTMENT = Role.ADMIN, Role.BUREAU, Role.LEADER, Role.DEPARTMENT
EVALUATOR, ENTERPRISE, EXPERT, SPECIALIST = Role.EVALUATOR, Role.ENTERPRISE, Role.EXPERT, Role.SPECIALIST
GOVERNMENT = frozenset({ADMIN, BUREAU, LEADER})  # the county's own readers of everything it keeps
LIBRARY_READERS = GOVERNMENT | {DEPARTMENT, ENTERPRISE}  # 项目库, 载体, 需求与成果, the search box
EVERYONE = frozenset(Role.values) | {None}  # any signed-in user, with or without a profile


@dataclass(frozen=True)
class Item:
    label: str
    url_name: str
    roles: frozenset
    id: str = ""


@dataclass(frozen=True)
class Section:
    key: str  # the dropdown's id in the page: menu-<key>
    label: str
    items: tuple[Item, ...]
    prefixes: tuple[str, ...] = ()  # paths of the section's pages that no menu link starts (a task, a report)


SECTIONS = (
    Section("supervision", "督查督办", (
        Item("我的任务", "kc-my-tasks", frozenset({DEPARTMENT})),
        Item("方案", "kc-plans", GOVERNMENT | {DEPARTMENT}),
        Item("待办", "kc-inbox", frozenset({BUREAU})),
        Item("部门", "kc-departments", frozenset({BUREAU, LEADER})),
    ), ("/plans/", "/tasks/", "/reports/", "/completions/", "/extensions/", "/reminders/", "/targets/")),
    Section("outcomes", "指标与评价", (
        Item("指标数据", "kc-indicators", GOVERNMENT | {DEPARTMENT, EVALUATOR}),
        Item("综合评价", "kc-evaluations", frozenset({ADMIN, EVALUATOR})),
        Item("评价结果", "kc-my-evaluation", frozenset({BUREAU, LEADER})),
    ), ("/evaluation/",)),
    Section("enterprises", "企业", (
        Item("我的企业", "kc-my-enterprise", frozenset({ENTERPRISE})),
        Item("企业库", "kc-enterprises", GOVERNMENT),
        Item("高企后备培育库", "kc-reserve", GOVERNMENT),
        Item("科小自评", "kc-sme-list", GOVERNMENT),
        Item("创新券", "kc-voucher-batches", GOVERNMENT | {ENTERPRISE}),
    ), ("/enterprises/", "/vouchers/")),
    Section("libraries", "资源库", (
        Item("跨库检索", "kc-library-search", LIBRARY_READERS),
        Item("项目库", "kc-projects", LIBRARY_READERS, "projects-link"),
        Item("揭榜挂帅", "kc-challenges", GOVERNMENT | {ENTERPRISE, EXPERT}),
        Item("我的评审任务", "kc-challenge-reviews", frozenset({EXPERT})),
        Item("人才库", "kc-talents", GOVERNMENT | {DEPARTMENT}),
        Item("科技特派员", "kc-specialists", GOVERNMENT | {DEPARTMENT}),
        Item("我的服务", "kc-my-services", frozenset({SPECIALIST})),
        Item("载体平台", "kc-carriers", LIBRARY_READERS),
        Item("需求与成果", "kc-transfer-demands", LIBRARY_READERS),
    ), ("/libraries/", "/challenges/", "/talents/", "/carriers/", "/transfer/")),
    Section("cockpit", "驾驶舱", (
        Item("驾驶舱", "kc-dashboard", GOVERNMENT, "cockpit-link"),
    )),
)
ACCOUNT = Section("account", "账户", (
    Item("用户", "kc-users", frozenset({ADMIN, BUREAU})),
    Item("登录锁定", "kc-lockouts", frozenset({ADMIN, BUREAU})),
    Item("API 令牌", "kc-token", EVERYONE),
    Item("修改密码", "kc-password", EVERYONE),
), ("/account/", "/users/", "/security/"))


@dataclass
class Link:
    label: str
    url: str
    id: str = ""
    current: str = ""  # "page" on the page itself, "true" below it, "" elsewhere (the value of aria-current)


@dataclass
class Menu:
    label: str
    links: list[Link]
    current: bool = False
    key: str = ""


@lru_cache(maxsize=256)
def _offered(section: Section, role: str | None, prefix: str) -> tuple[tuple[str, str, str], ...]:
    """(label, url, id) of the section's links for the role: reversed once per process (and script prefix)."""
    return tuple((i.label, reverse(i.url_name), i.id) for i in section.items if role in i.roles)


def _open(section: Section, role: str | None, path: str) -> Menu | None:
    links = [Link(*offered) for offered in _offered(section, role, get_script_prefix())]
    if not links:
        return None
    below = [link for link in links if path.startswith(link.url)]
    if below:
        deepest = max(below, key=lambda link: len(link.url))
        deepest.current = "page" if deepest.url == path else "true"
    current = bool(below) or path.startswith(section.prefixes)
    return Menu(section.label, links, current, f"menu-{section.key}")


def menu_for(role: str | None, path: str) -> tuple[list[Menu], Menu | None]:
    """The role's sections (a section of one link is shown as that link) and its account menu, `path` marked."""
    sections = [m for s in SECTIONS if (m := _open(s, role, path)) is not None]
    return sections, _open(ACCOUNT, role, path)


_NAV: dict[tuple, SafeString] = {}
NAV_LIMIT = 4096  # (role × marked state) pairs: a few hundred in practice; the bound only guards memory


def nav_html(sections: list[Menu], role: str | None) -> SafeString:
    """The sections' part of the header rendered once per process for each role and marked state (which section
    and link are current): every page rendered the same ~25 links through the template engine (1–2 ms CPU)."""
    key = (get_script_prefix(), role,
           tuple((m.key, m.current, tuple((link.url, link.current) for link in m.links)) for m in sections))
    html = _NAV.get(key)
    if html is None:
        html = SafeString(render_to_string("kechuang/_nav.html", {"kc_menu": sections}).strip())
        if len(_NAV) >= NAV_LIMIT:
            _NAV.clear()
        _NAV[key] = html
    return html
