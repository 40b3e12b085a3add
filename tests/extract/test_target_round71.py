"""Round-71 target rules (targ71): a news passage that states no goal's cue reports facts, no targets, when its
headline reports a result (已完成, 以来…累计, 成绩单) or its reporter notes what was learnt (记者…获悉, 据了解)
(spec/plan-format.md: history and a review's results are no targets). Every text is real text of a dev page, its
address cited; the expected targets are read by hand per the spec."""

from __future__ import annotations

from kechuang.extract.targets.report_headlines import headline_report
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_under

# 新疆 2018 news (https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1485.html, dev)
_YUTIAN = ("2018年,新疆深度贫困地区重点完成剩余4个乡通硬化路项目,建设总里程184.9公里,总投资3.3亿元。截至目前,4个乡通"
           "硬化路项目均已完工。重点完成28个村通硬化路工程,建设里程408公里,总投资3.78亿元。截至目前,28个村通硬化路建设"
           "项目均已完工。")
# 西藏 2020 news (http://tibet.cn/cn/news/zx/202005/t20200513_6776928.html, dev)
_XIZANG = ("西藏坚持就业优先,人社、发改、财政等6部门联合出台《应对新冠肺炎疫情加快农牧民转移就业促进农牧民增收的实施方案》,"
           "从产业发展、项目用工、就业补贴等方面强化政策保障;坚持就近就便,各市地依托重点工程项目建设,集中发布岗位、精准"
           "对接输送,6.5万名农牧民就近参与到项目建设中;做实组织化输出,充分发挥3332个农牧民务工联队和劳务合作组织的作用,"
           "点对点输出3.9万名农牧民。")
# 人社部 2025 news (http://blog.meiducn.com/m?id=7175299, dev)
_RENSHE = ("“十四五”期间,人社部强化全方位就业服务,提升人力资源匹配效率。王晓萍表示,人社部健全覆盖全民、贯穿全程、辐射全域、"
           "便捷高效的就业公共服务体系,构建“省市县乡村”五级服务网络,建成近9000家零工市场,推动服务资源向基层延伸、向农村"
           "覆盖。\n据了解,“十四五”期间,中国累计发布72个新职业,覆盖数字经济、现代服务、智能制造等行业。(完)")
# 吉林市 2025 news (https://www.shjnet.cn/xw/jcjsb/202601/t20260122_671113.html, dev)
_JILIN = ("补短板加速推进,这一年,全市农业基础条件持续改善。\n全市主要农作物综合机械化率再提高1个百分点,达到88%;完成年内"
          "67万亩高标准农田建设任务,占基本农田面积比例提高到60%以上,成功获批超长期特别国债项目62.6万亩;新建棚室4804亩,"
          "超额完成省定任务。")


def test_a_result_headline_over_a_text_with_no_goal_reads_no_targets():
    assert _rows(_YUTIAN, 2018, "新疆今年已完成农村公路建设里程逾12462公里") == []
    assert _rows(_XIZANG, 2020, "西藏农牧民转移就业已完成年度目标的32.9%") == []
    assert _rows(_RENSHE, 2025, "“十四五”以来中国城镇新增就业累计达5921万人") == []
    assert _rows(_JILIN, None, "2025年吉林市乡村年度成绩单") == []


# 安徽 2020 news (http://zjnhdd.cn/index.php/news/showNews/nid/2297.shtml, dev), 内蒙古 2023 news
# (http://hamasdt.com/cn/Instant/local/202402/t20240220_7574907.html, dev), 宣城 2013 news
# (http://www.newsxc.com/folder33/folder39/folder43/2013-09-23/130108.html, dev), 山西 2025 news
# (http://www.okceo.cn/City/shanxi/664.html, dev)
def test_a_reporters_note_over_a_text_with_no_goal_reads_no_targets():
    anhui = ("記者日前從全省住房城鄉(xiāng)建設(shè)工作會議上獲悉,去年全省改造城市生活污水管網(wǎng)957.86公里,新增污水"
             "處理能力54萬立方米/日;新增城鎮(zhèn)園林綠地面積6797萬平方米,建成城市綠道800.2公里。")
    assert _rows(anhui) == []
    neimenggu = ("記者從自治區(qū)水利廳獲悉,2023年,內(nèi)蒙古緊盯群眾所需所盼民生實事,堅持質(zhì)量與進度并舉,以增長近"
                 "70%的投資切實保障新建農(nóng)村牧區(qū)集中供水、邊境牧區(qū)分散式水源點工程項目的實施,提前完成新建擴建集中"
                 "供水531處、分散式水源909處任務(wù),受益農(nóng)牧民達到32萬人。")
    assert _rows(neimenggu, 2023) == []
    xuancheng = "据了解,自实施民生工程以来,我市民生工程项目由2007年的12项拓展为2013年的33项,7年累计投入民生工程资金近115亿元。"
    assert _rows(xuancheng, 2013, "我市实施民生工程进度快") == []
    shanxi = ("据了解,这些特派员必须是农业相关专业的在职人员,年龄不超过58岁,并具备中级及以上职称。他们需要深入农村基层,"
              "开展技术指导、创新创业和培训等工作,解决农业关键技术问题和需求难题。")
    assert _rows(shanxi, 2025, "山西选派科技特派员服务乡村振兴") == []


