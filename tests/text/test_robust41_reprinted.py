"""The same plan printed as other conversions print it reads the same (robust41): lines hard-wrapped at a right
margin (a PDF reader's copy, ``pdftotext``) are rejoined and the spaces a PDF's text layer prints around a figure
(``到 2025 年``) are dropped. Every line below is verbatim from a dev page, cited; the negatives must read as printed."""

from __future__ import annotations

import pytest

from kechuang.extract.pipeline import extract_text
from kechuang.text.normalise import normalise
from kechuang.text.reflow import hard_wrapped, rejoin

# 三台 2023 县域经济 speech, a PDF's text copied (https://gongwen.com.cn/doc/296640.html): wrapped at the margin,
# figures spaced.
SANTAI = ("近年来,我县锚定“稳步走在全市县域经济第一方阵,持\n续领跑全省农产品主产区县”目标,加快推动农业大县、\n"
          "人口大县向产业大县、经济强县跃升。2022 年实现地区生\n产总值 1479.21 亿元、增长 5.3%,经济总量和增速分别居\n"
          "全省 34 个类区县第 1位、第 2位,连续四年蝉联全省县域\n经济发展先进县,成功入选全国乡村振兴百强县、中国西\n"
          "部百强县。今年上半年,实现地区生产总值 803.76 亿元、\n增长 8.5%,增速高于全国 4个百分点、全省 4.7 个百分点,\n"
          "与全市持平。")
# 陕西 乡村振兴 plan, a county's (https://yihaowenku.com/doc/19507.html).
GRAIN = ("(三)优化粮食供给结构。推广大豆玉米复合种植和果园套种大豆。提\n升改造核桃、花椒等木本粮油低产低效林。大力发展适宜加工的优质专用小\n"
         "麦,因地制宜发展青贮饲用玉米和甜糯玉米。支持粮食专业合作社、土地托\n管公司等社会化服务组织,持续推进粮食规模化生产经营,打造高产稳\n"
         "产“吨粮田”。鼓励在主粮生产区外发展荞麦、谷类等特色小杂粮。开\n发利用冬闲田、台塬地扩大冬油菜播种面积。因地制宜发展油菜、油葵等油\n"
         "料作物。〔县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕")
# 嵊州 2022 工业经济 policy (http://www.bjhold.com/art/2022/12/19/art_1529980_59040743.html).
SHENGZHOU = ("一、深入實施數字經濟“一號工程”\n(一)深入推進數字經濟系統建設。加快以“產業大腦+未\n"
             "來工廠”為核心的數字經濟系統建設。推進產業大腦建設,待省、\n紹興市出臺產業大腦建設及應用專項政策后,按上級政策執行。\n"
             "推進未來工廠建設,對當年評為省級未來工廠、省級智能工廠、\n紹興市級智能工廠、省級數字化車間、紹興市級數字化車間的,\n"
             "分別給予 100 萬元、30 萬元、20 萬元、15 萬元、10 萬元獎勵。\n(責任單位:市經信局)")


def test_a_hard_wrapped_speech_reads_as_one_paragraph_with_its_figures_whole():
    text = normalise(SANTAI)
    assert "\n" not in text
    assert "2022年实现地区生产总值1479.21亿元、增长5.3%" in text
    assert "实现地区生产总值803.76亿元、增长8.5%" in text


def test_a_hard_wrapped_task_reads_as_one_line_with_its_units():
    assert normalise(GRAIN) == GRAIN.replace("\n", "")
    plan = extract_text(GRAIN)
    assert {a.unit for a in plan.assignments} >= {"县农业农村局", "县林业局"}


def test_a_wrapped_policy_keeps_its_heading_and_its_units_line_apart():
    lines = normalise(SHENGZHOU).split("\n")
    assert lines[0] == "一、深入實施數字經濟“一號工程”"
    assert lines[1].startswith("(一)深入推進數字經濟系統建設。加快以“產業大腦+未來工廠”為核心")
    assert "分別給予100萬元、30萬元、20萬元、15萬元、10萬元獎勵。" in lines[-2]
    assert lines[-1] == "(責任單位:市經信局)"


