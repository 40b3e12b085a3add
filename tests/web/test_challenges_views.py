"""The 揭榜挂帅 pages: forms that post to the services, errors in the form, HTML in user text escaped, the expert's
scoring sheet, the printable 公示, the xlsx exports (formula-safe)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from kechuang.web.challenges import entries, flow, review
from kechuang.web.challenges.models import Challenge
from tests.web.challenge_fixtures import build_challenge, make_experts

pytestmark = pytest.mark.django_db
HTML = "<script>alert(1)</script>"


@pytest.fixture
def experts(users, county, other_county):
    return make_experts(county, other_county, users["expert"])


def test_the_draft_form_saves_targets_and_escapes_html(client, users, county, experts):
    c = build_challenge(users, county, experts, "drafting")
    client.force_login(users["bureau"])
    post = {"title": f"榜单{HTML}", "field": "农机", "problem": "难题", "conditions": "条件", "budget": "1,000",
            "term_months": "24个月", "apply_until": "2026-12-31", "target_name_1": "精度", "target_value_1": "2.5",
            "target_unit_1": "厘米", "target_direction_1": "le", "target_name_2": "", "target_value_2": "",
            "target_unit_2": ""}
    response = client.post(reverse("kc-challenge-draft", args=[c.pk]), post)
    assert response.status_code == 302
    c.refresh_from_db()
    assert c.budget == 1_000_000_000 and c.term_months == 24 and [t.unit for t in c.targets.all()] == ["厘米"]
    page = client.get(reverse("kc-challenge", args=[c.pk])).content.decode()
    assert HTML not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    bad = client.post(reverse("kc-challenge-draft", args=[c.pk]), {**post, "target_unit_1": ""})
    assert bad.status_code == 400 and "第 1 项目标“精度”的单位" in bad.content.decode()


def test_an_application_with_a_fake_pdf_is_refused_in_the_form(client, users, county, experts):
    c = build_challenge(users, county, experts, "applying")
    client.force_login(users["other_ent"])
    url = reverse("kc-challenge-apply", args=[c.pk])
    fake = SimpleUploadedFile("方案.pdf", b"MZ\x90\x00 not a pdf")
    response = client.post(url, {"lead": "周工", "plan": "方案", "files": fake})
    assert response.status_code == 400 and "附件“方案.pdf”不是 PDF 文件" in response.content.decode()
    assert not c.applications.exists()
    good = SimpleUploadedFile("方案.pdf", b"%PDF-1.4 plan")
    assert client.post(url, {"lead": "周工", "plan": f"={HTML}", "files": good}).status_code == 302
    assert c.applications.get().institution == "灵寿县乙材料有限公司"


def _review_ready(users, county, experts) -> Challenge:
    c = build_challenge(users, county, experts, "screening")
    for a in c.applications.all():
        entries.application_screen(users["bureau"], a, True, "", date(2026, 10, 9))
    return flow.advance(users["bureau"], c, date(2026, 10, 9))


def test_the_expert_declares_and_scores_on_the_sheet(client, users, county, experts):
    c = _review_ready(users, county, experts)
    first, second = c.applications.order_by("id")
    made = review.assign(users["bureau"], first, [experts["expert1"].pk], date(2026, 10, 9))[0]
    review.assign(users["bureau"], second, [experts["expert2"].pk], date(2026, 10, 9))
    client.force_login(experts["expert1"])
    mine = client.get(reverse("kc-challenge-reviews")).content.decode()
    assert first.institution in mine and second.institution not in mine
    sheet = reverse("kc-challenge-review", args=[made.pk])
    assert "利益冲突声明" in client.get(sheet).content.decode()
    assert client.post(reverse("kc-challenge-declare", args=[made.pk]), {"conflicted": "no"}).status_code == 302
    bad = client.post(sheet, {"score_plan": "45", "score_team": "20", "score_base": "10", "score_budget": "5"})
    assert bad.status_code == 400 and "应在 0–40 分之间" in bad.content.decode()
    assert 'value="45"' in bad.content.decode()  # what the expert typed stays in the form
    ok = client.post(sheet, {"score_plan": "38", "score_team": "26", "score_base": "18", "score_budget": "9",
                             "comment": HTML})
    assert ok.status_code == 302
    assert {s.criterion: s.value for s in made.scores.all()} == {"plan": 38, "team": 26, "base": 18, "budget": 9}
    from kechuang.web.history.models import Change

    change = Change.objects.filter(kind="challenge_review", object_id=made.pk).order_by("-id").first()
    assert change.after["scores"] == "技术方案的先进性与可行性 38、团队能力与相关业绩 26、实施条件与前期基础 18、经费预算与进度安排的合理性 9"
    other = second.assignments.get()
    assert client.get(reverse("kc-challenge-review", args=[other.pk])).status_code == 404
    client.force_login(users["bureau"])
    ranking = client.get(reverse("kc-challenge-ranking", args=[c.pk])).content.decode()
    assert "91" in ranking and HTML not in ranking


def test_the_expert_who_declares_a_conflict_is_recused(client, users, county, experts):
    c = _review_ready(users, county, experts)
    made = review.assign(users["bureau"], c.applications.first(), [experts["expert1"].pk], date(2026, 10, 9))[0]
    client.force_login(experts["expert1"])
    client.post(reverse("kc-challenge-declare", args=[made.pk]), {"conflicted": "yes", "conflict_note": "同事"})
    assert "已回避" in client.get(reverse("kc-challenge-review", args=[made.pk])).content.decode()
    response = client.post(reverse("kc-challenge-review", args=[made.pk]), {"score_plan": "30"})
    assert response.status_code == 403


def test_exports_and_the_printable_notice(client, users, county, experts, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        c = build_challenge(users, county, experts, "contract")
    first = c.applications.order_by("id").first()
    first.plan = "=1+1"
    first.save()
    client.force_login(users["leader"])
    record = load_workbook(BytesIO(client.get(reverse("kc-challenge-export", args=[c.pk])).content))
    assert record.sheetnames == ["榜单", "量化目标", "征集需求", "揭榜申报", "专家评分", "排名", "里程碑", "过程记录"]
    plans = [row[3] for row in record["揭榜申报"].iter_rows(min_row=2, values_only=True)]
    assert "=1+1" in plans and record["揭榜申报"]["D2"].data_type == "s"
    ranks = list(record["排名"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in ranks] == [1, 2] and ranks[0][3] == 78.0  # 30 + 25 + 15 + 8 from each of three experts
    scores = load_workbook(BytesIO(client.get(reverse("kc-challenge-scores", args=[c.pk])).content))
    assert len(list(scores["专家评分"].iter_rows(min_row=2))) == 6  # two applications × three experts
    listing = load_workbook(BytesIO(client.get(reverse("kc-challenges-export")).content))
    assert listing["榜单"]["A2"].value == c.title
    client.force_login(users["ent_user"])
    notice = client.get(reverse("kc-challenge-notice", args=[c.pk])).content.decode()
    assert "评审结果的公示" in notice and "2026年10月12日 至 2026年10月16日" in notice
    assert first.institution in notice


def test_the_enterprise_sees_its_own_application_only(client, users, county, experts):
    c = build_challenge(users, county, experts, "screening")
    client.force_login(users["ent_user"])
    page = client.get(reverse("kc-challenge", args=[c.pk])).content.decode()
    assert "李工" in page and "周工" not in page
    assert "专家评分" not in page  # the timeline shows the steps and the user's own acts only


def test_the_list_filters_by_step_and_pages(client, users, county, experts):
    build_challenge(users, county, experts, "applying")
    build_challenge(users, county, experts, "collecting")
    client.force_login(users["bureau"])
    page = client.get(reverse("kc-challenges"), {"step": "applying"}).content.decode()
    assert "智能农机北斗导航" in page and "农机导航需求征集" not in page


def test_the_demo_has_one_list_at_review_and_one_at_milestones_once(django_capture_on_commit_callbacks):
    from kechuang.web.challenges.demo import demo_challenges
    from kechuang.web.challenges.models import Assignment, Milestone
    from kechuang.web.demo import region_for
    from tests.web.conftest import make_user

    region = region_for("灵寿县")
    make_user("lingshou-bureau", "bureau", region)
    with django_capture_on_commit_callbacks(execute=True):
        logins = demo_challenges("!unusable")
    assert [login.username for login in logins] == ["lingshou-expert1", "lingshou-expert2", "lingshou-expert3"]
    demo = Challenge.objects.filter(is_demo=True)
    assert sorted(demo.values_list("step", flat=True)) == ["milestones", "review"]
    assert all("示例" in c.title for c in demo)
    assert Assignment.objects.filter(conflicted=True).count() == 1  # one expert recused in the review under way
    first = Milestone.objects.get(seq=1)
    assert first.status == "passed" and first.released_on is not None
    assert Milestone.objects.filter(released_on=None).count() == 2
    assert all(r.on <= date(2026, 11, 21) for c in demo for r in c.records.all())
    demo_challenges("!unusable")
    assert Challenge.objects.count() == 2


def test_the_bureau_creates_an_expert_whose_home_is_the_review_list(client, users, county):
    from kechuang.web.accounts.users import UserInput, user_create

    expert, _ = user_create(users["bureau"], county, UserInput("zhuanjia", "王专家", "expert"))
    assert expert.profile.get_role_display() == "评审专家"
    client.force_login(expert)
    assert client.get(reverse("kc-home"))["Location"] == reverse("kc-challenges")
    page = client.get(reverse("kc-challenges")).content.decode()
    assert "我的评审任务" in page and "还没有榜单" in page


def test_targets_read_as_typed_and_the_history_names_the_fields_of_a_list(client, users, county, experts):
    c = build_challenge(users, county, experts, "notice")
    client.force_login(users["bureau"])
    page = client.get(reverse("kc-challenge", args=[c.pk])).content.decode()
    assert "不高于 2.5 厘米" in page and "2.5000" not in page
    assert "<b>榜单名称</b>" in page and "<b>经费(万元)</b>" in page and "任务名称" not in page
