"""Round-40 document metadata, second part: the families openings9a's fresh page openings added (meta9), and the
guards the round's rules needed. The texts are the pages' own lines, shortened; each case cites its address."""

from __future__ import annotations

from kechuang.extract.metadata.selfplace import named_place
from tests.extract.reading import document_of

# Family 17 (with openings9a): a title line that carries the document's 文号 after it, in brackets or after a space
# (openings9a's 池州 2017, 内蒙古 2015 and 常州 2023 — a reading inside the number — and openings8's 鄯善 2023): the title
# without the number, the number the 文号.
# https://jindifashion.com/html/402881e5465f3f6701465f66403e017c20180130205940ul7r.html (池州 2017, a mirror)
_CHIZHOU = ("池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n"
            "来源:池州市政府网 浏览次数: 发布时间:2018-01-26 20:57:53\n"
            "为贯彻落实《安徽省人民政府关于创优“四最”营商环境的意见》(皖政〔2017〕120号),深化简政放权放管结合优化服务改革,"
            "提出如下实施意见。\n  一、持续减少审批事项\n")
# http://kq.btrzfwpt.com/news/show-12766.html (内蒙古 2015, an investment platform's reprint)
_TONGBAO = ("首页 > 投融资动态 > 政策法规 > 区内政策 > 正文\n"
            "内蒙古自治区人民政府办公厅关于首批自治区生态宜居县城示范旗县的通报 内政办字〔2015〕123号\n"
            "2015-07-22 次浏览分类:区内政策 信息来源:《内蒙古自治区人民政府网》\n"
            "各盟行政公署、市人民政府,各旗县人民政府,自治区各委、办、厅、局,各大企业、事业单位: \n"
            "    按照《内蒙古自治区人民政府关于加快推进生态宜居县城建设的意见》(内政发〔2015〕77号)精神,现将有关情况通报如下。\n")
# http://www.loyalmeds.com/downxxgk.php?fid=625167487403475 (常州 2023, traditional characters with readings)
_CHANGZHOU = ("|\n|||||||||\n關于印發(fā)2023年《政府工作報告》重點任務分解落實方案的通知 常政發(fā)〔2023〕1號 |\n|||||||||\n"
              "各轄市、區(qū)人民政府,常州經開區(qū)管委會,市各委辦局,市各直屬單位: 現(xiàn)將2023年《政府工作報告》重點任務分解"
              "落實方案印發(fā)給你們,請認真貫徹執(zhí)行。\n")
# http://www.xjss.gov.cn/ssx/c106131/202311/e6c64f17157a493d9f457c9e53d5b3c8.shtml (鄯善 2023)
_SHANSHAN = ("听证会公告 自然资听公字〔2023〕1号\n发布时间:2023-11-14 13:51         文章来源:鄯善县自然资源局 发布机构:      \n\n"
             "根据《自然资源听证规定》第十二条和第十三等的规定,鄯善县自然资源局决定举行听证会。\n")


def test_a_number_on_the_titles_line_is_the_documents_not_the_titles():
    assert document_of(_CHIZHOU)["title"] == "池州市人民政府关于创优“四最”营商环境的实施意见"
    doc = document_of(_TONGBAO)
    assert doc["title"] == "内蒙古自治区人民政府办公厅关于首批自治区生态宜居县城示范旗县的通报"
    assert doc["doc_number"] == "内政办字〔2015〕123号"
    assert document_of(_CHANGZHOU)["doc_number"] == "常政發(fā)〔2023〕1號"
    doc = document_of(_SHANSHAN)
    assert doc["title"] == "听证会公告" and doc["doc_number"] == "自然资听公字〔2023〕1号"


# Family 18 (with openings9a): a site's welcome banner is chrome, never a title's part nor a place: 台江 2020's banner over
# its report (`欢迎访问台江区人民政府门户网站` / `2020年政府工作报告`, read `欢迎访问台江区人民政府门户网站2020年政府工作报告`,
# region `欢迎访问台江区`); banners head many dev pages (甘肃 2011 `歡迎訪問甘肅經濟信息網!`, 中宁 2020 `欢迎光临中宁县人民政府
# 门户网`, 兰陵 2024 `欢迎访问兰陵县政府网站`).
# http://www.taijiang.gov.cn/xjwz/zwgk/fagwj/bqzcwj/202011/t20201104_3601430.htm
_TAIJIANG = ("欢迎访问台江区人民政府门户网站\n\n2020年政府工作报告\n\n来源:台江区政府办 发布时间: 2020-01-06 16:45\n"
             "加大字体 缩小字体 收藏 取消收藏 打印\n  (2019年12月30日在福州市台江区第十七届人民代表大会第四次会议上)\n"
             "  福州市台江区人民政府区长\n各位代表:\n  现在,我代表区人民政府向大会报告工作,请予审议。\n")


def test_a_welcome_banner_is_chrome():
    from kechuang.text.chrome import is_chrome_line
    assert is_chrome_line("欢迎访问台江区人民政府门户网站") and is_chrome_line("您好,欢迎来到减贫研究数据库!")
    assert not is_chrome_line("欢迎各界人士参与监督")
    doc = document_of(_TAIJIANG)
    assert doc["title"] == "2020年政府工作报告" and doc["region"] == "台江区"


def test_named_place_skips_the_addressees():
    # http://www.loyalmeds.com/downxxgk.php?fid=625167487403475 (常州 2023, openings9a): the addressees run on with the text
    assert named_place(["各轄市、區(qū)人民政府,常州經開區(qū)管委會,市各委辦局,市各直屬單位: 現(xiàn)將2023年《政府工作報告》"
                        "重點任務分解落實方案印發(fā)給你們"]) is None


def test_named_place_never_opens_with_a_dates_word():
    # a date's 年 after its digits opens no place (a held-out notice read `2018年评议县…` as the place `年评议县`)
    assert named_place(["关于开展2018年评议县直单位工作的通知"]) is None


def test_named_place_never_opens_with_a_function_word():
    # a held-out opening (round 18) read `…既是省委…` as the place `既是省`
    assert named_place(["这既是省委、省政府的要求"]) is None and named_place(["这也是省委、省政府的要求"]) is None