# 漳州 2024 (https://www.fujxw.cn/shequ/651.html), figures spaced as a PDF's text layer prints them
ZHANGZHOU = ("今年,我市要实施5个城中村改造项目,建成 1.2 万套安置房;建设 3000 套保障性租赁住房,对于配售型保障性住房,"
             "将会把符合条件的存量商品房作为保障性住房加以利用;开展 8 个“好房子”建设试点项目;维持政策稳定。")


def _wrapped(text: str, width: int) -> str:
    """The text broken as a PDF's margin breaks it: at ``width`` half-width cells, a Chinese character or mark two."""
    lines, line, used = [], "", 0
    for char in text:
        cells = 1 if char.isascii() else 2
        if used + cells > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + char, used + cells
    return "\n".join([*lines, line])


@pytest.mark.parametrize("width", range(40, 81, 3))
def test_a_wrap_inside_a_figure_or_a_unit_reads_whole(width):
    # margins of 20 to 40 Chinese characters: breaks fall inside 3000, between 万 and 套, before 8 and after it
    text = normalise(_wrapped(ZHANGZHOU, width))
    assert text == normalise(ZHANGZHOU) == ZHANGZHOU.replace(" ", "")


@pytest.mark.parametrize("raw, printed", [
    # 安徽 2024 民生实事 (https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html)
    ("经省委、省政府同意,2024 年我省实施 50 项民生实事", "经省委、省政府同意,2024年我省实施50项民生实事"),
    ("3)实施放心家政行动,培训家政服务人员 30 万人次,", "3)实施放心家政行动,培训家政服务人员30万人次,"),
    # a 數字鄉村 工作要點 (http://www.212549.com/html/News/202204/7944e0c6be64339c.shtml)
    ("農產品電商網絡零售額突破 4300 億元。", "農產品電商網絡零售額突破4300億元。"),
    ("到 2022 年底,數字鄉村建設取得新的更大進展", "到2022年底,數字鄉村建設取得新的更大進展"),
    ("达到 30 %", "达到30%"),
])
def test_spaces_around_a_figure_go(raw, printed):
    assert normalise(raw) == printed


@pytest.mark.parametrize("raw", [
    "2025 2030",  # two numbers
    # a table row printed with spaces (越城年鉴 2022, https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/
    # files/basic-html/page30.html) and a row's number (国办 2016, http://www.chinaacc.com/qtjjfg/hu1604154336.shtml)
    "1 全区生产总值(亿元) 1000 1008.5 完成",
    "8 公路投资1.65万亿元 交通运输部",
    # a body's name before a date cell (监利 2018, https://www.wanglu.net/thread/t4-381931-0.html)
    "督促拆迁项目单位落实扬尘污染防治工作. 县五城办 7月底前制定",
    # a figure between two cells, no measure word after it (福建 2024 预算, http://cqfj.gov.cn/index/xz_168/ywtjzx/
    # zwxx_61303/gsgg_107031/202402/t20240201_12892054.html)
    "项目总预算 65 财政资金预算分类",
    "PM2.5 年均浓度",
])
def test_spaces_that_separate_items_stay(raw):
    assert normalise(raw) == raw


def test_two_figures_each_with_its_measure_word_stay_apart():
    assert normalise("2020 年 2025 年") == "2020年 2025年"


