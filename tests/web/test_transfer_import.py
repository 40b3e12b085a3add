"""Import of demands and achievements: the template reads back, renamed columns are understood, duplicate rows,
a 50,000-character description, an unknown enterprise and bad choices are named by file/row/column in the
preview, nothing is written before the user confirms, all-or-nothing unless 只导入有效行; HTML stays text; the
export reads back through the same columns."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from kechuang.sheets import read_table
from kechuang.web.transfer.columns import ACHIEVEMENT_COLUMNS
from kechuang.web.transfer.models import Achievement, Demand
from tests.web.transfer_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db


def _xlsx(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _upload(client, library: str, name: str, data: bytes):
    return client.post(reverse("kc-transfer-import", args=[library]), {"file": SimpleUploadedFile(name, data)})


def _confirm(client, library: str, response, valid_only: bool = False):
    data = {"digest": response.context["digest"]}
    if valid_only:
        data["valid_only"] = "1"
    return client.post(reverse("kc-transfer-import-confirm", args=[library]), data)


def test_achievements_with_renamed_columns_duplicates_and_overlong_text(client, users):
    client.force_login(users["bureau"])
    rows = [["项目名称", "完成单位", "单位类型", "简介", "领域", "成熟度", "合作方式", "意向价格", "备注栏"],
            ["盐碱地改良剂", "某农业大学", "高校", "<b>改良</b>盐碱地", "农业;环境保护", "7", "许可、转让", "20", "x"],
            ["菌渣基质", "某研究所", "科研院所", "摘" * 50_000, "农业", "6", "许可", "", ""],
            ["盐碱地改良剂", "某农业大学", "高校", "重复的一行", "农业", "7", "许可", "20", ""],
            ["智能灌溉", "某公司", "协会", "滴灌", "农业", "12", "赠送", "", ""]]
    response = _upload(client, "achievement", "成果.xlsx", _xlsx(rows))
    assert response.status_code == 200
    plan = response.context["plan"]
    messages = [str(e) for e in plan.errors]
    # cells named by the file's own (renamed) headers; an xlsx cell holds at most 32,767 characters
    assert any("成果.xlsx" in m and "第 3 行「简介」" in m and "超过上限 5,000 字" in m for m in messages), messages
    assert any("第 4 行「项目名称」" in m and "与第 2 行重复" in m for m in messages), messages
    assert any("第 5 行「单位类型」" in m and "「协会」不是可选值" in m for m in messages), messages
    assert any("备注栏" in str(w) for w in plan.warnings)  # an unknown column is a warning
    assert not Achievement.objects.exists()  # nothing written by the preview
    response = _confirm(client, "achievement", response)
    assert response.status_code == 400 and "只导入有效行" in response.content.decode("utf-8")
    assert not Achievement.objects.exists()  # all or nothing
    response = _confirm(client, "achievement", _upload(client, "achievement", "成果.xlsx", _xlsx(rows)),
                        valid_only=True)
    assert response.status_code == 302
    made = Achievement.objects.get()
    assert (made.title, made.holder_kind, made.fields, made.maturity, made.modes, made.price) == (
        "盐碱地改良剂", "university", ["农业", "环境保护"], 7, ["license", "assign"], 20_000_000)
    assert made.summary == "<b>改良</b>盐碱地"
    body = client.get(reverse("kc-transfer-achievement", args=[made.pk])).content.decode("utf-8")
    assert "&lt;b&gt;改良&lt;/b&gt;盐碱地" in body and "<b>改良</b>" not in body


def test_demands_are_matched_to_enterprises_of_the_region(client, users, enterprise):
    client.force_login(users["bureau"])
    csv = ("需求单位,需求标题,技术难题,所属领域,预算金额\n"
           f"{enterprise.name},废水回用,印染废水回用,环境保护,\"1,200\"\n"
           "不存在的企业,某需求,描述,,\n"
           f"{enterprise.name},长需求,{'问' * 50_000},,\n").encode("gb18030")
    response = _upload(client, "demand", "需求.csv", csv)
    plan = response.context["plan"]
    assert [str(e) for e in plan.errors] == ["需求.csv 第 3 行「企业名称」:企业“不存在的企业”不在本地区企业名录中",
                                             "需求.csv 第 4 行「技术难题」:长度 50,000 字,超过上限 5,000 字"]
    assert _confirm(client, "demand", response, valid_only=True).status_code == 302
    demand = Demand.objects.get()
    assert (demand.enterprise, demand.budget, demand.region_id) == (enterprise, 1_200_000_000, enterprise.region_id)


def test_a_file_that_is_not_a_table_gets_a_clear_message(client, users):
    client.force_login(users["bureau"])
    response = _upload(client, "achievement", "成果.xlsx", b"not a workbook")
    assert response.status_code == 400
    assert "成果.xlsx" in response.content.decode("utf-8")
    response = _upload(client, "achievement", "成果.pdf", b"%PDF-1.4")
    assert response.status_code == 400 and "请上传 Excel" in response.content.decode("utf-8")


def test_the_template_and_the_export_read_back(client, users, achievements, tmp_path):
    client.force_login(users["bureau"])
    template = client.get(reverse("kc-transfer-template", args=["achievement"])).content
    book = load_workbook(io.BytesIO(template))
    assert book.sheetnames == ["科技成果", "填写说明"]
    assert "成果名称*" in [c.value for c in book["科技成果"][1]]
    export = client.get(reverse("kc-transfer-achievements-export"), {"holder_kind": "university"}).content
    path = tmp_path / "export.xlsx"
    path.write_bytes(export)
    table = read_table(path, ACHIEVEMENT_COLUMNS)
    assert table.ok, table.errors
    assert sorted(r.values["title"] for r in table.rows) == ["食用菌菌渣制备育苗基质技术", "高强度玄武岩纤维连续拉丝工艺"]


def test_imported_achievements_are_matched_at_once(client, users, achievements, demands, settings, tmp_path):
    """An import raises the library's data version (``index_store.touch``): the index held in memory takes the
    new rows at the next page, no restart."""
    from kechuang.web.libraries import index_store
    from kechuang.web.transfer.matching import search_achievements

    settings.DATA_DIR = tmp_path
    index_store.forget()
    assert not [h for h in search_achievements(users["bureau"], "秸秆打捆") if "秸秆" in h.title]
    client.force_login(users["bureau"])
    rows = [["成果名称", "成果持有方", "持有方类型", "成果简介", "技术领域"],
            ["玉米秸秆打捆离田一体机", "河北农业大学", "高校", "秸秆打捆离田,一次完成捡拾、打捆。", "农业装备"]]
    preview = _upload(client, "achievement", "成果.xlsx", _xlsx(rows))
    assert _confirm(client, "achievement", preview).status_code == 302
    assert [h.title for h in search_achievements(users["bureau"], "秸秆打捆")][:1] == ["玉米秸秆打捆离田一体机"]
