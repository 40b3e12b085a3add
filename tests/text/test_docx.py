"""Word documents: automatic list numbering materialised, task tables read row by row, bad files refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes
from tests.text.docs_builders import build_docx

PARAGRAPHS = [
    (None, "临泽县科技创新三年行动计划"),
    (0, "总体要求"),
    (None, "到2025年,科技型中小企业达到80家。"),
    (0, "重点任务"),
    (1, "培育创新主体。实施科技企业梯次培育。(牵头单位:县科技局;配合单位:县财政局、县工信局)"),
    (2, "建设研发平台。新建省级研发平台2个。(县科技局牵头,县发改局配合)"),
    (2, "壮大人才队伍。每年引进高层次人才10名。(县委组织部牵头)"),
    (1, "优化创新环境。落实政策。(责任单位:县税务局)"),
    (0, "保障措施"),
]


def test_word_numbering_is_materialised():
    doc = load_bytes(build_docx(PARAGRAPHS), "plan.docx")
    lines = doc.text.split("\n")
    assert lines[1] == "一、总体要求"
    assert lines[4].startswith("(一)培育创新主体")
    assert lines[5].startswith("1.建设研发平台")
    assert lines[7].startswith("(二)优化创新环境")
    assert lines[8] == "三、保障措施"


def test_numbered_docx_extracts_to_a_plan():
    plan = extract_plan(build_docx(PARAGRAPHS), name="plan.docx")
    assert [h.path for h in plan.headings] == ["一", "二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(二)", "三"]
    roles = {(a.path, a.role, a.unit) for a in plan.assignments}
    assert ("二/(一)/1", "cooperating", "县发改局") in roles and ("二/(二)", "responsible", "县税务局") in roles
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(80, "家", 2025), (2, "个", None), (10, "名", None)]


def test_task_table_rows_become_tasks():
    table = [["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
             ["1", "加大财政科技投入,地方财政科技支出达到1500万元", "县科技局", "县财政局、各乡(镇)政府", "2023年底"],
             ["2", "培育高新技术企业", "县科技局", "县税务局", "长期"]]
    data = build_docx([(None, "某县科技创新实施方案"), (0, "重点任务")], table=table)
    plan = extract_plan(data, name="t.docx")
    assert [h.path for h in plan.headings] == ["一", "一/1", "一/2"]
    assert ("一/1", "responsible", "各乡(镇)政府") in {(a.path, a.role, a.unit) for a in plan.assignments}
    assert ("一/2", "lead", "县科技局") in {(a.path, a.role, a.unit) for a in plan.assignments}
    assert [(t.value, t.unit) for t in plan.targets] == [(1500, "万元")]


def test_corrupt_docx_is_refused_with_a_clear_error():
    data = build_docx(PARAGRAPHS)[:2000]
    with pytest.raises(KechuangError) as err:
        load_bytes(data, "broken.docx")
    assert err.value.code.startswith("KC-TEXT-DOCX") and "broken.docx" in str(err.value)



def test_a_package_python_docx_cannot_open_gets_words_not_an_exception_name():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # word/document.xml but no [Content_Types].xml: python-docx fails
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(KechuangError) as err:
        load_bytes(buf.getvalue(), "half.docx")
    assert err.value.code == "KC-TEXT-DOCX" and "half.docx" in str(err.value) and "已损坏" in str(err.value)
    assert "Error" not in str(err.value)  # no Python exception name in what a clerk reads


def test_a_word_file_renamed_txt_is_read_as_word():
    # A clerk renames 方案.docx to 方案.txt (or a mail client does): the bytes are a Word package, read as one.
    data = build_docx(PARAGRAPHS)
    assert [h.path for h in extract_plan(data, name="renamed.txt").headings] == \
        [h.path for h in extract_plan(data, name="t.docx").headings]
    with pytest.raises(KechuangError) as err:  # a zip that is no Word file is still refused as a package
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("a.txt", "正文")
        load_bytes(buf.getvalue(), "pack.txt")
    assert "压缩包" in str(err.value) and "pack.txt" in str(err.value)


def test_zip_bomb_is_refused_before_parsing():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" + b"a" * (300 * 1024 * 1024))
    with pytest.raises(KechuangError) as err:
        load_bytes(buf.getvalue(), "bomb.docx")
    assert err.value.code == "KC-TEXT-TOO-LARGE" and "bomb.docx" in err.value.message_zh


def test_a_word_table_headed_by_fuze_without_numbers():
    """The 仙居 rows of tests/text/test_html.py in a Word table: the same reading (one loader of tables)."""
    from tests.text.test_html import XIANJU_ROWS

    plan = extract_plan(build_docx([(0, "重點工作任務分解")], table=XIANJU_ROWS), name="xianju.docx")
    assert [(a.role, a.unit) for a in plan.assignments] == [("responsible", "各業務科室"), ("responsible", "綜合科")]


def test_word_columns_named_fuze_work_or_content_name_no_unit():
    """Review finding 2 in a Word table: 负责工作 / 负责内容 columns are duties, not units."""
    for table in ([["姓名", "职务", "负责工作"], ["张三", "局长", "主持全面工作,负责财务"]],
                  [["科室", "负责内容", "完成时限"], ["办公室", "做好政务公开,全年发布信息200条以上", "2024年底"]],
                  [["股室", "负责事项", "完成时间"], ["综合股", "开展科普宣传,全年活动10场以上", "2025年6月"]]):
        plan = extract_plan(build_docx([(0, "重点任务")], table=table), name="fuze.docx")
        assert not plan.assignments, table
    table = [["序号", "重点任务", "负责科室"], ["1", "做好政务公开", "办公室"]]  # the column name itself still reads
    plan = extract_plan(build_docx([(0, "重点任务")], table=table), name="fuze2.docx")
    assert [(a.role, a.unit) for a in plan.assignments] == [("responsible", "办公室")]


def test_a_word_target_table_with_a_unit_column_keeps_its_targets():
    table = [["指标", "2025年目标", "负责单位"], ["技术合同成交额(亿元)", "5", "县科技局"],
             ["专利授权量(件)", "300", "县市场监管局"]]
    plan = extract_plan(build_docx([(0, "主要目标")], table=table), name="mubiao.docx")
    assert [(t.indicator, t.value, t.unit) for t in plan.targets] == [("技术合同成交额", 5, "亿元"), ("专利授权量", 300, "件")]
    assert [a.unit for a in plan.assignments] == ["县科技局", "县市场监管局"]
