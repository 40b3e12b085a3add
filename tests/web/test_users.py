"""The bureau manages its region's users: create (with a 姓名, password rules, generated password shown once),
reset a password, deactivate (both revoke the user's API tokens); users change their own password (the same:
tokens revoked); a new password never equals the old one."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from kechuang.web.history.models import Change

pytestmark = pytest.mark.django_db


def _new(client, **fields):
    data = {"username": "zhangsan", "full_name": "张三", "role": "department", "department": "", "password": ""}
    return client.post(reverse("kc-users"), {**data, **fields})


def _can_log_in(client, username, password) -> bool:
    client.logout()
    return client.login(username=username, password=password)


def test_bureau_creates_a_department_user_who_can_log_in(as_user, users, client):
    department = users["responsible"].profile.department
    response = _new(as_user(users["bureau"]), department=department.pk)
    page = response.content.decode()
    assert response.status_code == 200 and "已创建用户" in page
    password = re.search(r'<code id="new-password">([^<]+)</code>', page).group(1)
    user = get_user_model().objects.get(username="zhangsan")
    assert user.profile.department == department and user.profile.region == department.region
    assert user.first_name == "张三"
    assert _can_log_in(client, "zhangsan", password)
    assert client.get(reverse("kc-home")).url == reverse("kc-my-tasks")
    change = Change.objects.get(kind="user", object_id=user.pk)
    assert change.user == users["bureau"] and "password" not in (change.after or {})


def test_a_chosen_password_is_checked_and_not_shown(as_user, users):
    client = as_user(users["bureau"])
    weak = _new(client, role="leader", password="12345678")
    assert weak.status_code == 400 and "密码不符合要求" in weak.content.decode()
    assert not get_user_model().objects.filter(username="zhangsan").exists()
    assert 'value="zhangsan"' in weak.content.decode()  # the form keeps what was typed, not the password
    good = _new(client, role="leader", password="Lingshou-2026-ok")
    assert "已创建用户" in good.content.decode() and ' id="new-password"' not in good.content.decode()


@pytest.mark.parametrize(("fields", "message"), [
    ({"username": "ab"}, "3–150"),
    ({"username": "有 空格"}, "用户名只能"),
    ({"role": "admin"}, "角色无效"),
    ({"role": "department"}, "须选择本地区的一个部门"),
])
def test_bad_fields_create_nothing(as_user, users, fields, message):
    before = get_user_model().objects.count()
    response = _new(as_user(users["bureau"]), **fields)
    assert response.status_code == 400 and message in response.content.decode()
    assert get_user_model().objects.count() == before


def test_another_regions_department_and_a_taken_username_are_refused(as_user, users):
    client = as_user(users["bureau"])
    other = users["other_dept"].profile.department
    assert "须选择本地区" in _new(client, department=other.pk).content.decode()
    taken = _new(client, username="leader", role="leader")
    assert taken.status_code == 400 and "已被使用" in taken.content.decode()


def test_reset_password_replaces_the_old_one(as_user, users, client):
    target = users["responsible"]
    page = as_user(users["bureau"]).post(reverse("kc-user-password", args=[target.pk])).content.decode()
    password = re.search(r'<code id="new-password">([^<]+)</code>', page).group(1)
    assert not _can_log_in(client, target.username, "correct-horse-battery")
    assert _can_log_in(client, target.username, password)


def test_deactivated_users_cannot_log_in_and_nobody_deactivates_themselves(as_user, users, client):
    bureau = as_user(users["bureau"])
    target = users["responsible"]
    assert bureau.post(reverse("kc-user-active", args=[target.pk]), {"active": "0"}).status_code == 302
    assert not _can_log_in(client, target.username, "correct-horse-battery")
    bureau = as_user(users["bureau"])
    bureau.post(reverse("kc-user-active", args=[target.pk]), {"active": "1"})
    assert _can_log_in(client, target.username, "correct-horse-battery")
    itself = as_user(users["bureau"]).post(reverse("kc-user-active", args=[users["bureau"].pk]), {"active": "0"})
    assert itself.status_code == 400 and "不能停用自己" in itself.content.decode()
    users["bureau"].refresh_from_db()
    assert users["bureau"].is_active


def test_the_list_shows_only_the_region(as_user, users):
    page = as_user(users["bureau"]).get(reverse("kc-users")).content.decode()
    assert 'data-user="responsible"' in page and 'data-user="other_dept"' not in page


def test_administrator_chooses_a_region(as_user, users, county):
    admin = as_user(users["admin"])
    assert "请选择地区" in admin.get(reverse("kc-users")).content.decode()
    page = admin.get(reverse("kc-users") + f"?region={county.pk}").content.decode()
    assert 'data-user="responsible"' in page
    created = admin.post(reverse("kc-users"), {"region": county.pk, "username": "lingshou-new", "full_name": "李静",
                                               "role": "leader"})
    assert "已创建用户" in created.content.decode()
    assert get_user_model().objects.get(username="lingshou-new").profile.region == county


def test_users_change_their_own_password(as_user, users, client):
    response = as_user(users["lead"]).post(reverse("kc-password"), {
        "old_password": "correct-horse-battery", "new_password1": "Faxian-2026-new", "new_password2": "Faxian-2026-new"})
    assert response.status_code == 302
    assert _can_log_in(client, "lead", "Faxian-2026-new")
    users["lead"].refresh_from_db()
    weak = as_user(users["lead"]).post(reverse("kc-password"), {
        "old_password": "Faxian-2026-new", "new_password1": "1234567890", "new_password2": "1234567890"})
    assert weak.status_code == 200 and "密码" in weak.content.decode() and 'class="error"' in weak.content.decode()


def _token(user) -> str:
    from kechuang.web.accounts.tokens import token_create

    return token_create(user, "同步", 90)[1]


def _api_status(client, secret) -> int:
    return client.get("/api/v1/plans", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code


def _last_change(user) -> Change:
    return Change.objects.filter(kind="user", object_id=user.pk).latest("id")


def test_generated_passwords_have_no_characters_that_read_alike():
    from django.contrib.auth.password_validation import validate_password

    from kechuang.web.accounts.users import new_password

    passwords = [new_password() for _ in range(3000)]
    assert len(set(passwords)) == len(passwords)
    assert not set("".join(passwords)) & set("Il1Oo0")
    assert all(re.fullmatch(r"[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}", p) for p in passwords)
    assert set("".join(passwords)) >= set("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")  # all used
    for p in passwords[:200]:
        validate_password(p, get_user_model()(username="zhangsan"))


def test_a_reset_to_the_same_password_is_refused(as_user, users, client):
    target = users["responsible"]
    secret = _token(target)
    response = as_user(users["bureau"]).post(reverse("kc-user-password", args=[target.pk]),
                                             {"password": "correct-horse-battery"})
    assert response.status_code == 400 and "新密码不能与原密码相同" in response.content.decode()
    assert _api_status(client, secret) == 200  # nothing changed: tokens kept
    assert _can_log_in(client, target.username, "correct-horse-battery")


def test_a_reset_to_a_chosen_password_is_not_shown(as_user, users, client):
    target = users["responsible"]
    response = as_user(users["bureau"]).post(reverse("kc-user-password", args=[target.pk]),
                                             {"password": "Zuzhibu-2026-new"})
    page = response.content.decode()
    assert response.status_code == 200 and "已重置用户 responsible 的密码" in page and "Zuzhibu-2026" not in page
    assert _can_log_in(client, target.username, "Zuzhibu-2026-new")


def test_an_own_change_to_the_same_password_is_refused(as_user, users, client):
    response = as_user(users["lead"]).post(reverse("kc-password"), {
        "old_password": "correct-horse-battery", "new_password1": "correct-horse-battery",
        "new_password2": "correct-horse-battery"})
    assert response.status_code == 200 and "新密码不能与原密码相同" in response.content.decode()


def test_a_reset_revokes_the_users_tokens_and_is_recorded(as_user, users, client):
    target = users["responsible"]
    secret = _token(target)
    as_user(users["bureau"]).post(reverse("kc-user-password", args=[target.pk]))
    client.logout()
    assert _api_status(client, secret) == 401
    change = _last_change(target)
    assert change.user == users["bureau"]
    assert change.after == {"password": "已重置", "api_tokens": "已全部撤销"}


def test_an_own_password_change_revokes_the_users_tokens(as_user, users, client):
    secret = _token(users["lead"])
    response = as_user(users["lead"]).post(reverse("kc-password"), {
        "old_password": "correct-horse-battery", "new_password1": "Faxian-2026-new", "new_password2": "Faxian-2026-new"})
    assert response.status_code == 302
    assert "密码已修改" in client.get(response.url, follow=True).content.decode()
    assert _api_status(client, secret) == 401
    change = _last_change(users["lead"])
    assert change.user == users["lead"] and change.after == {"password": "已修改", "api_tokens": "已全部撤销"}


def test_deactivation_revokes_the_users_tokens_for_good(as_user, users, client):
    target = users["responsible"]
    secret = _token(target)
    bureau = as_user(users["bureau"])
    bureau.post(reverse("kc-user-active", args=[target.pk]), {"active": "0"})
    assert _last_change(target).after == {"is_active": False, "api_tokens": "已全部撤销"}
    bureau.post(reverse("kc-user-active", args=[target.pk]), {"active": "1"})
    client.logout()
    assert _api_status(client, secret) == 401


@pytest.mark.parametrize(("full_name", "message"), [("", "请填写姓名"), ("  ", "请填写姓名"), ("张" * 31, "姓名过长")])
def test_a_name_is_required(as_user, users, full_name, message):
    response = _new(as_user(users["bureau"]), role="leader", full_name=full_name)
    assert response.status_code == 400 and message in response.content.decode()
    assert not get_user_model().objects.filter(username="zhangsan").exists()


def test_the_list_and_the_header_show_the_name(as_user, users, client):
    page = _new(as_user(users["bureau"]), role="leader", full_name="张 三", password="Lingshou-2026-ok").content.decode()
    assert "已创建用户 zhangsan(张 三)" in page
    row = re.search(r'<tr data-user="zhangsan">.*?</tr>', page, re.S).group(0)
    assert "<td>张 三</td>" in row
    user = get_user_model().objects.get(username="zhangsan")
    assert (user.first_name, user.last_name, user.get_full_name()) == ("张 三", "", "张 三")
    header = as_user(user).get(reverse("kc-plans")).content.decode()
    assert re.search(r'<details class="menu who[^"]*" id="menu-account"><summary [^>]*>张 三 · 灵寿县</summary>', header)


def test_display_name():
    from django.template import Context, Template

    template = Template("{% load people %}[{{ u|display_name }}]")
    User = get_user_model()
    assert template.render(Context({"u": User(username="zhangsan", first_name="张三")})) == "[张三]"
    assert template.render(Context({"u": User(username="zhangsan")})) == "[zhangsan]"
    assert template.render(Context({"u": None})) == "[]"


def test_demo_users_have_plausible_names(county):
    from django.contrib.auth.hashers import make_password

    from kechuang.web.demo import users_for

    logins = users_for(county, make_password("demo-password-1"), [])
    people = get_user_model().objects.filter(username__in=[login.username for login in logins])
    names = [u.first_name for u in people]
    assert len(names) == len(logins) >= 3
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}\(示例\)", n) for n in names), names
    assert len(set(names)) == len(names)
