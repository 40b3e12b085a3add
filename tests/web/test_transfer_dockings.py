"""对接 records: the bureau records them, registered 技术合同 feed 技术合同成交额 and the achievements under
contract feed 科技成果转化项目数 (years begun only); every change is in the history; attachments are real PDFs or
images; enterprise users see only their own enterprise's 对接."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.web.history.models import Change
from kechuang.web.indicators.models import Observation
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer.dockings import DockingInput, docking_update
from kechuang.web.transfer.models import Achievement, Demand, Docking
from tests.web.transfer_fixtures import *  # noqa: F403
from tests.web.transfer_fixtures import build_docking

pytestmark = pytest.mark.django_db


def _value(region, code: str, year: int):
    row = Observation.objects.filter(region=region, indicator__code=code, period=year, is_current=True).first()
    return row.value if row else None


def _contract(users, demand, achievement, amount: str, signed_on: str, registered: bool = True):
    return build_docking(users["bureau"], demand, achievement, outcome="contract", contract_no=f"HT-{amount}",
                         contract_amount=amount, signed_on=signed_on, registered=registered)


def test_registered_contracts_feed_the_contract_value_of_their_year(users, county, demands, achievements):
    _contract(users, demands["own"], achievements["a0"], "35.5", "2026-03-01")
    _contract(users, demands["other"], achievements["a1"], "80", "2026-06-01")
    _contract(users, demands["other"], achievements["a2"], "20", "2026-07-01", registered=False)  # not counted
    _contract(users, demands["own"], achievements["a2"], "12", "2025-12-30")
    assert _value(county, "technology_contract_value", 2026) == pytest.approx(115.5)
    assert _value(county, "technology_contract_value", 2025) == pytest.approx(12)
    assert _value(county, "achievements_transferred", 2026) == 3  # under contract, registered or not
    assert _value(county, "achievements_transferred", 2025) == 1
    assert Achievement.objects.get(pk=achievements["a0"].pk).status == Achievement.TRANSFERRED
    assert Demand.objects.get(pk=demands["own"].pk).status == Demand.SOLVED


def test_registration_later_updates_the_value_and_the_history(users, county, demands, achievements):
    docking = _contract(users, demands["own"], achievements["a0"], "40", "2026-05-01", registered=False)
    assert _value(county, "technology_contract_value", 2026) == 0
    docking_update(users["bureau"], docking, DockingInput(
        partner_kind="achievement", achievement_id=achievements["a0"].pk, held_on="2026-10-15", form="meeting",
        outcome="contract", contract_no="HT-40", contract_amount="40", signed_on="2026-05-01", registered="1"))
    assert _value(county, "technology_contract_value", 2026) == 40
    changes = Change.objects.filter(kind="tech_docking", object_id=docking.pk).order_by("id")
    assert [c.action for c in changes] == ["create", "update"]
    assert changes[1].after == {"registered": "是"} and changes[1].before == {"registered": "否"}


def test_a_contract_in_the_future_is_refused(users, demands, achievements):
    with pytest.raises(KechuangError) as err:
        _contract(users, demands["own"], achievements["a0"], "10", "2027-01-05")
    assert err.value.context["field"] == "signed_on"
    assert not Docking.objects.exists()


def test_contract_fields_only_with_a_signed_contract(users, demands, achievements):
    with pytest.raises(KechuangError) as err:
        build_docking(users["bureau"], demands["own"], achievements["a0"], outcome="intent", contract_amount="5")
    assert "签订合同" in err.value.message_zh


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "accepted"), [
    ("合同.pdf", b"%PDF-1.7 contract", True),
    ("现场.png", None, True),
    ("合同.pdf", b"MZ\x90\x00 not a pdf", False),
    ("现场.jpg", b"<html>not an image</html>", False),
    ("合同.exe", b"%PDF-1.7", False),
])
def test_attachments_are_real_pdfs_or_images(users, demands, achievements, name, data, accepted,
                                             django_capture_on_commit_callbacks):
    files = [Evidence(name, _png() if data is None else data)]
    if accepted:
        with django_capture_on_commit_callbacks(execute=True):
            made = build_docking(users["bureau"], demands["own"], achievements["a0"], files=files)
        assert made.files.get().name == name
        return
    with pytest.raises(KechuangError) as err:
        build_docking(users["bureau"], demands["own"], achievements["a0"], files=files)
    assert name in err.value.message_zh
    assert not Docking.objects.exists()  # nothing half-written


def test_the_form_refuses_a_fake_pdf_with_a_clear_message(client, users, demands, achievements):
    client.force_login(users["bureau"])
    upload = io.BytesIO(b"GIF89a fake")
    upload.name = "合同.pdf"
    response = client.post(reverse("kc-transfer-docking-new", args=[demands["own"].pk]), {
        "partner_kind": "achievement", "achievement_id": achievements["a0"].pk, "held_on": "2026-11-01",
        "form": "onsite", "outcome": "intent", "files": upload})
    assert response.status_code == 400
    assert "附件“合同.pdf”不是 PDF 文件" in response.content.decode("utf-8")
    assert not Docking.objects.exists()


def test_only_the_bureau_records(users, demands, achievements):
    for who in ("leader", "ent_user", "other_bureau"):
        with pytest.raises(KechuangError) as err:
            build_docking(users[who], demands["own"], achievements["a0"])
        assert err.value.code == "KC-WEB-FORBIDDEN"


def test_enterprise_users_see_only_their_own_dockings(client, users, demands, achievements):
    build_docking(users["bureau"], demands["own"], achievements["a0"])
    build_docking(users["bureau"], demands["other"], achievements["a1"])
    client.force_login(users["ent_user"])
    body = client.get(reverse("kc-transfer-dockings")).content.decode("utf-8")
    assert demands["own"].title in body and demands["other"].title not in body
    body = client.get(reverse("kc-transfer-achievement", args=[achievements["a1"].pk])).content.decode("utf-8")
    assert demands["other"].title not in body  # not through the achievement's page either
    client.force_login(users["leader"])
    body = client.get(reverse("kc-transfer-dockings")).content.decode("utf-8")
    assert demands["own"].title in body and demands["other"].title in body