# A reporter's note over a plan's goals names them with a cue and keeps them: 仓山 2022 为民办实事
# (http://www.hxnews.com/news/fj/fz/202112/22/2040314.shtml, dev), 甘肃 2019 改厕
# (https://www.xcgbb.com/xczx/201904/t20190402_6145106.shtml, dev), 广西 糖业 (https://et.ynau.edu.cn/cane/View.asp?id=3865,
# dev); 据介绍 is no reporter's note (科技部 2017 农业科技园区 news, http://www.olinedb.com/2017/0331/235018.html, dev).
def test_a_plans_news_keeps_its_targets():
    cangshan = ("记者从会上获悉,明年仓山区将加大民生投入,通过实施为民办实事项目25项,新办7所公办幼儿园,推进省立医院金山新院"
                "(二期)等医疗项目建设等举措,持续改善群众生活。")
    assert 7 in [r[2] for r in _rows(cangshan, 2022, "仓山区2022年为民办实事项目")]
    gansu = ("记者近日从甘肃省农业农村厅获悉:甘肃今年将完成农村户用卫生厕所改造50万户以上,70%的建制村有1座卫生公厕;2020年"
             "卫生厕所普及率达到50%以上,建制村实现卫生公厕基本全覆盖。")
    assert {50, 70} <= {r[2] for r in _rows(gansu, 2019)}
    guangxi = ("记者从广西壮族自治区政府获悉,广西计划到2017年,糖料蔗种植面积稳定在1600万亩左右,将蔗糖年产量提升到1100万吨,"
               "综合销售收入达1650亿元。")
    assert [r[2] for r in _rows(guangxi, 2013, "广西计划2017年产糖量提升到1100万吨")] == [1600, 1100, 1650]
    kejibu = ("據(jù)介紹,科技園區(qū)科技進步貢獻率達到75%以上,比全國高15個百分點;土地產(chǎn)出率、勞動生產(chǎn)率比"
              "當?shù)仄骄礁咭槐叮晦r(nóng)民人均收入比當?shù)仄骄礁?0%。")
    assert 75 in [r[2] for r in _rows(kejibu, 2017, "科技部:四年內(nèi)將建30個國家級農(nóng)高示範區(qū)")]


# A progress report's headline (进展, 完成情况) names tasks, no result: its cells keep their targets; and a report's work
# list under a report's title keeps its own (甘肃省 2022 政府工作报告, http://blockchainlive.net/shendu/2022/0119/011971288.html,
# dev, round 69's test).
def test_a_progress_headline_and_a_work_list_keep_their_targets():
    assert not headline_report("2023年区政府民生实事进展情况", "新建公办幼儿园3所。", 2023)
    assert not headline_report("宣州区科技局重点工作任务二季度完成情况", "新增高新技术企业20家。", 2023)
    text = ("加快重塑傳統產業新優勢。打好產業基礎高級化產業鏈現代化攻堅戰,全面落實鏈長制,發揮鏈主企業作用,推動石化、"
            "有色、鋼鐵、煤化工、精細化工產業延鏈補鏈強鏈。實施“三化”改造項目270個。推進隴東綜合能源基地高質量發展,"
            "新增煤炭產能1465萬噸,原油產量突破1000萬噸,天然氣產量達到5億立方米。實施找礦突破戰略行動,加快礦產資源"
            "勘查開發。")
    assert [r[2] for r in _rows(text, 2022, "2022年甘肃省政府工作报告")] == [270, 1465, 1000, 5]


def test_a_long_text_with_no_cue_is_read_in_linear_time():
    text = "全市新增企业15家,建成道路3公里。" * 5000  # 100,000 characters, no goal's cue
    def both() -> tuple:
        return headline_report("全市已完成年度任务", text, 2023), headline_report(None, text, 2023)
    reported, unheaded = assert_under(both, 0.5)
    assert reported and not unheaded
