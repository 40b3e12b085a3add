"""Round 59 (meta24): titles read in the page's own surface form. A line of a portal's field labels left blank
(`文号 浏览量` / `主题词`, `选择栏目`) or a row of labelled fields whose last value ends with a plan word (`… 关 键 字
应急预案`) is no part of the title under it (``metadata/labels.py``); a title whose zeros a mirror dropped
(`(221—225年)`, `二三五年`) is taken as the page prints it whole elsewhere (``metadata/zeros.py``). Texts are the
openings of dev pages, cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.labels import field_row, labels_only
from kechuang.extract.metadata.region import in_title_form
from kechuang.extract.metadata.zeros import _keyed, with_zeros
from kechuang.text.normalise import normalise
from tests.timing import assert_linear, assert_under


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def test_blank_labels_over_the_title_are_left_out() -> None:
    # https://www.tengchong.gov.cn/info/9068/2697633.htm (腾冲 2015)
    text = ("打开适老化模式 无障碍浏览 x\n索引号 01526110-7-10_C/2015-0925002 发布机构 保山市生态环境局腾冲分局\n"
            "公开目录 法定主动公开内容 发布日期 2015-09-25 10:27:47\n文号 浏览量\n主题词\n腾冲县突发环境事件应急预案\n\n"
            "腾冲县突发环境事件应急预案\n\n目   录\n\n1. 总则\n\n1.1  编制目的\n\n")
    info = _info(text)
    assert info.title == "腾冲县突发环境事件应急预案"
    assert info.region == "腾冲县"


def test_a_column_chooser_over_the_title_is_left_out() -> None:
    # https://www.lingang.gov.cn/html/website/lg/index/government/juecegongkai/juecemuluneirong/1570675409189728257.html
    text = ("pm2.5\n\n中国(上海)自由贸易试验区临港新片区管理委员会\n\n开放创新 · 智慧生态 · 产城融合 · 宜业宜居\n\n选择栏目\n\n"
            "中国(上海)自由贸易试验区临港新片区海绵城市专项规划(2022-2035年)\n\n发表时间:2022-09-16点击次数:\n\n"
            "中国(上海)自由贸易试验区临港新片区\n\n海绵城市专项规划\n\n(2022-2035年)\n\n\n意见征询\n\n")
    assert _info(text).title == "中国(上海)自由贸易试验区临港新片区海绵城市专项规划(2022-2035年)"


def test_a_row_of_fields_ending_with_a_plan_word_is_no_title() -> None:
    # http://www.nxyn.gov.cn/zwgk/gkbm/ynxmnz/xxgkmn/yjgl_16071/201711/t20171130_611831.html (闽宁镇 2017)
    text = ("本站已启用无障碍浏览系统,欢迎点击访问!\n索 引 号 640121-205/2017-53675 文  号 永闽政发〔2017〕235号 "
            "生成日期 2017-11-30\n发布机构 永宁县闽宁镇人民政府 责任部门 永宁县闽宁镇 关 键 字 应急预案\n"
            "公开方式 主动公开 公开时限 长期公开 是否有效 有效\n\n闽宁镇生产安全事故应急预案\n\n"
            "保护视力色:              字体颜色: 【       绿 】        恢复默认     \n\n 闽宁镇生产安全事故应急预案 \n\n"
            "  目   录 \n\n  1总则 \n\n  1.1编制目的 \n\n")
    assert _info(text).title == "闽宁镇生产安全事故应急预案"


def test_labels_and_rows_are_told_from_titles() -> None:
    assert labels_only("文号浏览量") and labels_only("主题词") and labels_only("选择栏目")
    assert not labels_only("腾冲县突发环境事件应急预案") and not labels_only("主题词腾冲县突发环境事件应急预案")
    assert field_row("发布机构永宁县闽宁镇人民政府责任部门永宁县闽宁镇关键字应急预案")
    assert not field_row("闽宁镇生产安全事故应急预案") and not field_row("关于进一步规范发布机构信息公开的实施方案")


def test_zeros_a_headline_lost_are_put_back_from_the_cover() -> None:
    # http://qianyanfinance.com/lenglianwuliu/news/lenglian/1596 (重庆 2022, the headline prints 221—225)
    text = ("中國冷鏈物流網\n\n重慶市人民政府辦公廳關于 印發重慶市冷鏈物流高質量發展 “十四五”規劃(221—225年)的通知\n\n"
            "時間:2022-11-25 11:38:07來源:food欄目:冷鏈新聞 閱讀:\n\n各區縣(自治縣)人民政府,市政府有關部門,有關單位:\n\n"
            "重慶冷鏈物流高質量發展“十四五”規劃(2021—2025年)》已經市政府同意,現印發給你們,請認真貫徹執行。\n\n"
            "重慶市人民政府辦公廳\n\n2022年7月12日\n\n(此件公開發布)\n\n重慶市冷鏈物流高質量發展“十四五”規劃\n\n"
            "(2021—2025年)\n\n2022年7月\n\n目 錄\n\n第一章 發展基礎和面臨形勢\n\n")
    assert _info(text).title == "重慶市冷鏈物流高質量發展“十四五”規劃(2021—2025年)"


def test_a_chinese_year_that_lost_its_zero_and_no_basis_of_it() -> None:
    # https://www.qianjiang.gov.cn/zwgk_210/zfxxgkml/zcwj_qzf/qtwj/202105/t20210506_9247978.html (黔江 2021)
    text = ("  • 文件标题 重庆市黔江区人民政府 关于印发重庆市黔江区国民经济和社会发展 第十四个五年规划和二〇三五年远景目标纲要的通知\n"
            "  • 发布机构 黔江区人民政府\n\n黔江府发〔202129\n\n重庆市黔江区人民政府\n\n关于印发重庆市黔江区国民经济和社会发展\n\n"
            "第十四个五年规划和二三五年远景目标纲要的通\n\n各乡、镇人民政府,各街道办事处,区政府各部门,有关单位:\n\n"
            "《重庆市黔江区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要》已经区第四届人民代表大会第五次会议批准,"
            "印发给你们,请认真贯彻执\n\n重庆市黔江区人民政府\n\n2021429\n\n(此件公开发布\n\n重庆市黔江区国民经济和社会发展\n\n"
            "第十四个五年规划和二○三五年远景目标纲要\n\n"
            "《重庆市黔江区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》,根据《中共重庆市黔江区委关于制定黔江区"
            "国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议》编制,主要阐明全区战略意图。\n\n")
    info = _info(text)
    assert info.title == "重庆市黔江区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"
    assert not any("二三五" in b for b in info.basis)


def test_titles_whole_or_without_a_cue_stay() -> None:
    lines = split_lines("贵州省“十四五”规划(2021—2025年)\n\n贵州省“十四五”规划(2021—2025年)\n")
    assert with_zeros(lines, "贵州省“十四五”规划(2021—2025年)") == "贵州省“十四五”规划(2021—2025年)"
    # a count of three digits is no year that lost its zero when the page prints no other form (永安 2023: 210户)
    assert with_zeros(split_lines("永安市210户农户改造实施方案\n"), "永安市210户农户改造实施方案") == "永安市210户农户改造实施方案"


def test_a_prefecture_named_short_in_its_title_takes_the_short_form() -> None:
    # https://cxz.gov.cn./info/egovinfo/1001/xxgkxt_content/115323000151673132-/2024-1021004.htm (楚雄 2024)
    text = ("首页\n\n您当前所在的位置: 首页 >> 公开信息内容\n\n索引号:115323000151673132-/2024-1021004 公开目录:州委文件 "
            "发布机构:楚雄州人民政府办公室\n主题词: 发布日期:2024年10月21日 文  号:楚办通〔2024〕57号\n标 题:\n"
            "中共楚雄州委办公室 楚雄州人民政府办公室印发《楚雄文化和旅游强州建设三年行动(2024—2026年)》的通知\n成文日期:\n\n"
            "中共楚雄州委办公室 楚雄州人民政府办公室印发《楚雄文化和旅游强州建设三年行动(2024—2026年)》的通知\n\n\n"
            "各县市党委和人民政府,州委各部委办局,州级国家机关各委办局,楚雄高新区和各产业园区,州级各人民团体:\n\n"
            "《楚雄文化和旅游强州建设三年行动(2024—2026年)》已经州委全面深化改革委员会第十次会议、十三届州人民政府第49次常务会议"
            "审议通过,现印发给你们,\n\n \n\n中共楚雄州委办公室\n\n楚雄州人民政府办公室\n")
    assert _info(text).region == "楚雄"
    # http://www.dlwfd.gov.cn/2021/0425/7419.html (瓦房店 2021: the gold takes the title's 瓦房店)
    assert in_title_form("瓦房店市", "关于推进健康瓦房店行动的实施意见") == "瓦房店"


def test_a_place_named_whole_or_another_place_of_its_name_stays() -> None:
    assert in_title_form("楚雄州", "楚雄州文化和旅游强州建设三年行动") == "楚雄州"
    assert in_title_form("楚雄州", "楚雄市城市更新行动方案") == "楚雄州"  # another place: the city in the prefecture
    assert in_title_form("新乡市", "关于推进新乡县乡村振兴的实施意见") == "新乡市"
    assert in_title_form("广西壮族自治区", "美丽广西建设三年行动计划") == "广西"  # the provinces' rule as before


def test_a_title_that_opens_with_a_quoted_title_keeps_its_marks() -> None:
    # http://www.zunyi.gov.cn/zwgk/zfwj/zfbh/202205/t20220511_74033183.html (遵义 2022)
    text = ("您当前所在的位置: 首页 > 政务公开 > 政府文件 > 遵府办函\n索引号 000014349/2022-1497743 主题分类   其他\n"
            "发布机构 发文日期  2022年05月10日\n文号 遵府办函〔2022〕56号 是否有效\n"
            "标题 市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n"
            "时间:2022-05-11 16:14\n字号: 分享:\n\n"
            "市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n\n"
            "各县、自治县、区(市)人民政府、新蒲新区管委会、市政府各部门、各直属机构:\n\n")
    assert _info(text).title == "《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案"


def test_a_plan_quoted_whole_loses_its_marks_as_before() -> None:
    text = "市人民政府办公室关于印发《遵义都市圈发展规划》的通知\n\n各县、自治县、区(市)人民政府:\n\n"
    assert _info(text).title == "遵义都市圈发展规划"


def test_readers_are_linear() -> None:
    row = "发布机构 永宁县闽宁镇人民政府 责任部门 永宁县闽宁镇 关 键 字 应急预案\n"
    assert_linear(field_row, lambda n: row * 50 * n)
    title = "重庆市冷链物流“十四五”规划(221—225年)"
    assert_linear(_keyed, lambda n: "重庆市冷链物流“十四五”规划(2021—2025年) " * 100 * n)
    lines = split_lines("重庆市冷链物流“十四五”规划(21—25年)\n" * 50_000)  # the window is bounded: a long page costs
    assert assert_under(lambda: with_zeros(lines, title), 0.5) == title  # no more than its first lines
