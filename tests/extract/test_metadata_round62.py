"""Round 62 (meta27): news leads that name the page's document in a shape the lead readers missed.

Every sentence is copied from a real dev page (address in the comment above it).
"""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.news import reported_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "openings"

# http://zhongguo.center/tour/zx/072815270.html (西部新闻网, 云南 民族特色旅游村寨 意见)
YUNNAN = ("西部新闻网讯 云南于近日出台的《关于加快推进民族特色旅游村寨建设工作的意见》(以下简称《意见》)提出,到2015年末,"
          "要在全省新建成150个左右特色鲜明、功能配套、服务规范的民族特色旅游村寨。")
# http://www.zh-hz.com/HTML/2013/04/03/181341.html (海南 十二五 热带现代农业 规划)
HAINAN = ("“十二五”时期是海南省国际旅游岛建设关键时期,也是全省热带特色农业发展的重大机遇期。日前出台的《海南省“十二五”"
          "热带现代农业发展规划》(以下简称《规划》)提出,到2015年全省创建100个高质量、高品位、具有浓厚地方特色的休闲农业示范")
# http://www.guangaqi.com/news/china/363192.html (国家卫生健康委 2018 统计公报, traditional)
GUANGAQI = ("國家衛生健康委員會近日發布的《2018年我國衛生健康事業發展統計公報》顯示,我國居民人均預期壽命由2017年的76.7歲"
            "提高到2018年的77.0歲,孕產婦死亡率從19.6/10萬下降到18.3/10萬,嬰兒死亡率從6.8‰下降到6.1‰。")
# http://news.bandao.cn/news_html/201804/20180410/news_20180410_2820306.shtml (大众网, 山东 集体产权 实施意见)
SHANDONG = ("大众网济南4月10日讯 今天,记者从山东省政府新闻办举行的新闻发布会上了解到,近日,山东省省委、省政府正式印发实施了"
            "《关于稳步推进农村集体产权制度改革的实施意见》(以下简称“《实施意见》”)。《实施意见》提出到2020年山东省基本完成改革任务。")


def test_a_document_issued_lately_as_its_sentence_subject_is_the_page_s():
    assert extract_text(YUNNAN).document.title == "关于加快推进民族特色旅游村寨建设工作的意见"
    assert extract_text(HAINAN).document.title == "海南省“十二五”热带现代农业发展规划"
    assert extract_text(GUANGAQI).document.title == "2018年我國衛生健康事業發展統計公報"


def test_the_subject_lead_names_no_bodies_of_its_own():
    reported = reported_document(split_lines(YUNNAN))
    assert reported is not None and reported.bodies == [] and not reported.issued


def test_issued_and_put_in_force_with_its_perfective():
    doc = extract_text(SHANDONG).document
    assert doc.title == "关于稳步推进农村集体产权制度改革的实施意见"
    assert doc.region == "山东省"
    assert doc.issuer == []  # a news lead names no issuer (openings/DECISIONS.md, 刚察 2011)


def test_a_speech_that_mentions_a_document_reports_none():
    # the yunnan lead's clause put in reported speech: a meeting mentions the document, the page does not report it
    text = "会议指出," + YUNNAN.split(" ", 1)[1]
    assert reported_document(split_lines(text)) is None


def test_the_page_s_own_title_stays():
    # the dev opening nm-wulanchabu-wlgz2024 (its source address in its .json) names its own 实施意见 after 印发的
    # with no time word: the title read before this round stays
    text = (FIXTURES / "nm-wulanchabu-wlgz2024.txt").read_text("utf-8")
    assert extract_text(text).document.title == "关于推动物流高质量发展的实施意见"
    # the 海南 lead under a heading of its own (a notice issuing another plan): the heading's plan stays the title
    heading = "乌兰察布市人民政府办公室关于印发乌兰察布市推动物流高质量发展实施方案的通知"
    assert extract_text(heading + "\n" + HAINAN).document.title == "乌兰察布市推动物流高质量发展实施方案"


# http://hk-gensen.com/post/7941.html (太原10月25日电, 山西省商务厅 县域商业建设行动 通知)
SHANXI = ("太原10月25日电(高雨晴)记者25日从山西省商务厅获悉,该厅近日发布《关于开展2025年县域商业建设行动的通知》(下称《通知》)。"
          "到2025年,山西将建立完善县域统筹,以县城为中心、乡镇为重点、村为基础的县域商业体系。")


def test_a_lead_s_pointer_stands_for_the_body_it_was_heard_from():
    doc = extract_text(SHANXI).document
    assert doc.title == "关于开展2025年县域商业建设行动的通知"
    assert doc.region == "山西省"
    assert doc.issuer == []  # a news lead names no issuer (openings/DECISIONS.md, 刚察 2011)


def test_the_source_heard_from_must_be_a_body():
    from kechuang.extract.metadata.heard import heard_bodies

    # http://m.ginggxs.com/a/xinwentoutiao/2023/0915/100763.html (齐齐哈尔新闻网, 云南 文化和旅游强省 三年行动)
    assert heard_bodies(["该省"], "齐齐哈尔新闻网昆明9月14日电 (罗婕)记者14日从云南省人民政府获悉,") == ["云南省人民政府"]
    # https://dchrv.com.tw/?p=1538 (江西 2024 省委一号文件): a press conference is no body; the pointer stays unplaced
    assert heard_bodies(["该省"], "2月28日,记者从2024年江西省委一号文件新闻发布会上获悉:") == ["该省"]


def test_a_lead_that_names_its_bodies_keeps_them():
    # the dev opening jx-jiangxi-qcsf2024 (https://dchrv.com.tw/?p=1538): 记者从…发布会上获悉:江西省委、省政府近日印发《…》
    text = (FIXTURES / "jx-jiangxi-qcsf2024.txt").read_text("utf-8")
    assert extract_text(text).document.region == "江西省"
