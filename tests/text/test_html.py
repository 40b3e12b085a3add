"""Government web pages: keep the notice and the plan, drop site chrome."""

from __future__ import annotations

from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes

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
