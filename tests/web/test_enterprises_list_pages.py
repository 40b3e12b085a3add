"""The enterprise list pages by keyset (after / before the last row seen, in name order): no OFFSET, the same rows
forward and back, filters kept in the links, the count shown."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kechuang.enterprises import name_key
from kechuang.web.enterprises.models import Enterprise

pytestmark = pytest.mark.django_db


def _names(page: str) -> list[str]:
    return re.findall(r'<tr><td><a href="/enterprises/\d+/">([^<]+)</a>', page)


def _link(page: str, text: str) -> str | None:
    found = re.search(rf'<a href="(\?[^"]+)"[^>]*>{text}</a>', page)
    return found.group(1).replace("&amp;", "&") if found else None


def test_pages_follow_the_name_order_forward_and_back(as_user, users, county):
    Enterprise.objects.bulk_create(Enterprise(region=county, name=f"灵寿县{i:03d}号科技有限公司",
                                              name_key=name_key(f"灵寿县{i:03d}号科技有限公司")) for i in range(120))
    client = as_user(users["bureau"])
    url = reverse("kc-enterprises")
    first = client.get(url).content.decode()
    expected = sorted(Enterprise.objects.filter(region=county).values_list("name", flat=True))
    assert "共 122 家" in first and _names(first) == expected[:50] and _link(first, "上一页") is None
    second = client.get(url + _link(first, "下一页")).content.decode()
    assert _names(second) == expected[50:100]
    third = client.get(url + _link(second, "下一页")).content.decode()
    assert _names(third) == expected[100:] and _link(third, "下一页") is None
    back = client.get(url + _link(third, "上一页")).content.decode()
    assert _names(back) == expected[50:100]
    assert _names(client.get(url + _link(back, "上一页")).content.decode()) == expected[:50]
    assert _names(client.get(url, {"after": "不是数字"}).content.decode()) == expected[:50]


def test_filters_are_kept_in_the_links(as_user, users, county):
    Enterprise.objects.bulk_create(Enterprise(region=county, name=f"灵寿县{i:03d}号材料有限公司", size="small",
                                              name_key=name_key(f"灵寿县{i:03d}号材料有限公司")) for i in range(60))
    client = as_user(users["bureau"])
    first = client.get(reverse("kc-enterprises"), {"q": "材料", "size": "small"}).content.decode()
    assert "共 60 家" in first
    following = _link(first, "下一页")
    assert "q=%E6%9D%90%E6%96%99" in following and "size=small" in following
    second = client.get(reverse("kc-enterprises") + following).content.decode()
    assert len(_names(second)) == 10 and all("材料" in n for n in _names(second))
