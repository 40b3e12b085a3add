"""Round-26 target rules (tprec2): numbers inside plans that are not their targets, from the twenty-seventh batch
(tests/fixtures/real/README.md) and the dev split, each family from two documents or more; the sentences are quoted
from the pages named, the expected values read by hand per spec/plan-format.md and the corpus README."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# 1. The terms of a reward rule (targets/reward_terms.py): a clause followed by the clause that grants the reward names
# who is rewarded; its numbers are conditions (the spec's "policy parameters"), whether it ends with its qualifier
# (…超10亿元的, …达100亿元及以上的重大项目, …的企业(不含新投产企业)) or opens with the recipients' 对.
# izzymizzy.com/news/fj/fz/201903/25/1727692.shtml (福州 2019 关于促进工业企业高质量增长的若干措施, news print)
FUZHOU = ("年产值5亿元以上、产值比2018年度增长10%以上(全年均衡增长)、工业要素指标占比不低于2018年度水平的企业(不含新投产企业),"
          "按该企业2019年产值较2018年增量每1000万元奖励2万元;2019年新投产纳统的企业,年产值完成5亿元~10亿元的,给予一次性奖励"
          "100万元,年产值超10亿元的,给予一次性奖励300万元。")
# eptb.org.cn/news/1986842126733938688 (广州 2025 推动低空经济高质量发展资金管理办法, 征求意见稿)
GUANGZHOU = ("固定资产投资额5亿—100亿元(不含)的项目,市财政按固定资产投资额的2%予以扶持;固定资产投资额达100亿元及以上的重大项目,"
             "市财政按固定资产投资额的5%予以扶持(不含省级、区级扶持资金)。")
# letaoli.net/3045.html (汉中 2021 工业倍增支持政策; a traditional-character mirror with phonetic readings)
HANZHONG = ("對年營業(yè)收入首次突破100 億元、300億元、500億元、1000 億元的省級工業(yè)集中區(qū),分別獎勵100萬元、200萬元、"
            "300萬元、500萬元")
# bjhold.com/art/2022/12/19/art_1529980_59040743.html (嵊州 2022 加快推進工業經濟高質量發展若干政策, dev): the condition
# runs over the page's line breaks
SHENGZHOU = ("對通過軟件企業評估,且納入浙江省經濟和信息化數據服務平臺\n的軟件企業,年銷售收入首次突破 1000 萬元、2000 萬元、5000\n"
             "萬元、1 億元的,分別給予一次性獎勵 10 萬元、20 萬元、50 萬\n元、100 萬元。")
# m.yybnet.net/hefei/feixi/201904/9001077.html (肥西 2019 改厕, news)
FEIXI = ("4月23日,记者从肥西县了解到,今年,该县计划改厕12000个。该县改厕经费纳入年度财政预算,县财政对验收合格的改造(含新建)"
         "厕所1座,给予1500元经费补助;农户自行改造厕屋达到要求的,给予定额补贴。")


# The batch's second part, annotated after the rule (out of sample): tmosaas.com/zonghe/2022/0325/73488.html (天津滨海
# 高新区 科企六条 2022, with phonetic readings); cidian.kuaisou.com (厦府规〔2022〕2号); filmfandojo.com/display/93758.html
# (苏滁高新区 2023, a payer with a reading before the grant: 園區(qū)分別一次性給予)
BINHAI = ("?第四條 “雙五”企業(yè)獎勵。對首次同時達到營業收入5億元以上、研發(fā)投入強度5%以上的“雙五”企業(yè),給予一次性"
          "200萬元獎勵,用于鼓勵企業(yè)加大科技研發(fā)投入。")
XIAMEN = ("在本市商事登记当年纳入规上软件业的企业,对其纳统后1年内营业收入超过2000万元的部分,按1%给予奖励;第2年纳入规上软件业的,"
          "按上述收入超过部分的0.5%给予奖励,每家企业的奖励额度最高不超过500万元。")
SUCHU = ("2、對規(guī)上工業(yè)企業(yè)年?duì)I業(yè)收入和產(chǎn)值均首次突破1億元、5億元、10億元、30億元、50億元、100億元的,園區(qū)"
         "分別一次性給予10萬元、20萬元、30萬元、100萬、200萬元、500萬元獎(jiǎng)勵(lì)。")


def test_the_terms_of_a_reward_rule_are_no_targets():
    for text, year in ((FUZHOU, 2019), (GUANGZHOU, 2025), (HANZHONG, 2021), (SHENGZHOU, None), (BINHAI, 2022),
                       (XIAMEN, 2022), (SUCHU, 2023)):
        assert _rows(text, year) == [], text[:20]
    assert [r[2:] for r in _rows(FEIXI, 2019)] == [(12000, "个", 2019)]  # the plan's count stays


def test_a_qualified_count_with_no_grant_after_it_stays_a_target():
    # nec-driver.com/bhuanan/10093_3.html (a 海南 county's 2024 report, dev gold): the qualifier names the thing counted
    text = "有序开展农村集体性经营性建设用地入市试点,力争实现20%的村集体年收入超30万元,新增年收入超50万元的经济强村5个。"
    values = [r[2] for r in _rows(text, 2024)]
    assert 20 in values and 5 in values
    # a grant after a plain count (no qualifier, no 对) does not make the count a condition
    assert [r[2] for r in _rows("新建村级养老服务站10个,每个给予5万元补助。", 2024)] == [10]


# 2. A measured rate of completion (targets/completion_rates.py): 完成率 other than 100, or a share of the year's task
# above 100, after an amount done, closes a sentence of what was done; every number of the sentence is history.
# sznianjian.com/show.php?mlid=19073 (永州 2020, a yearbook's entry)
YONGZHOU = ("全年建设农村改厕整村推进村1065个、农村改厕示范乡镇11个、示范村24个,改(新)建户厕10.09万户,完成年度任务100.8%,"
            "建设农村户厕144座,完成年度任务119.01%;累计建成农村户改厕96.65万户,农村卫生厕所普及率87.58%。")
# news.qq.com/rain/a/20241230A06MRR00 (杭州 2024 民生实事完成情况, dev)
HANGZHOU = "(一)已新增老年助餐服务点235个、新增认知障碍照护专区床位1202张,整体完成率111.5%。"
# hm.nantong.gov.cn (海门 2020 农村改厕工作开展情况): the plan's sentence before the report keeps its target
HAIMEN = ("今年是我区新一轮农村改厕三年行动计划的收官之年,区改厕办紧密结合污染防治攻坚和农村人居环境整治,加快农村改厕进程,"
          "进一步提升改厕成效,确保今年我区完成4.1万座农村改厕任务。截至2020年10月30日,全区已完成农村户改厕任务40926座,"
          "完成率99.82%,预计11月中旬完成全年任务。")


def test_a_sentence_reporting_a_measured_completion_rate_is_history():
    assert _rows(YONGZHOU, 2020) == []
    assert _rows(HANGZHOU, 2024) == []
    assert _rows(HAIMEN, 2020) == [("农村改厕任务", "level", 4.1, "万座", 2020)]


def test_a_planned_rate_or_a_milestone_share_is_no_report():
    # li-xian.gov.cn (澧县 2021 绩效目标, dev gold): a form's 完成率 of 100% is planned
    form = ("部门整体支出项目绩效目标申报表\n(    2021     年度)\n质量指标机关事务正常运转率机关事务正常运转率\n100%\n"
            "党建任务完成率上级党组织要求完成党建工作任务完成率\n100%")
    assert [r[2] for r in _rows(form, 2021)] == [100, 100]
    # a floor on a rate, and a milestone's share at or below the year's task, are a plan's
    assert [r[2] for r in _rows("新建农村公路50公里,整改完成率达到95%以上。", 2024)] == [50, 95]
    assert [r[2] for r in _rows("新建农村公路50公里,6月底前完成年度任务的50%。", 2024)] == [50, 50]
    # a rate with no amount done before it in its sentence, or after a commitment word, is left alone
    assert [r[2] for r in _rows("项目完成率90%。", 2024)] == [90]
    assert 50 in [r[2] for r in _rows("新建农村公路50公里,确保项目完成率95%。", 2024)]


# 3. A span of months since the year began that opens the sentence with 今年 or is followed by 累计 reports it, as
# `2018年1-9月…` and `1-2月,…` did (targets/vocab.py ``reported``). px.jiangxiwuliu.com/html/zcxw/sjxw/2020/10075.html
# (江西 2020 5G, the batch) and 456150.com.cn (江门 重点项目, the batch's second part, traditional with readings).
def test_a_span_of_months_gone_by_reports():
    jiangxi = ("全省5G网络建设取得快速进展,今年1至8月新增5G基站20842个,全省累计开通5G基站23728个,提前完成省政府工作报告"
               "“2020年建成2万个5G基站”目标。")
    assert _rows(jiangxi, 2020) == []
    jiangmen = "1-10月項(xiàng)目累計(jì)完成投資629.0億元,占年度投資計(jì)劃的97.2%,超過時(shí)間進(jìn)度13.8個(gè)百分點(diǎn)。"
    assert _rows(jiangmen, None) == []
    # a month's milestone of a plan is no span gone by (tests/fixtures/real/README.md, monthly milestones)
    assert [r[2] for r in _rows("3月底前新建成2家,6月底前新建成2家。", 2024)] == [2, 2]


# 4. A change's starting point is no history: 由目前的12% names where the goal starts, so 目前 there makes no report
# (targets/vocab.py ``history``); the goal is the value after the verb, as for a start with a year
# (nanchang.baogaosu.com, 江西 2016 学前教育, the batch; hxnews.com/news/fj/fz/202112/22/2040314.shtml, 仓山 2022, dev).
def test_a_goal_from_a_stated_start_keeps_its_end_value():
    jiangxi = ("日前,记者从省教育厅了解到,今年是实施第二期学前教育三年行动计划(2014—2016年)的最后一年。全省计划新建200所公办幼儿园,"
               "重点是建设乡镇公办中心幼儿园,支持1500所农村学校附属幼儿园办成独立幼儿园,力争使全省公办幼儿园所占比例由目前的12%提高"
               "至30%以上,达到全国平均水平。")
    assert ("全省公办幼儿园所占比例", "level", 30, "%", 2016) in _rows(jiangxi, 2016)
    assert 12 not in [r[2] for r in _rows(jiangxi, 2016)]
    cangshan = "发展群众性体育活动,推动天翔悦动城、东升地铁运动城等项目建设,将人均体育场地面积从2021年2平方米提升至2.3平方米。"
    assert [r[2:] for r in _rows(cangshan, 2022, "仓山区2022年为民办实事项目")] == [(2.3, "平方米", 2022)]
    # 目前 elsewhere still reports (目前,全区共有医疗机构787间: round 22's openers)
    assert _rows("目前,全县共有高新技术企业28家。", 2023) == []
