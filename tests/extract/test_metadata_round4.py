"""Round-4 metadata rules, each from real page openings of at least two documents (dev split of
tests/fixtures/real/openings; the address of each is in its .json and in SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract import extract_text

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


# A page's title field prints the 文号 before the notice's title on one line: the number is no part of the issuer
# (shui5.cn 国办发[2019]24号 国务院办公厅关于印发职业技能提升行动方案…; panjin.gov.cn 盘政办发〔2021〕10号
# 盘锦市人民政府办公室关于 印发加快科技双创孵化载体建设引育科技型中小微企业实施方案的通知).
@pytest.mark.parametrize("name, issuer", [
    ("cn-guoban-zyjnts2019", ["国务院办公厅"]),
    ("ln-panjin-fhzt2021", ["盘锦市人民政府办公室"]),
])
def test_a_number_before_the_notice_title_is_no_issuer(name, issuer):
    document = extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document
    assert document.issuer == issuer


# A page that lost the 《 of a basis title still closes it with 》: the title starts after the list word that follows
# the title before it, else after the trigger (a body that issued it and precedes its year left out):
# puyang.gov.cn 濮阳市“十四五”科技创新…规划 (…《河南省十四五科技创新规划》和濮阳市国民经济…远景目标纲要》编制) and
# ganzhou.gov.cn 赣市府办字〔2015〕118号 (认真贯彻落实省政府办公厅2015年全省深化医药卫生体制改革下步工作要点》(赣府厅字…)).
def test_a_basis_title_that_lost_its_opening_bracket():
    puyang = extract_text((OPENINGS / "ha-puyang-kjcxgh2021.txt").read_text("utf-8")).document
    assert puyang.basis[-1] == "濮阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    ganzhou = extract_text((OPENINGS / "jx-ganzhou-ygyd2015.txt").read_text("utf-8")).document
    assert ganzhou.basis == ["2015年全省深化医药卫生体制改革下步工作要点", "关于全面推开县级公立医院综合改革的实施意见"]
    # a title closed and opened as printed is untouched; a 》 after a clause break opens nothing
    text = "关于印发X方案的通知\n根据《A规划》和《B纲要》,结合实际,制定本方案。其余见附件》。\nX方案\n一、总体要求\n"
    assert extract_text(text).document.basis == ["A规划", "B纲要"]


# A row of a page's metadata table printed as text, two labels on one line, is site chrome, never a title (jining.gov.cn
# 2023年度全市农业农村重点工作任务: `发布机构 济宁市农业农村局 组配分类 工作计划` was taken as a title ending with 计划;
# jiangbei.gov.cn 江北区老旧小区改造: `生成日期 2020-05-08 公开方式 主动公开`); its values are still read as fields.
def test_a_metadata_row_with_two_labels_is_no_title():
    from kechuang.text.chrome import is_chrome_line
    from kechuang.text.normalise import normalise

    for row in ("发布机构 济宁市农业农村局 组配分类 工作计划", "索  引  号 113708007381606177/2023-03478 公开方式 主动公开",
                "生成日期 2020-05-08 公开方式 主动公开"):
        assert is_chrome_line(normalise(row))
    assert not is_chrome_line("2023年度全市农业农村重点工作任务")
    document = extract_text((OPENINGS / "sd-jining-nyncrw2023.txt").read_text("utf-8")).document
    assert "发布机构" not in (document.title or "") and "索引号" not in (document.title or "")
    assert document.issuer == ["济宁市农业农村局"] and document.date == "2023-05-16"
