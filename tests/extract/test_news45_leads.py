"""A news lead (记者从…获悉, 据了解) that names the plan year's own list of 实事 announces that list: the lead's verb of
hearing is the reporter's, not the plan's tense (news45). report_headlines.headline_report read such a passage as a
report when no goal word followed; the plan year's own list named after the lead is now a goal's cue. The lead's
shape, verbatim, in dev documents of four places:
  记者从静安区新闻办获悉,…通过了静安区人民政府2025年为民办实事项目 (静安 2025, sh-jingan-wmbss2025: its items are targets)
  记者从重庆市璧山区2025年重点民生实事新闻发布会上获悉,… (璧山 2025, cq-bishan-msss2025: gold none)
  8个项目被确定为2025年民生实事项目。据了解,为做好2025年民生实事项目,… (仁化 2025, gd-renhua-msss2025: gold none)
  2021年确定实施十大类30项重点民生实事项目。这是记者从市政府办公室获悉的。 (西宁 2021, qh-xining-msss2021: gold none)
The three lead-only passages keep no target (the count of the projects and of the deputies is no target); a news print
of a year gone by (2021年西藏新增…, 西藏 2022) stays a report, and so does one whose plan year dates a sentence of work done
rather than names the list (2023年,内蒙古紧盯群众所需所盼民生实事,…提前完成…, 内蒙古 2023 news, nm-neimenggu-slms2023)."""

from __future__ import annotations

from kechuang.extract import extract_text

_JINGAN_LEAD = ("人民网上海1月11日电 (记者葛俊俊)记者从静安区新闻办获悉,静安区第二届人民代表大会第六次会议期间,经代表票决,"
                "通过了静安区人民政府2025年为民办实事项目,共包括为老服务、教育服务、住房保障、就业培训等10个方面48个项目。\n")


def _targets(text: str, plan_year: int) -> list[tuple[str, float, str | None, int | None]]:
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


def test_a_lead_naming_the_plan_years_list_reads_the_list_as_goals() -> None:
    text = _JINGAN_LEAD + ("住房保障项目包括:实施 80万平方米各类旧住房修缮改造(包括屋面翻修、“平改坡”、外立面修缮、小区硬件设施改造等);"
                           "筹措3000套(间)保障性租赁住房;为20户困境未成年人家庭进行“追光小屋”居室微改造;"
                           "为130户困难重度残疾人家庭进行无障碍改造;为300户老年人家庭进行适老化改造。")
    got = _targets(text, 2025)
    assert {(value, unit) for _, value, unit, _ in got} >= {(80, "万平方米"), (130, "户"), (300, "户")}, got
    assert all(year == 2025 for *_, year in got), got
    assert not any(value in (10, 48) for _, value, _, _ in got), got  # the list's size is no target


def test_the_lead_only_passages_keep_no_target() -> None:
    assert _targets("国际在线重庆频道消息(记者 田渝兵):2025年3月4日,记者从重庆市璧山区2025年重点民生实事新闻发布会上获悉,"
                    "从2024年9月开始,璧山通过多渠道征集筛选,经区人民代表大会票决产生了10件重点民生实事,"
                    "并写入了2025年政府工作报告。", 2025) == []
    assert _targets("2月21日下午,在仁化县第十六届人民代表大会第五次会议上,到会的174名人大代表对县人民政府提交的10个民生实事"
                    "候选项目进行票决,8个项目被确定为2025年民生实事项目。\n据了解,为做好2025年民生实事项目,着力解决好群众"
                    "反映的“急难愁盼”问题,我县积极开展项目征集,在广泛吸纳社会意见建议后,最终形成10个民生实事候选项目,"
                    "票决产生八个民生实事项目。", 2025) == []


def test_a_news_print_of_a_year_gone_by_stays_a_report() -> None:
    assert _targets("新華社拉薩3月17日電(記者劉洪明)記者17日從西藏自治區交通運輸廳獲悉,2021年西藏新增5個鄉鎮、67個行政村"
                    "通硬化路,實現94.55%的鄉鎮和77.94%的行政村通硬化路,逐步打通農牧區群眾出行“最后一公里”。", 2022) == []


def test_the_plan_year_dating_a_report_sentence_names_no_list() -> None:
    assert _targets("記者從自治區(qū)水利廳獲悉,2023年,內(nèi)蒙古緊盯群眾所需所盼民生實事,堅持質(zhì)量與進度并舉,以增"
                    "長近70%的投資切實保障新建農(nóng)村牧區(qū)集中供水、邊境牧區(qū)分散式水源點工程項目的實施,提前完成新"
                    "建擴建集中供水531處、分散式水源909處任務(wù),受益農(nóng)牧民達到32萬人。", 2023) == []
