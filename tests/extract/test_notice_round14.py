"""Round 14: a notice or 意见 that is itself the document — its title broken over lines, its numbered items the
headings from the first. Every case is real text: lines of dev-split fixtures (cited by name), a 国务院办公厅 notice
of the gov.cn crawl that neither the corpus nor a held-out list holds, and a 意见 of the `pages` store (addresses
below). The held-out notices (tests/fixtures/heldout/notices/) are scored in test_heldout_notices.py."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.standalone import standalone_title
from kechuang.extract.structure import is_numbered
from kechuang.text.normalise import normalise
from tests.conftest import FIXTURES

# Real texts as found, held by neither the corpus nor a held-out list (sources in tests/fixtures/round14/README.md):
# a 国务院办公厅 notice of the gov.cn crawl (its items, then its attachment's sections) and a 富阳 意见 of 2005.
ROUND14 = FIXTURES / "round14"
FIRE_PLATES = (ROUND14 / "cn-guoban-xfjyhp2018.txt").read_text("utf-8")
FUYANG = (ROUND14 / "zj-fuyang-bgsyj2005.txt").read_text("utf-8")


def _lines(text: str):
    return split_lines(normalise(text))


def test_a_numbered_line_of_any_style_is_a_heading_never_a_title():
    # dev: 四、保障措施 (cn-guoban-wfcssd2018's plan), 3.2 应急预案 (ah-huaiyuan-fxkhyjya2022), 4.3响应措施
    # (ln-xingcheng-swryjya2017); (一)汽车号牌 and 一、号牌编码规则 (cn-guoban-xfjyhp2018's attachment)
    for line in ("四、保障措施", "3.2 应急预案", "4.3响应措施", "(一)汽车号牌", "一、号牌编码规则", "①加强组织领导"):
        assert is_numbered(line), line
        assert standalone_title(_lines(line), 1) is None, line
    for title in ("2021年重点工作任务清单", "十四五科技创新规划", "一二三产业融合发展实施方案"):
        assert not is_numbered(title), title


def test_a_whole_plan_keeps_its_title_past_its_numbered_sections():
    text = (FIXTURES / "real" / "plans" / "cn-guoban-wfcssd2018.txt").read_text("utf-8")
    lines = _lines(text)
    start = next(ln.index for ln in lines if ln.text.strip() == "四、保障措施")
    found = standalone_title(lines, len(lines), start)
    assert found is None or not is_numbered(found[0])


def test_a_notice_that_is_the_document_keeps_its_broken_title_and_its_items():
    plan = extract_text(FIRE_PLATES)
    assert plan.document.title == "国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知"
    assert [(h.path, h.title) for h in plan.headings][:2] == [("一", "专用号牌的核发范围和管理"),
                                                            ("二", "专用号牌要素和车辆外观")]


def test_a_title_broken_after_a_body_name_joins_its_line_with_about():
    # the break after a body's name inside a title: 富阳 (above); dev 广东 2020 and 2021 print their notice's title
    # broken the same way (…关于印发农业农村部 / 广东省人民政府共同推进…, gd-guangdong-xczxgzyd2020/2021)
    plan = extract_text(FUYANG)
    assert plan.document.title == "关于进一步加强和改进市政府办公室工作的意见"
    assert plan.headings[0].path == "一"


def test_a_list_of_attachments_gives_no_heading():
    # 附件:1.X / 2.Y: dev nx-xingqing-zymbrw2018 and zj-jinhua-xczxzc2023 print the shape; 南通 2006 (no numbered item
    # before it) and 安庆 2007 (一、…三、 before it), tests/fixtures/round14/
    nantong = extract_text((ROUND14 / "js-nantong-kyjs2006.txt").read_text("utf-8"))
    assert nantong.headings == []
    anqing = extract_text((ROUND14 / "ah-anqing-kjjsb2007.txt").read_text("utf-8"))
    assert [h.path for h in anqing.headings] == ["一", "二", "三"]
    for name in ("nx-xingqing-zymbrw2018", "zj-jinhua-xczxzc2023"):
        plan = extract_text((FIXTURES / "real" / "openings" / f"{name}.txt").read_text("utf-8"))
        assert not [h for h in plan.headings if h.title.startswith(("2018年民生十件", "《金华市区乡村振兴支持政策三十条》起草"))]


def test_numbered_items_after_an_attachment_list_are_headings_again():
    text = "附件:1.甲方案\n2.乙方案\n正文\n1.总体要求\n2.主要任务"
    assert [h.path for h in extract_text(text).headings] == ["1", "2"]


def test_an_issuer_on_its_own_line_opens_a_title_broken_below_it():
    # 国务院办公厅 / 关于辽宁省在曾培炎副总理考察 / 工作时所提问题和建议办理情况的函 (and the 湖北 函 of 2004): the
    # round-10 join of an issuer's line over a 关于 line holds when the title then runs on
    for name, title in (("cn-guoban-lnkc2004", "国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函"),
                        ("cn-guoban-hbkc2004", "国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函")):
        plan = extract_text((ROUND14 / f"{name}.txt").read_text("utf-8"))
        assert plan.document.title == title
        assert plan.document.issuer == ["国务院办公厅"]


def test_a_notice_that_issues_a_plan_still_finds_it_below_its_items():
    # 杭州 2020 (https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html, the `pages` store's excerpt as
    # found): a notice that issues a list numbers its own requirements (一、…二、…); the limit is for a notice issuing
    # nothing, so a plan title printed after such items is still looked for
    from kechuang.extract.metadata.standalone import plan_title_limit
    lines = _lines((ROUND14 / "zj-hangzhou-zdgzfj2020.txt").read_text("utf-8"))
    assert any(is_numbered(ln.text) for ln in lines)
    assert plan_title_limit(lines) == min(len(lines), 120)
