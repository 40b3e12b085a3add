"""A page's title line in a frame no other reader expects (round 54, meta19): a table row closed by its cell bar,
the title printed in the row's two cells, or the page's information label run onto it. Each sentence is a real page's
head, as the corpus stores it."""

from kechuang.extract import extract_plan


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
