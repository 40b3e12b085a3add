"""Government web pages: keep the notice and the plan, drop site chrome."""

from __future__ import annotations

from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes
from tests.timing import assert_under

PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于印发《金川县科技创新实施方案》的通知_金川县人民政府</title>
<style>.x{color:red}</style><script>var menu = "首页 一、不是标题";</script></head>
<body>
<div class="header"><ul class="nav"><li>首页</li><li>政务公开</li><li>政策文件</li></ul></div>
<div class="breadcrumb">当前位置:首页 &gt;&gt; 政务公开 &gt;&gt; 政府文件</div>
<div class="article">
<h1>金川县人民政府办公室关于印发《金川县科技创新实施方案》的通知</h1>
<div class="info">发布时间:2023-03-08 来源:县政府办 【字体:大 中 小】 打印 关闭</div>
<p>金政办发〔2023〕7号</p>
<p>各乡镇人民政府,县直各部门:</p>
<p>《金川县科技创新实施方案》已经县政府同意,现印发给你们,请认真贯彻执行。</p>
<p style="text-align:right">金川县人民政府办公室</p><p style="text-align:right">2023年3月1日</p>
<p align="center"><b>金川县科技创新实施方案</b></p>
<p>为贯彻落实《四川省科技创新条例》精神,制定本方案。</p>
<p>一、主要目标</p><p>到2025年,高新技术企业达到20家。</p>
<p>二、重点任务</p>
<p>(一)培育创新主体。实施高企倍增计划。(牵头单位:县科技局;责任单位:县财政局、各乡镇人民政府)</p>
<table><tr><td>相关附件</td></tr></table>
</div>
<div class="footer">版权所有:金川县人民政府 蜀ICP备12345678号 网站标识码5132000000</div>
<div>TOP</div>
</body></html>"""


def test_page_declared_gb2312_is_decoded_and_stripped_of_chrome():
    doc = load_bytes(PAGE.encode("gb18030"), "page.html")
    assert doc.format == "html"
    assert "var menu" not in doc.text and "版权所有" not in doc.text and "当前位置" not in doc.text
    assert "金川县科技创新实施方案" in doc.text


def test_page_extracts_to_a_plan():
    plan = extract_plan(PAGE.encode("gb18030"), name="page.html")
    d = plan.document
    assert (d.title, d.doc_number, d.date, d.region) == ("金川县科技创新实施方案", "金政办发〔2023〕7号", "2023-03-01", "金川县")
    assert d.issuer == ["金川县人民政府办公室"]
    assert d.basis == ["四川省科技创新条例"]
    assert [h.path for h in plan.headings] == ["一", "二", "二/(一)"]
    assert [(a.role, a.unit) for a in plan.assignments] == [
        ("lead", "县科技局"), ("responsible", "县财政局"), ("responsible", "各乡镇人民政府")]
    assert [(t.value, t.year) for t in plan.targets] == [(20, 2025)]


def test_deeply_nested_page_does_not_recurse():
    page = "<html><body>" + "<div>" * 1500 + "一、目标" + "</div>" * 1500 + "</body></html>"
    assert "一、目标" in load_bytes(page.encode(), "deep.html").text


def test_absurdly_nested_page_gives_a_result_not_a_crash():
    page = "<html><body>" + "<div>" * 100000 + "一、目标" + "</div>" * 100000 + "</body></html>"
    load_bytes(page.encode(), "deeper.html")


# The shape of the table of 穗府〔2021〕3号 (http://www.gz.gov.cn/zwgk/fggw/szfwj/content/post_7123483.html):
# 序号 | 重点工作 | 市政府分管领导 | 牵头单位 | 配合单位 | 备注, section rows "(一)…", task rows numbered 1, 2, 3.
TASK_TABLE_PAGE = """<html><head><meta charset="utf-8"><title>2021年市政府工作报告部署工作责任分工</title></head><body>
<div class="article"><p>2021年市政府工作报告部署工作责任分工</p>
<table border="1">
<tr><td>序号</td><td>重点工作</td><td>市政府<br>分管领导</td><td>牵头单位</td><td>配合单位</td><td>备注</td></tr>
<tr><td>一</td><td>强化科技创新支撑能力。</td><td></td><td></td><td></td><td></td></tr>
<tr><td>(一)</td><td>加强战略科技力量建设。</td><td></td><td></td><td></td><td></td></tr>
<tr><td>1</td><td>加快建设以中新知识城、南沙科学城为极点的科技创新轴。</td><td>王 东</td>
<td rowspan="2">市科技局</td><td>黄埔区政府、南沙区政府</td><td></td></tr>
<tr><td>2</td><td>全力做好呼吸领域国家实验室筹建保障服务工作。</td><td>王 东</td>
<td>市政府办公厅、市发展改革委、市财政局、市卫生健康委</td><td></td></tr>
</table></div></body></html>"""


def test_table_of_tasks_in_a_page_becomes_numbered_tasks_with_annotations():
    plan = extract_plan(TASK_TABLE_PAGE.encode("utf-8"), name="fengong.html")
    assert [h.path for h in plan.headings] == ["一", "一/(一)", "一/(一)/1", "一/(一)/2"]
    got = [(a.path, a.role, a.unit) for a in plan.assignments]
    assert got == [("一/(一)/1", "lead", "市科技局"), ("一/(一)/1", "cooperating", "黄埔区政府"),
                   ("一/(一)/1", "cooperating", "南沙区政府"), ("一/(一)/2", "lead", "市科技局"),
                   ("一/(一)/2", "cooperating", "市政府办公厅"), ("一/(一)/2", "cooperating", "市发展改革委"),
                   ("一/(一)/2", "cooperating", "市财政局"), ("一/(一)/2", "cooperating", "市卫生健康委")]
    assert "王东" not in plan.text and "王 东" not in plan.text  # the leader's column names no unit


def test_a_web_table_reads_every_role_word_of_the_tails():
    """An HTML table of 金东 2024's shape (序号 | 事项分类 | 事项名称 | 项目内容 | 牵头单位 | 协同单位; the corpus holds its
    text, zj-jindong-msss2024) lost its 协同单位 column: the table reader knew fewer role words than the tails'. It reads
    the one vocabulary since debt42 (text/role_words.py; tests/extract/test_debt42_role_words.py)."""
    page = ("<html><body><table><tr><th>序号</th><th>事项分类</th><th>事项名称</th><th>项目内容</th><th>牵头单位</th>"
            "<th>协同单位</th></tr><tr><td>1</td><td>打造区域教育高地</td><td>新(改、扩)建一批中小学校</td>"
            "<td>实施新(改、扩)建中小学校5家。</td><td>区教体局</td><td>孝顺镇、区发改局</td></tr></table></body></html>")
    plan = extract_plan(page.encode("utf-8"), name="jindong.html")
    assert [(a.role, a.unit) for a in plan.assignments] == [("lead", "区教体局"), ("cooperating", "孝顺镇"),
                                                             ("cooperating", "区发改局")]


def test_layout_tables_stay_text():
    doc = load_bytes("<html><body><table><tr><td>发布时间:2023-03-08</td><td>来源:县政府办</td></tr></table>"
                     "<p>一、任务</p></body></html>".encode(), "page.html")
    assert "发布时间:2023-03-08" in doc.text and "来源:县政府办" in doc.text


def test_huge_and_nested_task_tables_are_bounded():
    row = "<tr>" + "<td rowspan='99999999' colspan='99999999'>县科技局</td>" * 1000 + "</tr>"
    page = "<html><body><table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>" + row * 10 + "</table>"
    page += "<table><tr><td>" * 2000 + "牵头单位" + "</td></tr></table>" * 2000 + "</body></html>"
    data = page.encode()
    assert_under(lambda: load_bytes(data, "huge.html"), 0.25 + 20e-6 * len(page))  # linear (~1 µs a character), not quadratic


# 仙居 政务公开 task table (https://www.redwoodcoonhounds.com/public/15401/105053833.html, dev): rows without a 序号 and a
# 負責科室 column, printed in traditional characters; a 负责人 column beside it names a person, no unit. The text reader
# reads the same rows between bars (tests/extract/test_bar_tables.py).
XIANJU_ROWS = [["重點任務", "工作內容", "負責科室", "負責人"],
               ["迴應關切", "對羣衆普遍關注的社會熱點問題及時、主動迴應。", "各業務科室", "王東"],
               ["政務服務", "注重政務服務辦理流程、辦理結果等信息發佈", "綜合科", "李明"]]


def test_a_web_table_headed_by_fuze_in_traditional_characters():
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in XIANJU_ROWS)
    page = f"<html><body><p>二、重點工作任務分解</p><table>{cells}</table></body></html>"
    plan = extract_plan(page.encode("utf-8"), name="xianju.html")
    assert [(a.path, a.role, a.unit) for a in plan.assignments] == [("二", "responsible", "各業務科室"),
                                                                    ("二", "responsible", "綜合科")]
    assert "王東" not in plan.text  # the person's column is left out


def _table_page(rows: list[list[str]], before: str = "") -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body>{before}<table>{cells}</table></body></html>".encode()


def test_fuze_in_a_data_cell_does_not_make_a_table_of_tasks():
    """Review finding 2: 负责 is a verb of data cells (由县科技局负责统计, 负责全面工作); a row holding it was taken for the
    header, the rows above it vanished and its sentences were read as units."""
    indicators = [["序号", "指标名称", "2024年目标", "备注"], ["1", "研发经费投入", "5亿元", "由县科技局负责统计"],
                  ["2", "高新技术企业数", "100家", ""], ["3", "技术合同成交额", "3亿元", ""]]
    plan = extract_plan(_table_page(indicators), name="zhibiao.html")
    got = {(t.indicator, t.value, t.unit) for t in plan.targets}
    assert {("高新技术企业数", 100, "家"), ("技术合同成交额", 3, "亿元")} <= got
    assert "研发经费投入" in plan.text and not plan.assignments
    varied = [["序号", "指标", "2025年目标值", "说明"], ["1", "专利授权量", "300件", "由县市场监管局负责核定"],
              ["2", "科技型中小企业数", "80家", ""]]
    plan = extract_plan(_table_page(varied), name="zhibiao2.html")
    assert ("科技型中小企业数", 80, "家") in {(t.indicator, t.value, t.unit) for t in plan.targets}
    assert "专利授权量" in plan.text and not plan.assignments


def test_a_leaders_table_with_fuze_duties_names_no_unit():
    leaders = [["姓名", "职务", "分工"], ["张三", "局长", "负责全面工作"], ["李四", "副局长", "负责科技项目、人才工作"]]
    plan = extract_plan(_table_page(leaders), name="fengong.html")
    assert not plan.assignments and "张三" in plan.text
    varied = [["姓名", "职务", "工作分工"], ["王五", "主任", "负责办公室日常工作"], ["赵六", "副主任", "负责财务、后勤"]]
    plan = extract_plan(_table_page(varied), name="fengong2.html")
    assert not plan.assignments and "王五" in plan.text


def test_a_project_table_with_fuze_in_its_content_keeps_its_rows():
    projects = [["项目名称", "建设内容", "总投资(亿元)"], ["科创园", "建设孵化器2万平方米,负责引进企业50家", "5"],
                ["数字乡村", "建设5G基站100个", "1"]]
    plan = extract_plan(_table_page(projects), name="xiangmu.html")
    assert "科创园" in plan.text and plan.targets and not plan.assignments
    varied = [["项目", "主要内容", "投资(万元)"], ["智慧园区", "建成标准厂房3万平方米,负责招引项目20个", "800"]]
    plan = extract_plan(_table_page(varied), name="xiangmu2.html")
    assert "智慧园区" in plan.text and plan.targets and not plan.assignments


def test_columns_named_fuze_work_or_content_are_no_unit_columns():
    """负责工作 / 负责内容 name duties, not units: only a whole 负责单位/部门/科室/股室 column is one (as bar_rows._COLUMN)."""
    for rows in ([["姓名", "职务", "负责工作"], ["张三", "局长", "主持全面工作,负责财务"]],
                 [["科室", "负责内容", "完成时限"], ["办公室", "做好政务公开,全年发布信息200条以上", "2024年底"]],
                 [["科室", "负责事项", "完成时间"], ["综合股", "开展科普宣传,全年活动10场以上", "2025年6月"]]):
        plan = extract_plan(_table_page(rows), name="fuze.html")
        assert not plan.assignments, rows


def test_a_caption_row_above_the_header_stays():
    rows = [["表1 重点任务分解表", "", ""], ["序号", "重点任务", "牵头单位"], ["1", "建设科创平台", "县科技局"]]
    plan = extract_plan(_table_page(rows, "<p>二、重点任务</p>"), name="caption.html")
    assert "重点任务分解表" in plan.text
    assert [(a.role, a.unit) for a in plan.assignments] == [("lead", "县科技局")]


def test_a_target_column_beside_a_unit_column_keeps_its_targets():
    """A table of targets with a 负责单位/责任单位 column: the value stays joined to its indicator (技术合同成交额(亿元) 5)
    under the header's year, so both the target and the unit are read (the value was split into a sentence of its own)."""
    for rows, want in (([["指标", "2025年目标", "负责单位"], ["技术合同成交额(亿元)", "5", "县科技局"]],
                        [("技术合同成交额", 5, "亿元")]),
                       ([["序号", "指标", "2025年目标值", "责任单位"], ["1", "高新技术企业数(家)", "30", "县科技局"],
                         ["2", "研发经费投入强度(%)", "2.5", "县统计局"]],
                        [("高新技术企业数", 30, "家"), ("研发经费投入强度", 2.5, "%")])):
        plan = extract_plan(_table_page(rows), name="mubiao.html")
        assert [(t.indicator, t.value, t.unit) for t in plan.targets] == want
        assert [a.unit for a in plan.assignments] == [r[-1] for r in rows[1:]]
