"""A page's headline over its posting stamp or news dateline is its title (openings8, ``metadata/headline.py``).

The lines are the real pages' heads (dev openings of the openings7 batch's second part and the openings3/6 batches),
each source quoted; every case failed before the rule (no title read).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.headline import headline_over_stamp
from tests.timing import assert_under


def _document(text: str):
    return extract_text(text).document


@pytest.mark.parametrize(("text", "title"), [
    # http://jzrd.gov.cn/284/8340.html: a speech reprinted on a congress site, a bare 日期: label
    pytest.param("盛华仁:县乡人大换届面临新问题 坚持三大原则\n\n日期:2006-09-07 来源:人民网\n"
                 "从今年下半年开始,县乡两级人大换届选举工作将在全国各地陆续展开。\n",
                 "盛华仁:县乡人大换届面临新问题 坚持三大原则", id="dated-reprint"),
    # http://qzts.gov.cn/zwgk/xwdt/tzgg/202008/t20200826_2414113.htm: a 通告 over a 时间: line
    pytest.param("泉州台商投资区2020年部分公办学校公开遴选编外合同教师通告\n时间:2020-08-26 15:50 浏览量:\n\n"
                 "    为保障教育教学工作要求,结合我区2020年部分公办学校师资需求情况,经研究,决定面向全区公开遴选。\n",
                 "泉州台商投资区2020年部分公办学校公开遴选编外合同教师通告", id="timed-notice"),
    # http://www.zhengxiang.gov.cn/zwgk/tzgg/20210128/i2289719.html: the portal's name and address before the label
    pytest.param("当前位置:首页 > 政务公开 > 通知公告\n\n蒸湘区2020年度文明单位、星级文明社区、文明校园名单公示公告\n\n"
                 "蒸湘区人民政府门户网站  www.zhengxiang.gov.cn                    发布时间:2021-01-28        \n\n"
                 "2020年,全区各级各单位紧紧围绕区委、区政府的中心工作,积极开展形式多样的精神文明创建活动。\n",
                 "蒸湘区2020年度文明单位、星级文明社区、文明校园名单公示公告", id="portal-stamp"),
    # http://www.wnlwqwhg.com/activ/show.aspx?id=274: a bare date under the view count
    pytest.param("区文化馆被评为临渭区“文明单位标兵”称号\n- 274\n- 2017-02-16\n- 加入收藏\n"
                 "为了表彰先进、弘扬正气、进一步激发全区广大干部干事创业的积极性,推动精神文明建设深入开展。\n",
                 "区文化馆被评为临渭区“文明单位标兵”称号", id="bare-date"),
    # http://lenglianwuliu.org.cn:80/news/details.html?newsId=4826: a bare date under the source line
    pytest.param("2024年04月26日 星期五\n\n浙江省公布首批冷链物流骨干基地创建名单\n\n来源:浙江省发改委\n\n2022-01-12\n\n"
                 "各设区市、县(市、区)人民政府,省级有关单位:\n",
                 "浙江省公布首批冷链物流骨干基地创建名单", id="source-then-date"),
    # http://bentleyatnorthminster.com/2022/0617/60528.shtml: a portal's news dateline
    pytest.param("施甸縣再添兩項(xiàng)省級(jí)非物質(zhì)文化遺產(chǎn)代表性項(xiàng)目\n本網(wǎng)訊 日前,省文化和旅游廳組織開(kāi)展了"
                 "云南省第五批省級(jí)非物質(zhì)文化遺產(chǎn)代表性項(xiàng)目推薦申報(bào)評(píng)審工作。\n",
                 "施甸縣再添兩項(xiàng)省級(jí)非物質(zhì)文化遺產(chǎn)代表性項(xiàng)目", id="dateline"),
    # the openings8 batch (round 38b): information lines with a date beside a field of the web item
    # http://chinaidr.com/news/2019-01/123951.html: a slashed date and time before the source
    pytest.param("-\n山东基本构建“1+1+5+N”乡村振兴政策规划体系\n2019/1/15 10:36:07 来源:中国产业发展研究网 【字体:大 中 小】\n"
                 "核心提示:从省发展改革委获悉,我省于去年4月率先印发实施了全省乡村振兴战略规划。\n",
                 "山东基本构建“1+1+5+N”乡村振兴政策规划体系", id="slashed-date-source"),
    # https://paper.cuduwang.com/Html/2018-09-26/32127.html: a paper's 刊发日期 beside its count and author
    pytest.param("A1:清徐*要闻总第3311期 >2018-09-26编印\n\n市安全生产大检查督导组莅清\n"
                 "刊发日期:2018-09-26 阅读次数: 作者:常映红  语音阅读:语音阅读\n  本报讯9月21日上午,市安全生产第四督导组莅清。\n",
                 "市安全生产大检查督导组莅清", id="paper-stamp"),
    # https://www.okb.net.cn/article/bhvbcwz: a prefixed heading whose document title is printed again under the stamp
    pytest.param("北京至香港火车票价格:绵远镇中秋、国庆期间城乡环境集中整治活动情况汇报\n\n"
                 "来源:百度文库 编辑:偶看新闻 时间:2024/04/28 13:32:43\n\n绵远镇中秋、国庆期间城乡环境集中整治活动情况汇报\n\n"
                 "根据市乡环办《关于切实做好中秋、国庆期间城乡环境治理工作通知》的文件精神,我镇高度重视。\n",
                 "绵远镇中秋、国庆期间城乡环境集中整治活动情况汇报", id="printed-again"),
])
def test_headline_over_stamp(text, title):
    assert "".join(_document(text).title.split()) == "".join(title.split())  # the scorer drops whitespace


def test_a_dateline_lead_that_names_a_document_reports_it():
    # a newspaper's item whose lead names the document it reports: the headline is not the document's title
    text = ("十条措施“点亮”夜上海\n\n一批深夜影院、深夜书店、深夜食堂将火起来\n\n本报讯(记者张钰芸)为了“点亮”夜上海,"
            "落实《关于进一步优化营商环境的意见》,本市出台措施。\n")
    assert _document(text).title != "一批深夜影院、深夜书店、深夜食堂将火起来"


def test_a_heading_that_names_a_document_is_no_headline():
    # a 政策解读 heading over an information line (tj-nankai-yjjj2019's shape): explained.py's page, not a headline
    text = "《某区推进夜间经济发展工作方案》政策解读\n来源:区商务局 时间:2019-05-30 浏览次数:12\n一、出台背景\n"
    assert _document(text).title != "《某区推进夜间经济发展工作方案》政策解读"


def test_the_lead_under_a_headline_names_its_basis():
    # http://www.wnlwqwhg.com/activ/show.aspx?id=274: the lead's 依据《…》 under the headline and its stamp lines
    text = ("区文化馆被评为临渭区“文明单位标兵”称号\n- 274\n- 2017-02-16\n- 加入收藏\n- 发表评论\n"
            "为了表彰先进、弘扬正气,日前,临渭区委、区政府决定,命名区文化馆为区级文明单位标兵,"
            "并对受到表彰的单位依据《渭南市临渭区文明单位建设管理办法》进行表扬和颁发奖牌一面。\n")
    assert _document(text).basis == ["渭南市临渭区文明单位建设管理办法"]


def test_long_stamp_lines_stay_linear():
    # the rule reads at most 160 characters of a line and 40 lines: lines of 10,000 repeats cost it nothing (the whole
    # extraction of such a page is timed by the bound tests; this times the rule alone, so a loaded machine cannot fail it)
    lines = split_lines("某县科技新闻标题一则\n" + "来源:某网 日期:2024-01-01 " * 10000 + "\n" + "- 2024-01-01\n" * 10000
                        + "标题" * 10000 + "\n本网讯 " + "《某》" * 10000 + "\n")
    assert_under(lambda: [headline_over_stamp(lines) for _ in range(100)], 1.0)


# review 10, finding 1: a section heading over a `时间:`/`日期:` line of a period is no headline; an untitled excerpt
# keeps its headings, its targets and its units' paths
_EXCERPT = ("一、工作目标\n(一)培育创新主体。到2024年底,全县高新技术企业达到50家。(责任单位:县科技局、县发改局)\n"
            "二、实施步骤\n(一)动员部署阶段\n时间:2023年3月—4月\n制定实施方案。(责任单位:县科技局)")
_EXCERPT2 = ("一、主要任务\n(一)壮大农业龙头企业。到2025年,全市省级以上龙头企业达到30家。(牵头单位:市农业农村局)\n"
             "二、进度安排\n1.组织实施阶段\n日期:2023年5月—2024年10月\n推进各项任务落实。(牵头单位:市发改委)")


@pytest.mark.parametrize(("text", "target", "paths"), [
    (_EXCERPT, ("全县高新技术企业", 50), ["一/(一)", "一/(一)", "二/(一)"]),
    (_EXCERPT2, ("全市省级以上龙头企业", 30), ["一/(一)", "二/1"]),
], ids=["review", "varied"])
def test_an_untitled_excerpt_keeps_its_sections(text, target, paths):
    result = extract_text(text)
    assert not result.document.title
    assert [(t.indicator, t.value, t.path) for t in result.targets] == [(*target, "一/(一)")]
    assert [a.path for a in result.assignments] == paths


@pytest.mark.parametrize("text", [
    "(一)动员部署阶段\n时间:2023年3月—4月\n制定实施方案。\n",
    "1.动员部署阶段\n时间:2023年3月—4月\n制定实施方案。\n",
    "(二)组织实施阶段\n时间:2023年5月—2024年10月,各单位按照方案推进落实。\n",
    "第三章 保障措施\n时间:2023-05-06\n加强组织领导。\n",
    "(一)培训安排\n举办科技特派员专题培训班\n日期:2023年6月上旬\n地点:县委党校\n",
    "某县科技局召开专题会议研究工作\n日期:2023年6月上旬\n",
    "某县召开会议。会议要求各单位抓好落实。\n某县科技工作简报一则\n日期:2023-06-05\n",
    "二、实施步骤\n某县科技工作专题培训班\n时间:2023-06-05 09:00\n",
    "某县组织实施阶段工作安排\n时间:2023.5-2024.10 地点:各乡镇\n",
], ids=["paren-numbered", "arabic-numbered", "period-range", "chapter", "under-numbered", "month-part",
        "under-sentence", "under-heading", "dotted-period"])
def test_no_headline_from_a_section_or_a_period(text):
    assert headline_over_stamp(split_lines(text)) is None


def test_a_stamp_dated_to_the_day_in_characters_still_reads():
    # the full date printed with 年月日 is a posting stamp (rev10's probe p6, the rule's own shape)
    text = ("全县召开科技创新大会\n日期:2023年3月1日 来源:县融媒体中心\n3月1日,全县科技创新大会召开。"
            "会议提出,到2025年,全县高新技术企业达到100家。\n")
    assert _document(text).title == "全县召开科技创新大会"
