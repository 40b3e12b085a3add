"""The registry's pages: create and edit with the core's USCC check, duplicates refused and near-identical names
warned, figures and IP kept by the enterprise itself, 核实 by the bureau, history, list filters, export."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kechuang.web.enterprises.models import Enterprise, IPHolding, YearFigures
from kechuang.web.history.models import Change
from tests.web.conftest import USCC_A

pytestmark = pytest.mark.django_db
NEW_CODE = "91130126MA0CX0004G"
PILOT_CODE = "91130126MA0CX00041"  # right form, wrong check digit


def _create(client, **fields):
    return client.post(reverse("kc-enterprise-new"), {"name": "灵寿县丙电子有限公司", **fields})


def test_bureau_registers_an_enterprise_and_the_history_records_it(as_user, users, county):
    client = as_user(users["bureau"])
    response = _create(client, uscc=f" {NEW_CODE.lower()} ", size="small", registered_on="2019-03-01",
                       industry_code="c3911")
    created = Enterprise.objects.get(name="灵寿县丙电子有限公司")
    assert response.status_code == 302 and response.url == reverse("kc-enterprise", args=[created.pk])
    assert (created.region, created.uscc, created.industry_code, created.uscc_warning) == (county, NEW_CODE, "C3911", "")
    page = client.get(response.url).content.decode()
    assert "已登记企业“灵寿县丙电子有限公司”" in page and "变更记录" in page
    change = Change.objects.get(kind="enterprise", object_id=created.pk)
    assert change.after["统一社会信用代码"] == NEW_CODE and change.after["企业规模"] == "小型"


def test_a_pilot_code_is_a_warning_and_a_non_code_a_clear_refusal(as_user, users):
    client = as_user(users["bureau"])
    response = _create(client, uscc=PILOT_CODE)
    assert response.status_code == 302
    assert Enterprise.objects.get(uscc=PILOT_CODE).uscc_warning
    assert "校验位" in client.get(response.url).content.decode()
    refused = _create(client, name="丁公司", uscc="12345")
    assert refused.status_code == 400 and "应为 18 位" in refused.content.decode()
    assert not Enterprise.objects.filter(name="丁公司").exists()  # nothing half-written


def test_duplicates_are_refused_and_near_identical_names_warned_with_a_link(as_user, users, enterprise):
    client = as_user(users["bureau"])
    same_code = _create(client, name="别的名字有限公司", uscc=USCC_A)
    assert same_code.status_code == 400 and f"统一社会信用代码 {USCC_A} 已登记为“灵寿县甲科技有限公司”" in same_code.content.decode()
    same_name = _create(client, name="灵寿县甲科技有限公司")
    assert same_name.status_code == 400 and "本地区已有同名企业" in same_name.content.decode()
    near = _create(client, name="灵寿县甲科技有限责任公司")
    assert near.status_code == 302
    page = client.get(near.url).content.decode()
    assert "几乎相同" in page and reverse("kc-enterprise", args=[enterprise.pk]) in page
    assert Enterprise.objects.filter(region=enterprise.region).count() == 3


def test_edit_needs_the_current_version_and_clears_the_verification(as_user, users, enterprise):
    client = as_user(users["bureau"])
    client.post(reverse("kc-enterprise-verify", args=[enterprise.pk]))
    enterprise.refresh_from_db()
    assert enterprise.verified_at is not None
    url = reverse("kc-enterprise-edit", args=[enterprise.pk])
    stale = client.post(url, {"name": enterprise.name, "uscc": USCC_A, "address": "新地址", "version": 0})
    assert stale.status_code == 409 and "已被他人修改" in stale.content.decode()
    ok = client.post(url, {"name": enterprise.name, "uscc": USCC_A, "address": "灵寿县城东 1 号",
                           "version": enterprise.version})
    assert ok.status_code == 302
    enterprise.refresh_from_db()
    # version 1, 2 by the 核实 (a copy read before it is stale), 3 by the edit
    assert (enterprise.address, enterprise.version, enterprise.verified_at) == ("灵寿县城东 1 号", 3, None)
    change = Change.objects.filter(kind="enterprise", object_id=enterprise.pk, action="update").first()
    assert change.before == {"地址": None} and change.after == {"地址": "灵寿县城东 1 号"}


def test_the_enterprise_user_keeps_its_own_figures_and_ip_the_bureau_verifies(as_user, users, enterprise):
    client = as_user(users["ent_user"])
    assert client.get(reverse("kc-home")).url == reverse("kc-my-enterprise")
    url = reverse("kc-enterprise-figures", args=[enterprise.pk])
    response = client.post(url, {"year": "2025", "employees": "120人", "tech_staff": "18", "sales_revenue": "1,234.5万元",
                                 "rd_expense": "0.01亿元", "total_revenue": "1300"})
    assert response.status_code == 302
    row = YearFigures.objects.get(enterprise=enterprise, year=2025)
    assert (row.employees, row.sales_revenue, row.rd_expense, row.source) == (120, 1234.5, 100, "enterprise")
    assert row.verified_at is None
    impossible = client.post(url, {"year": "2025", "employees": "10", "tech_staff": "18"})
    assert impossible.status_code == 400 and "2025 年科技人员:科技人员(18)多于职工总数(10)" in impossible.content.decode()
    negative = client.post(url, {"year": "2024", "sales_revenue": "-5"})
    assert negative.status_code == 400 and "销售收入:不能为负数" in negative.content.decode()
    assert not YearFigures.objects.filter(enterprise=enterprise, year=2024).exists()
    too_much = client.post(url, {"year": "2024", "sales_revenue": "10", "rd_expense": "101"})
    assert too_much.status_code == 400 and "超过销售收入的 10 倍" in too_much.content.decode()
    ip = client.post(reverse("kc-enterprise-ip", args=[enterprise.pk]),
                     {"category": "发明专利", "number": "ZL202310000001.2", "granted_on": "2024-05-06"})
    assert ip.status_code == 302 and IPHolding.objects.get(enterprise=enterprise).ip_class == "I"
    trademark = client.post(reverse("kc-enterprise-ip", args=[enterprise.pk]), {"category": "商标", "number": "1"})
    assert trademark.status_code == 400 and "商标不计" in trademark.content.decode()
    assert client.post(reverse("kc-enterprise-verify", args=[enterprise.pk])).status_code == 403
    bureau = as_user(users["bureau"])
    bureau.post(reverse("kc-enterprise-verify", args=[enterprise.pk]))
    row.refresh_from_db()
    assert row.verified_by == users["bureau"]
    page = bureau.get(reverse("kc-enterprise", args=[enterprise.pk])).content.decode()
    assert "年度数据" in page and "1234.5" in page and "已核实" in page and "ZL202310000001.2" in page


def test_an_enterprise_user_never_reaches_another_enterprise_by_id(as_user, users, enterprise):
    other = users["other_ent"].profile.enterprise
    client = as_user(users["ent_user"])
    for name in ("kc-enterprise", "kc-enterprise-check", "kc-enterprise-sme"):
        assert client.get(reverse(name, args=[other.pk])).status_code == 404
    response = client.post(reverse("kc-enterprise-figures", args=[other.pk]), {"year": "2025", "employees": "5"})
    assert response.status_code == 404 and not YearFigures.objects.filter(enterprise=other).exists()
    assert client.get(reverse("kc-enterprises")).status_code == 403


def test_the_list_filters_and_the_export_keeps_text_as_text(as_user, users, enterprise):
    Enterprise.objects.filter(pk=enterprise.pk).update(industry_code="C3911", size="small",
                                                       address="=HYPERLINK(\"http://x\")")
    client = as_user(users["leader"])
    page = client.get(reverse("kc-enterprises"), {"industry": "C39"}).content.decode()
    assert "灵寿县甲科技有限公司" in page and "灵寿县乙材料有限公司" not in page
    page = client.get(reverse("kc-enterprises"), {"q": "乙材料"}).content.decode()
    assert "灵寿县乙材料有限公司" in page and "灵寿县甲科技有限公司" not in page
    assert "共 0 家" in client.get(reverse("kc-enterprises"), {"stage": "certified"}).content.decode()
    response = client.get(reverse("kc-enterprises-export"), {"size": "small"})
    sheet = load_workbook(BytesIO(response.content))["企业信息"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == "灵寿县甲科技有限公司"
    cell = sheet.cell(row=2, column=3)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")  # text, never a live formula


def test_the_bureau_creates_an_enterprise_user_for_an_enterprise_of_its_region(as_user, users, enterprise):
    from django.contrib.auth import get_user_model

    client = as_user(users["bureau"])
    form = {"username": "jia-tianbao", "full_name": "王芳", "role": "enterprise", "password": "Qx7-long-enough-9"}
    missing = client.post(reverse("kc-users"), form)
    assert missing.status_code == 400 and "企业用户须选择本地区名录中的一家企业" in missing.content.decode()
    foreign = Enterprise.objects.create(region=users["other_bureau"].profile.region, name="金塔企业", name_key="金塔企业")
    assert client.post(reverse("kc-users"), {**form, "enterprise": foreign.pk}).status_code == 400
    assert not get_user_model().objects.filter(username="jia-tianbao").exists()
    assert client.post(reverse("kc-users"), {**form, "enterprise": enterprise.pk}).status_code == 200
    created = get_user_model().objects.get(username="jia-tianbao")
    assert (created.profile.role, created.profile.enterprise) == ("enterprise", enterprise)
    assert "灵寿县甲科技有限公司" in client.get(reverse("kc-users")).content.decode()


def test_the_page_shows_the_newest_changes_and_links_to_the_whole_log(as_user, users, enterprise):
    """The page rendered (and cached) up to 200 changes; most views of a large registry are first views, for which
    keying and caching the log cost more than reading it. The page now shows the newest 20 with one query of 21
    rows, every change at once, and links to the whole log when there is more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = as_user(users["bureau"])
    url = reverse("kc-enterprise", args=[enterprise.pk])
    figures = reverse("kc-enterprise-figures", args=[enterprise.pk])
    whole = reverse("kc-enterprise-history", args=[enterprise.pk])
    assert client.post(figures, {"year": "2023", "employees": "55"}).status_code == 302
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url).content.decode()
    reads = [q["sql"] for q in queries.captured_queries if '"history_change"' in q["sql"]]
    assert len(reads) == 1 and "LIMIT 21" in reads[0]
    log = page.split('id="history"', 1)[1]
    assert "55" in log and whole not in page
    for n in range(25):
        assert client.post(figures, {"year": "2024", "employees": str(100 + n)}).status_code == 302
    page = client.get(url).content.decode()
    log = page.split('id="history"', 1)[1]
    assert "124" in log and "100" not in log.split("</table>", 1)[0]  # the newest 20 of 26 changes
    assert whole in page
    full = client.get(whole).content.decode()
    assert full.count("<tr>") - 1 == 26 and "100" in full and enterprise.name in full
    other = as_user(users["other_bureau"])
    assert other.get(whole).status_code == 404  # another region's log, as its page




