"""The header menu: five sections with dropdowns, every link offered exactly to the roles whose views open it."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kechuang.web.accounts.menu import ACCOUNT, SECTIONS, menu_for
from tests.web.people_fixtures import people_users

pytestmark = pytest.mark.django_db

ROLES = ["admin", "bureau", "leader", "lead", "ent_user", "evaluator", "expert", "specialist"]
EVERY_ITEM = [item for section in (*SECTIONS, ACCOUNT) for item in section.items]
# Pages a role may open that the menu does not offer, and why.
NOT_OFFERED = {
    ("kc-plans", "ent_user"), ("kc-plans", "evaluator"), ("kc-plans", "expert"),  # the plan list opens for any
    ("kc-plans", "specialist"),  # signed-in user but lists no plan of these roles (permissions.plans_visible)
}


def _header(body: str) -> str:
    return body.split('<header class="top">', 1)[1].split("</header>", 1)[0]


def _header_links(body: str) -> set[str]:
    return set(re.findall(r'<a href="(/[^"]*)"', _header(body))) - {reverse("kc-home")}


@pytest.mark.parametrize("who", ROLES)
def test_the_menu_offers_every_page_the_role_opens_and_none_it_does_not(as_user, request, who):
    """Before: 16 links in one row for the bureau, and 指标数据 offered to a 评审专家, who got 403 on following it."""
    client = as_user(people_users(request)[who])
    offered = _header_links(client.get(reverse("kc-notifications")).content.decode())
    for item in EVERY_ITEM:
        url = reverse(item.url_name)
        status = client.get(url).status_code
        if url in offered:  # 我的企业 redirects to the enterprise's own page
            assert client.get(url, follow=True).status_code == 200, (who, item.label, status)
        elif (item.url_name, who) not in NOT_OFFERED:
            assert status != 200, (who, item.label, "opens but the menu does not offer it")
    assert reverse("kc-notifications") in offered and reverse("kc-password") in offered


def test_the_bureau_menu_is_five_sections_and_an_account_menu():
    sections, account = menu_for("bureau", "/")
    assert [s.label for s in sections] == ["督查督办", "指标与评价", "企业", "资源库", "驾驶舱"]
    assert sum(len(s.links) for s in sections) + len(account.links) >= 16  # every link of the old row kept
    assert [link.label for link in account.links] == ["用户", "登录锁定", "API 令牌", "修改密码"]


def test_a_section_of_one_link_is_that_link_and_a_role_without_a_section_has_none():
    sections, _ = menu_for("specialist", "/talents/mine/")
    assert [(s.label, [link.label for link in s.links]) for s in sections] == [("资源库", ["我的服务"])]
    assert sections[0].current and sections[0].links[0].current == "page"


@pytest.mark.parametrize("path, section, link, mark", [
    ("/enterprises/reserve/", "企业", "高企后备培育库", "page"),
    ("/enterprises/17/", "企业", "企业库", "true"),
    ("/vouchers/3/", "企业", "创新券", "true"),
    ("/tasks/5/report/", "督查督办", None, None),  # a task's page: its section, no link of its own
    ("/libraries/projects/new/", "资源库", "项目库", "true"),
    ("/account/password/", "账户", "修改密码", "page"),
])
def test_the_current_section_and_page_are_marked(path, section, link, mark):
    sections, account = menu_for("bureau", path)
    current = [s for s in (*sections, account) if s.current]
    assert [s.label for s in current] == [section]
    marked = [(x.label, x.current) for x in current[0].links if x.current]
    assert marked == ([(link, mark)] if link else [])


def test_the_dropdowns_are_details_with_aria_expanded_and_the_section_marked(as_user, users):
    body = as_user(users["bureau"]).get(reverse("kc-reserve")).content.decode()
    header = _header(body)
    assert header.count("<details") == 5  # 督查督办, 指标与评价, 企业, 资源库 and the account; 驾驶舱 is one link
    assert header.count('aria-expanded="false"') == 5
    assert '<details class="menu current" id="menu-enterprises">' in header
    assert f'<a href="{reverse("kc-reserve")}" aria-current="page">' in header
    assert 'id="logout"' in header and 'id="cockpit-link"' in header


def test_the_menu_is_rendered_once_per_role_and_marked_state(as_user, users):
    """Every page rendered the same ~25 links through the template engine; now one rendering per role and state,
    and pages of the same state (two enterprises) share it while another state gets its own marks."""
    from kechuang.web.accounts import menu

    menu._NAV.clear()
    client = as_user(users["bureau"])

    def nav(name: str) -> str:
        return _header(client.get(reverse(name)).content.decode()).split("</nav>")[0]

    first, second = nav("kc-reserve"), nav("kc-reserve")
    assert first == second and len(menu._NAV) == 1
    other = nav("kc-enterprises")
    assert len(menu._NAV) == 2 and other != first
    assert f'href="{reverse("kc-enterprises")}" aria-current="page"' in other
    assert f'href="{reverse("kc-reserve")}" aria-current="page"' in first