@pytest.mark.parametrize("raw", [
    # a headline's list of short lines (思明 2020, http://mngood.com/xiamen/dzscb/14729.html)
    "今天上午\n思明区第十七届人民代表大会第四次会议\n第一次全体会议顺利举行\n夏长文区长作区人民政府工作报告\n房子、票子、学位、车位\n"
    "放管服、减税降费……\n多种利好纷纷兑现\n预计全年地区生产总值增长7.8%左右\n固定资产投资212亿元\n财政总收入252.7亿元",
    # a signature block and contact lines (四川 2023, https://lr5.cn/2023/06/21/34111.html)
    "联系方式:资源配置与管理处(028)86671416\n科技监督与诚信建设处(028)86669053\n附件:2023年第二批省级科技计划项目清单\n"
    "四川省科学技术厅\n2023年5月26日",
    # a table printed one cell a line (重庆 2023, http://cbca.org.cn/zcfg/dfzc/2023-12-13/21119.html)
    "表1 重庆市数字经济创新发展主要指标\n类别 |\n主要指标 |\n单位 |\n2022年 |\n2027年 |\n来源 |\n总体 |\n数字经济增加值占GDP的比重 |\n"
    "% |\n45.4 |\n50 |\n市统计局 |\n数字经济重点企业 |\n家 |\n/ |\n500 |\n市经济信息委 |\n|",
    # a table's rows, names one a line (铜梁 2025, https://www.cqstl.gov.cn/zwgk_171/zfxxgkml/zfgzbgzxqk/202509/
    # t20250919_15024369.html)
    "2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、经济社会发展主要预期目标\n"
    "9 全体居民人均可支配收入增长6%。 区发展改革委\n区人力社保局\n区农业农村委\n全体居民人均可支配收入同比增长4.7%。",
    # a bulleted list (云南 2026, http://ynmzw.cn/show/769.html)
    "“十四五”时期工作回顾\n经济实力迈上新台阶\n地区生产总值突破3万亿元、年均增长4.7%,人均地区生产总值超1万美元\n"
    "• 16次调度推进重大产业项目,开工项目超1万个、完成投资近1万亿元\n• 高速公路、农村公路通车里程均居全国第2位\n• 新增铁路里程989公里",
    # a list of goals of about one width, tails open (辽宁 2026, https://www.51tgb.com/page?newsid=48620)
    "辽宁落点\n2026年\n地区生产总值增长4.5%左右,在实际工作中努力争取更好结果\n一般公共预算收入增长2.5%左右\n"
    "城镇新增就业45万人以上,城镇调查失业率5.5%左右\n居民人均可支配收入增长与经济增长基本同步\n"
    "完成国家下达的单位地区生产总值二氧化碳排放降低任务",
    # a dateline before a paragraph opening with 日前 (交通运输部 2022, http://www.1000kva.com/2022/0901/420936.html)
    "2022-09-01 16:06:16\n日前,交通運輸部辦公廳發出《關于加快構建發展長效機制切實保障農村客運穩定運行的通知》",
    # a row's number before its cell (上海 2021, https://www.shanghai.gov.cn/zhengce/detail?businessId=
    # b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039)
    "3\n人均公园绿地面积",
    # numbered headings of one length
    "一、加快建设科技创新平台体系建设\n二、加快培育壮大科技创新主体力量\n三、加快推动科技成果转移转化应用\n四、加快完善科技创新人才引育机制",
    # a table's rows printed with spaces (越城年鉴 2022)
    "序号 指标名称 2020年目标值 2020年预计值 完成情况\n1 全区生产总值(亿元) 1000 1008.5 完成\n"
    "2 人均生产总值(元) 130000 130913 完成\n3 公共财政预算收入(亿元) 72.69 72.69 完成",
])
def test_lines_that_are_no_wrap_stay(raw):
    assert normalise(raw).split("\n") == [normalise(line) for line in raw.split("\n")]
    assert not hard_wrapped(raw.split("\n"))


def test_a_pdf_s_lines_are_rejoined_as_before():
    lines = ["到2025年,全县高新技术企业达到30家,科技型中小企业达到", "100家,技术合同成交额达到2亿元。", "二、重点任务"]
    assert rejoin(lines) == ["到2025年,全县高新技术企业达到30家,科技型中小企业达到100家,技术合同成交额达到2亿元。", "二、重点任务"]


def test_a_blank_line_stays():
    # a blank line after every line (缙云 2021, http://www.jinyun.gov.cn/art/2021/3/19/art_1229355488_59117844.html)
    # is left as printed: openings read their title and bar by it (reading it as one break lost titles)
    raw = ("经缙云县第十七届人民代表大会第五次会议代表投票表决,确定缙云县2021年十件民生实事项目(按得票数高低为序)\n\n"
           "一、改善群众出行条件,新建和改造提升农村公路105公里,建设改造公交站点10个。")
    assert normalise(raw) == raw


def test_a_section_s_blank_line_among_single_breaks_stays():
    raw = "一、总体要求\n到2025年,全县高新技术企业达到30家。\n\n二、重点任务\n(一)培育创新主体。"
    assert normalise(raw) == raw


@pytest.mark.parametrize("raw", [SANTAI, GRAIN, SHENGZHOU,
                                 "经省委、省政府同意,2024 年我省实施 50 项民生实事,具\n体安排如下。"])
def test_normalising_twice_changes_nothing(raw):
    once = normalise(raw)
    assert normalise(once) == once
