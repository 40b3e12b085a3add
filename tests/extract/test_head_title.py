"""A page's title line in a frame no other reader expects (round 54, meta19): a table row closed by its cell bar,
the title printed in the row's two cells, or the page's information label run onto it. Each sentence is a real page's
head, as the corpus stores it."""

from kechuang.extract import extract_plan
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.headmost import head_title, quoted_lead_title
from tests.timing import assert_linear


def _title(text: str) -> str | None:
    return extract_plan(text).document.title


def test_title_in_a_table_row_closed_by_its_bar():
    # http://mwsoc.com/index.php/Home/server/lawdetail/ID/52916 (a law library's row under its banner)
    text = ("服务热线:贝斯特bst3344 |\n"
            "中共海南省委 海南省人民政府关于进一步加快发展服务业的若干意见 |\n"
            "内容分类: 其他 | 实 效 性:现行有效 | |\n"
            "文 号:琼发[2014]2号 | 发文机关:科学技术部 | |\n"
            "发文日期:2014-01-14 | 生效日期:2014-01-14 |\n"
            "为了全面贯彻党的十八大、十八届三中全会和习近平总书记视察海南重要讲话精神,落实省委六届五次全会部署。\n"
            "一、提高思想认识,增强加快发展服务业的紧迫感\n")
    # the title is read without the space between its bodies (``common.strip``), as the scorer compares it
    assert _title(text) == "中共海南省委海南省人民政府关于进一步加快发展服务业的若干意见"


def test_title_printed_in_both_cells_of_a_row_is_read_once():
    # http://www.yueqing.gov.cn/art/2020/11/27/art_1229597093_3997906.html
    title = "乐清市加快“城市大脑”建设打造新型智慧城市三年行动计划(2020-2022年)"
    text = (f"{title} {title} |\n"
            "为深入贯彻党中央、国务院关于新型智慧城市建设的部署要求,加快推动“城市大脑”建设,打造新型智慧城市,"
            "制定本行动计划。\n")
    assert _title(text) == title


def test_title_with_the_pages_time_label_run_onto_it():
    # http://liehuw.com/liehuwang/vip_doc/12222846.html (the whole page on one line)
    text = ("|\n"
            "信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定时间:2019-01-23 信阳市人民政府 "
            "关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定信政〔2018〕17号 各县、区人民政府\n")
    assert _title(text) == "信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定"


# A line of the head that opens with the bodies, their verb and the document in 《》, with no news time word before
# them (a headline, or a lead dated by the year only): the document it names is the page's title.

def test_headline_naming_the_bodies_and_the_document_they_issued():
    # https://www.zhiyanbao.cn/rnz/cceb.html (the headline under the document's first paragraph)
    text = ("为全面提升森林和草原等生态系统功能,进一步压实地方各级党委和政府保护发展森林草原资源的主体责任,"
            "现就全面推行林长制提出以下意见。\n"
            "中共中央办公厅国务院办公厅印发《关于全面推行林长制的意见》pdf预览版中共中央办公厅国务院办公厅印发"
            "《关于全面推行林长制的意见》pdf完整版\n")
    assert _title(text) == "关于全面推行林长制的意见"


def test_lead_dated_by_its_year_only():
    # http://m.959xie.cn/viewpoint/details/538 (a mirror printing each character's reading)
    text = ("2018年,海南省出臺《海南省鄉(xiāng)村振興戰(zhàn)略規(guī)劃(2018-2022年)》,海南實施鄉(xiāng)村振興戰(zhàn)略,"
            "不僅是落實黨的十九大決策部署。\n"
            "一、五個振興、六個轉變\n")
    assert _title(text) == "海南省鄉(xiāng)村振興戰(zhàn)略規(guī)劃(2018-2022年)"


def test_lead_without_a_time_word():
    # http://m.xtshb.cn/survey/20170831/1844506.shtml (the lead under the headline and its date)
    text = ("常德市實(shí)施困境兒童保障方案 62家留守兒童之家已建成\n\n觀察\n\n2017年08月31日\n\n"
            "常德市政府首次發(fā)布《常德市加強(qiáng)困境兒童保障工作實(shí)施方案》,明確教育、公安、民政、人社7部門職責。\n")
    assert _title(text) == "常德市加強(qiáng)困境兒童保障工作實(shí)施方案"


def test_both_readers_stay_linear_on_long_head_lines():
    # lines of the head that almost match, grown: a long run of 方案 with no frame, a long run of bodies with no 《》
    def make(n: int) -> list:
        return split_lines("\n".join(["工作方案" * (50 * n), "市政府印发" * (50 * n) + "《", "|"] * 8))
    assert_linear(lambda lines: (head_title(lines), quoted_lead_title(lines)), make)