def test_the_page_reads_the_last_check_and_self_evaluation_in_one_statement(as_user, users, enterprise):
    """Each ORM query cost the page ~0.35-0.5 ms of Django's SQL compilation, more than the database's time: the
    latest 高企 check and 科小 self-evaluation are one plain statement, and the newest of each shows at once."""
    from datetime import date

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kechuang.web.enterprises.models import HitechResult, SmeEvaluation

    client = as_user(users["bureau"])
    url = reverse("kc-enterprise", args=[enterprise.pk])
    page = client.get(url).content.decode()
    assert "最近一次高企体检" not in page and "最近一次科小自评" not in page
    HitechResult.objects.create(enterprise=enterprise, as_of=date(2026, 3, 1), overall="unmet")
    SmeEvaluation.objects.create(enterprise=enterprise, year=2025, score=61.5)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url).content.decode()
    assert "基准日 2026-03-01" in page and "2025 年度):61.5 分" in page
    reads = [q["sql"] for q in queries.captured_queries
             if "enterprises_hitechresult" in q["sql"] or "enterprises_smeevaluation" in q["sql"]]
    assert len(reads) == 1 and "enterprises_hitechresult" in reads[0] and "enterprises_smeevaluation" in reads[0]
    HitechResult.objects.create(enterprise=enterprise, as_of=date(2026, 9, 30), overall="met")
    SmeEvaluation.objects.create(enterprise=enterprise, year=2026, score=72)
    page = client.get(url).content.decode()
    assert "基准日 2026-09-30" in page and "2026 年度):72 分" in page
    from kechuang.web.enterprises.selectors import latest_check_and_sme

    check, sme = latest_check_and_sme(enterprise.pk)  # the models' own order
    first = HitechResult.objects.filter(enterprise=enterprise).first()
    assert (check.as_of, check.overall) == (first.as_of, first.overall)
    assert sme.year == SmeEvaluation.objects.filter(enterprise=enterprise).first().year
