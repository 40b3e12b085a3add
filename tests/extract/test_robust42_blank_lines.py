"""A text printed with a blank line after every line (a paste from a web page, a Markdown file, a Word export) reads
its tables as the plain text does: the blank lines between a table's rows of bars, or between the cells of a table
printed one cell a line, are closed by the normaliser (``text.table_gaps``); the blank lines around a title block,
between paragraphs and around a table are kept (robust42). Sentences verbatim from dev pages, cited."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text
from kechuang.text.normalise import normalise


def _blank(text: str) -> str:
    return text.replace("\n", "\n\n")


# https://www.redwoodcoonhounds.com/public/15401/105053833.html (dev)
REDWOOD = ("二、重點工作任務分解\n重點任務 | 工作內容 | 負責科室 |\n政策解讀 | 對以我局或我局起草,以縣政府(或縣政府辦)名義制定、下發的政策"
           "文件進行全面解讀,創新解讀形式,注重以圖表解讀等羣衆喜聞樂見的形式進行解讀,解讀內容要接地氣,內容要科學、準確,便於羣衆理解。 | "
           "各責任科室 |")
# https://public.dengfeng.gov.cn/D49Y/2044017.jhtml (dev)
DENGFENG = "一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |"
# https://www.shanghai.gov.cn/zhengce/detail?businessId=289d0420-5e99-489b-98f1-1b8982867775&siteId=0082 (dev)
SONGJIANG = ("(二)具体指标\n松江区“十五五”绿化市容发展主要指标\n序号\n指标名称\n单位\n属性\n松江\n“十四五”\n现状\n松江\n“十五五”\n指标\n"
             "1\n人均公园绿地面积\n平方米\n约束性\n7.3\n8.6\n2\n绿道长度\n公里\n约束性\n160\n210")
# https://www.shanghai.gov.cn/zhengce/detail?businessId=9ce0e2a0-ff5a-41c8-9e91-341424340c4c&siteId=0079 (dev)
CELLS_0079 = ("主要指标表\n类别\n序号\n一级指标\n二级指标\n单位\n属性\n“十四五”\n完成值\n“十五五”\n目标值\n建设全龄友好宜居城区\n1\n"
              "既有居住建筑改造\n旧住房成套改造任务\n万平方米\n预期性\n25\n1.4\n2\n推进老旧小区整治改造\n老旧小区整治改造面积\n万平方米\n"
              "预期性\n240\n300")


def _units(text: str) -> list[str]:
    return sorted(a.unit for a in extract_text(text, plan_year=2024).assignments)


def _values(text: str, year: int) -> list[tuple[str, float]]:
    return sorted((t.indicator, t.value) for t in extract_text(text, plan_year=year).targets)


def test_rows_of_bars_read_as_printed_without_blank_lines():
    for text in (REDWOOD, DENGFENG):
        assert _units(text)
        assert _units(_blank(text)) == _units(text)


def test_cells_one_a_line_read_as_printed_without_blank_lines():
    for text in (SONGJIANG, CELLS_0079):
        assert _values(text, 2026)
        assert _values(_blank(text), 2026) == _values(text, 2026)


def test_the_blank_lines_between_cells_and_rows_go():
    assert normalise(_blank(DENGFENG)) == "一、专项整治安排表\n\n" + DENGFENG.split("\n", 1)[1]
    assert normalise(_blank(SONGJIANG)).count("\n\n") <= 2


def test_blank_lines_of_a_title_block_and_paragraphs_stay():
    title = "长治市人民政府办公室\n\n关于印发长治市科技创新三年行动计划的通知\n\n各县、区人民政府:\n\n现将计划印发给你们。"
    assert normalise(title) == title
    names = "\n\n".join(["县科技局", "县财政局", "县发改委", "县教育局", "县农业局", "县水利局", "县林业局", "县商务局", "2024"])
    assert normalise(names) == names  # a list of short lines with one figure is no table


# A hard-wrapped text (a PDF reader's copy) printed with a blank line after every line is rejoined as the plain one
# is (``text.reflow``), its blank lines kept between the paragraphs the rejoined lines make.
# https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html (dev)
WUHE = ("经省委、省政府同意,2024 年我省实施 50 项民生实事,具\n体安排如下。\n1)促进重点群体稳定就业,新增城镇就业 68 万人左右,\n"
        "三公里充分就业社区数量达到城市社区的 60%(牵头单位:\n省人力资源社会保障厅)")
# https://yihaowenku.com/doc/19507.html (dev)
YIHAO = ("(二)从严落实耕地保护制度。严格落实耕地保护党政同责,健全耕地\n保护制度体系,坚决落实耕地保有量面积 xx 万亩、永久基本农田面积 xx 万\n"
         "亩的保护任务。改进占补平衡管理方式,强化“以补定占”约束,以稳定利\n用耕地净增加量作为下年度非农建设占用耕地规模上限控制。坚持县域自平\n"
         "衡为主,严格补充耕地指标调剂,力争将补充耕地建成高标准农田。加强退\n化耕地治理,加大撂荒耕地整治,持续整治“大棚房”。深入落实田长制,\n"
         "严格耕地种植用途管控,分类稳妥开展违规占用耕地整改复耕。〔县自然资\n源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕")


def test_a_hard_wrapped_text_with_blank_lines_is_rejoined():
    assert "具体安排如下" in normalise(_blank(WUHE))
    assert "\n\n" in normalise(_blank(WUHE))  # the paragraphs keep their blank lines
    assert _units(YIHAO)
    assert _units(_blank(YIHAO)) == _units(YIHAO)
