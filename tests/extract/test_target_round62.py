"""Round 62 (targ62): reports and status sentences read above the sentence (docs/extraction.md, section 4, "Round 62").

Part 1, review 26's F2: round 58's report reach (targets/report_reach.py) opened on 目前 and 截至 wherever they stood, so
a plan's status sentence under its goals heading (目前全县高新技术企业仅有12家) made the cueless goals after it history.
Under a goals heading (主要目标, 发展目标) 目前 and 截至 now open no reach, nor (截至) a report span within their line. No dev page prints the shape (dev plans put
到2025年 or 力争 after a status sentence, and the `pages` store gave none either), so the plan texts are written for the
test in review 26's shape; the reports that round 58 rests on (拉萨 2018's review) still reach."""

from __future__ import annotations

from kechuang.extract import extract_text

PLAN_TITLE = "某县2025年科技创新工作方案"


def _targets(text: str, title: str = PLAN_TITLE, plan_year: int | None = None) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in extract_text(text, title=title, plan_year=plan_year).targets}


def test_a_status_sentence_under_the_goals_heading_opens_no_reach() -> None:
    # written for the test (review 26, F2)
    text = ("二、主要目标\n目前全县高新技术企业仅有12家,创新能力不强。"
            "全县高新技术企业达到50家,科技型中小企业达到120家。")
    found = _targets(text)
    assert (50, "家") in found and (120, "家") in found


def test_a_status_as_of_a_date_under_the_goals_heading_opens_no_reach() -> None:
    # written for the test (review 26, F2, with 截至; the goals on the next line: within its own line a 截至 span is
    # round 44's, passage_mode.py, which this round leaves)
    text = ("二、发展目标\n截至目前,全县拥有省级以上研发平台8个,研发投入强度仅为1.2%。\n"
            "全县省级以上研发平台达到15个,研发投入强度达到2%。")
    found = _targets(text)
    assert (15, "个") in found and (2, "%") in found


def test_a_status_as_of_a_date_on_the_goals_line_opens_no_report_span() -> None:
    # written for the test (review 26, F2, with 截至 and the goals on the same line: round 44's span, passage_mode.py)
    text = ("二、发展目标\n截至目前,全县拥有省级以上研发平台8个,研发投入强度仅为1.2%。"
            "全县省级以上研发平台达到15个,研发投入强度达到2%。")
    found = _targets(text)
    assert (15, "个") in found and (2, "%") in found


def test_a_report_with_jie_zhi_on_its_line_still_reports() -> None:
    # http://cncmrn.com/channels/culture/20100729/257642.html (四川 2010 产业园区 news, dev): no goals heading
    text = ("据介绍,截止到目前,全省纳入《中国开发区审核公告目录》的省级以上开发区48家,包括今年新审批的崇州经济开发区、"
            "绵竹经济开发区、什邡经济开发区、成都-阿坝工业园以及安县工业园等5家。")
    assert (48, "家") not in _targets(text, title="全省产业园区工作会议")


def test_a_report_with_mu_qian_still_reaches() -> None:
    # http://shenyangwangzhanzhizuo.com/cn/news/zx/201901/t20190118_6483689.html (拉萨 2018 科技 review, dev)
    text = ("目前,拉萨市高新技术企业达到29家,科研工作站达10家,孵化器和众创空间达35家,全市专利授权量达到236件。"
            "全市科技进步贡献率达到49.7%,农牧业科技贡献率达到46.9%,科普率达到91%。")
    found = _targets(text, title="创新驱动发展已成为西藏拉萨经济新常态", plan_year=2019)
    assert not {(49.7, "%"), (46.9, "%"), (91, "%")} & found


# Part 2, A1 (docs/fresh-misses.md): a text with no goal's cue at all (round 61, bare_reports.py) that prints a done
# mark — the perfective 了 after a verb (有了很大改观, 形成了, 进行了, 作出了) — states facts: a report. On dev the
# texts with no goal's cue and the mark hold no gold target; the cueless texts that hold gold are a plan's task lists
# (建设665套安置房…), which print none. 为了, 除了, 了解 are no marks; new work after the mark keeps its targets.


def test_a_review_with_you_le_reports() -> None:
    # http://snncw.org/show-9697.html (河北 农村人居环境整治三年行动, its results)
    text = ("村容村貌有了很大改观。农村公路穿村路段硬化完成2290公里,98.9%的村庄完成主街道硬化,完成村庄绿化57万亩,"
            "绘制文化墙5200万平方米,公共照明达标村达到3.9万个,创建美丽庭院674万个。")
    assert not _targets(text, title="河北省农村人居环境整治三年行动")


def test_a_year_in_review_with_xing_cheng_le_reports() -> None:
    # https://zx.zpt966033.com/toutiao/1760731.html (贵州 2025, 工业 news)
    text = ("结构向优——1至11月规模以上工业增加值增长7.1%、高于全国1.1个百分点,工业对经济增长贡献率36%左右。"
            "“酒烟煤电”传统支柱产业占比从“十四五”高位时的近70%下降到66%左右,新能源电池材料、高端装备制造等新兴产业"
            "迅速补位,形成了新的增长点。")
    assert not _targets(text, title="")


def test_news_of_a_meeting_with_jin_xing_le_reports() -> None:
    # https://gov.rednet.cn/content/2019/10/23/6147760.html (湖南 科技特派员 news, 2019)
    text = ("红网时刻10月22日讯(记者 何青 通讯员 谭浩 任彬彬 )科技特派员制度推行20周年总结会议10月21日在北京召开,"
            "会上传达了中共中央总书记、国家主席、中央军委主席习近平的重要指示,对92名科技特派员和43家组织实施单位进行了"
            "通报表扬。记者今日从湖南省科技厅获悉,湖南有4名科技特派员和2家组织实施单位获得表扬。")
    assert not _targets(text, title="")


def test_a_plan_item_with_no_goal_word_keeps_its_target() -> None:
    # https://freewechat.com/a/MzAxNjE3MzIwOQ==/2655331950/ (新干县 2022年重点民生项目): no goal's cue, no done mark
    text = "新干县南苑小区\n建设665套安置房,总建筑面积约11.55万平方米,并完成配套设施建设工程,2022年9月开始交房。"
    found = _targets(text, title="快看!2022年全县重点民生项目出炉!", plan_year=2022)
    assert (665, "套") in found


def test_new_work_after_a_status_with_le_keeps_its_targets() -> None:
    # written for the test: review 17's F4 plan text (test_target_review17.py) with 了 in its status sentence
    text = "全市建成了学校20所。年内新建学校10所,新增养老床位500张。"
    found = _targets(text, title="", plan_year=2024)
    assert (10, "所") in found and (500, "张") in found
