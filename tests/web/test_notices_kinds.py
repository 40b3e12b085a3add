"""Messages of the enterprise issue have their own kinds: 创新券 (every voucher message) and 证书到期 (a 高企
certificate expiring), each with its label and a filter on the message list."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)
from tests.web.voucher_fixtures import TODAY

pytestmark = pytest.mark.django_db


def test_voucher_and_expiry_messages_have_their_own_kinds_labels_and_filter(as_user, voucher_users, batch, provider,
                                                                             users, enterprise):
    from kechuang.web.enterprises.reserve import MoveInput, expiry_notices, reserve_enter, reserve_move
    from kechuang.web.notices.models import Notification
    from kechuang.web.vouchers.services import ApplicationInput, application_submit

    application_submit(voucher_users["firm_a"], batch, ApplicationInput(provider.pk, "检测服务", "2", None), TODAY)
    entry = reserve_enter(users["bureau"], enterprise, date(2023, 1, 1))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2023, 10, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2024, 1, 20), "GR2024"), TODAY)
    assert expiry_notices(date(2026, 10, 21)) == 2
    kinds = set(Notification.objects.filter(user=users["bureau"]).values_list("kind", flat=True))
    assert kinds == {"voucher", "expiry"}
    client = as_user(users["bureau"])
    page = client.get(reverse("kc-notifications")).content.decode()
    assert "<td>创新券</td>" in page and "<td>证书到期</td>" in page
    assert 'href="?kind=voucher"' in page and 'href="?kind=expiry"' in page
    only = client.get(reverse("kc-notifications"), {"kind": "expiry"}).content.decode()
    assert "GR2024" in only and "申请创新券" not in only and "<td>创新券</td>" not in only
    assert client.get(reverse("kc-notifications"), {"kind": "nonsense"}).status_code == 200  # unknown: all kinds
