"""The evaluation as its users see it: the 评价方 runs a framework over its counties (background job, progress),
reads and downloads the results, publishes the ranking; a county sees its own result page and nothing of another
county's except a published ranking. Bad input (framework files, a year without data) is named, nothing written."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kechuang.web.evaluation.models import Result, Run
from kechuang.web.evaluation.selectors import county_forecast
from tests.web.evaluation_data import finished_run, hebei_data, province_of

pytestmark = pytest.mark.django_db


def _start(client, **data):
    form = {"framework": "hebei-county", "year": "2025", "replications": "40", **data}
    return client.post(reverse("kc-evaluations"), form)


def test_the_evaluator_runs_hebei_county_and_reads_every_countys_result(as_user, users, county):
    hebei_data(county)
    client = as_user(users["evaluator"])
    page = client.get(reverse("kc-evaluations")).content.decode()
    assert "河北省县域综合评价" in page and "2025" in page and "hebei-county" in page
    response = _start(client)
    run = Run.objects.get()
    assert response.status_code == 302 and response.url == reverse("kc-evaluation", args=[run.pk])
    assert run.status == "done" and run.progress == 1.0 and run.units == 6 and run.region == province_of(county)
    assert run.framework_version == "2023-assumed-2" and run.classes == ["A", "B", "C"]
    assert run.provenance["values"] == 17 * 6 * 3 and run.provenance["files"] == ["县域数据.xlsx"]
    results = list(run.results.order_by("rank"))
    assert [r.rank for r in results] == [1, 2, 3, 4, 5, 6]
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    mine = run.results.get(region=county)
    assert mine.klass in ("B", "C") and mine.score_change is not None and mine.previous_score is not None
    assert set(mine.node_scores) >= {"县域科技创新能力", "创新投入", "hitech_enterprises"}
    assert mine.node_scores["县域科技创新能力"][0] == pytest.approx(mine.score)
    assert sum(mine.p_class.values()) == pytest.approx(1.0) and mine.rank_p05 <= mine.rank <= mine.rank_p95
    assert mine.path["reached"] and mine.path["steps"] and mine.path["verified_score"] >= mine.path["threshold"]
    assert mine.below and all(b["value"] < b["typical"] for b in mine.below)
    page = client.get(reverse("kc-evaluation", args=[run.pk])).content.decode()
    for text in ("灵寿县", "长安区", "排名区间", "下载结果(xlsx)", "公布排名表", "县域数据.xlsx"):
        assert text in page


def test_the_xlsx_is_the_clis_workbook(as_user, users, county):
    run = finished_run(users["evaluator"], county)
    response = as_user(users["evaluator"]).get(reverse("kc-evaluation-xlsx", args=[run.pk]))
    assert response.status_code == 200
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert wb.sheetnames[:4] == ["得分", "排名", "等级", "年度变化"] and "不确定性" in wb.sheetnames
    names = {row[1] for row in wb["得分"].iter_rows(min_row=2, values_only=True)}
    assert names == {"灵寿县", "长安区", "桥西区", "井陉县", "正定县", "行唐县"}


def test_a_year_without_data_is_refused_and_nothing_is_written(as_user, users, county):
    hebei_data(county)
    response = _start(as_user(users["evaluator"]), year="2019")
    assert response.status_code == 400
    assert "2019 年没有任何地区的指标数据" in response.content.decode() and "2023、2024、2025" in response.content.decode()
    assert not Run.objects.exists()


UNKNOWN_KEY = b"""name: mine
tree:
  code: total
  children:
    - {code: hitech_enterprises, weight: 1, normalise: {method: min-max, lg: true}}
"""
CYCLE = b"""name: loop
nodes:
  - {code: total}
  - {code: a, parent: b}
  - {code: b, parent: a}
"""
LACKING = b"""name: lacking
tree:
  code: total
  children:
    - {code: hitech_enterprises}
    - {code: rd_personnel_fte}
"""


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("mine.yaml", UNKNOWN_KEY, ["mine.yaml", "lg", "未知的键", "log"]),
    ("loop.yaml", CYCLE, ["loop.yaml", "循环"]),
    ("lacking.yaml", LACKING, ["缺少框架「lacking」要求的 1 个指标", "rd_personnel_fte", "剔除缺少的指标"]),
    ("notes.txt", b"name: x", ["notes.txt", ".yaml"]),
    ("bad.yaml", b"name: [unclosed", ["bad.yaml", "YAML"]),
])
def test_a_bad_framework_file_is_named_by_file_and_key_and_nothing_is_written(as_user, users, county, name, text,
                                                                                 expected):
    from django.core.files.uploadedfile import SimpleUploadedFile

    hebei_data(county)
    response = _start(as_user(users["evaluator"]), framework_file=SimpleUploadedFile(name, text))
    body = response.content.decode()
    assert response.status_code == 400, body[:500]
    for text in expected:
        assert text in body, (text, body[body.find('class="error"'):][:400])
    assert not Run.objects.exists()


def test_an_uploaded_framework_runs_and_lacking_indicators_may_be_dropped(as_user, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile

    hebei_data(county)
    response = _start(as_user(users["evaluator"]), framework_file=SimpleUploadedFile("lacking.yaml", LACKING),
                      allow_missing="1", replications="0")
    run = Run.objects.get()
    assert response.status_code == 302 and run.status == "done" and run.framework == "lacking.yaml"
    assert run.framework_text == LACKING.decode() and run.results.count() == 6
    assert any("rd_personnel_fte" in w for w in run.warnings)


def test_a_run_whose_data_went_away_fails_with_its_message_and_writes_no_result(queue, as_user, users, county):
    from kechuang.web.evaluation.services import RunInput, run_execute, run_start
    from kechuang.web.indicators.models import Observation

    hebei_data(county)
    run = run_start(users["evaluator"], province_of(county), RunInput("hebei-county", 2025, 40))
    assert Run.objects.get(pk=run.pk).status == "queued"  # on the real queue, no consumer yet
    Observation.objects.filter(period=2025).delete()
    run_execute(run.pk)
    run.refresh_from_db()
    assert run.status == "failed" and run.error["code"] == "KC-EVAL-NO-DATA" and "2025 年" in run.error["message"]
    assert not Result.objects.exists()
    client = as_user(users["evaluator"])
    page = client.get(reverse("kc-evaluation", args=[run.pk]))
    assert page.status_code == 200 and "2025 年没有任何地区的指标数据" in page.content.decode()
    state = client.get(reverse("kc-evaluation-status", args=[run.pk])).json()
    assert state["status"] == "failed" and state["error"]["text"].startswith("2025 年没有任何地区的指标数据")


def test_the_run_page_shows_progress_while_queued_then_the_results(queue, as_user, users, county):
    from kechuang.web.evaluation.services import run_execute

    hebei_data(county)
    client = as_user(users["evaluator"])
    run = Run.objects.get(pk=int(_start(client).url.rstrip("/").split("/")[-1]))
    page = client.get(reverse("kc-evaluation", args=[run.pk]))
    assert page.status_code == 202 and 'id="run-progress"' in page.content.decode()
    assert 'data-status-url="/evaluations/' in page.content.decode()
    state = client.get(reverse("kc-evaluation-status", args=[run.pk])).json()
    assert state["status"] == "queued" and state["progress"] == 0 and state["results_url"] is None
    seen = []
    run_execute(run.pk, watch=lambda share, stage: seen.append((share, stage)))  # what the worker runs
    shares = [s for s, _ in seen]
    assert shares == sorted(shares) and shares[-1] >= 0.99
    assert any(stage.startswith("不确定性分析(") for _, stage in seen) and any("晋级路径" in s for _, s in seen)
    state = client.get(reverse("kc-evaluation-status", args=[run.pk])).json()
    assert state["status"] == "done" and state["progress"] == 1.0 and state["results_url"]
    assert "results" in client.get(reverse("kc-evaluation", args=[run.pk])).content.decode()


def test_a_county_sees_its_own_result_page_with_path_gaps_and_confidence(as_user, users, county):
    run = finished_run(users["evaluator"], county)
    mine = run.results.get(region=county)
    client = as_user(users["leader"])
    response = client.get(reverse("kc-my-evaluation"))
    page = response.content.decode()
    assert response.status_code == 200
    assert f"灵寿县 {run.year} 年县域评价" in page and f"等级 <strong id=\"klass\">{mine.klass}</strong>" in page
    assert "与上年相比" in page and mine.path["steps"][0]["sentence"] in page
    assert "典型县" in page and mine.below[0]["name"] in page and "等级概率" in page and "p-chart-data" in page
    assert "长安区" not in page and "正定县" not in page  # no other county's name, hence none of its numbers
    assert client.get(reverse("kc-evaluation-result", args=[mine.pk])).status_code == 200


def test_a_county_never_sees_another_countys_result_by_id(as_user, users, county, client):
    run = finished_run(users["evaluator"], county)
    other = run.results.exclude(region=county).first()
    for who in ("bureau", "leader", "lead", "other_bureau", "other_evaluator"):
        assert as_user(users[who]).get(reverse("kc-evaluation-result", args=[other.pk])).status_code == 404, who
    assert as_user(users["evaluator"]).get(reverse("kc-evaluation-result", args=[other.pk])).status_code == 200


def test_publish_shows_the_ranking_table_to_the_scope_only(as_user, users, county):
    run = finished_run(users["evaluator"], county)
    url = reverse("kc-evaluation-ranking", args=[run.pk])
    assert as_user(users["bureau"]).get(url).status_code == 404  # not published yet
    assert "评价方尚未公布排名表" in as_user(users["bureau"]).get(reverse("kc-my-evaluation")).content.decode()
    response = as_user(users["evaluator"]).post(reverse("kc-evaluation-publish", args=[run.pk]), {"publish": "1"})
    assert response.status_code == 302 and Run.objects.get(pk=run.pk).published_at is not None
    page = as_user(users["bureau"]).get(url).content.decode()
    assert "长安区" in page and "正定县" in page and "排名表" in page
    assert url in as_user(users["bureau"]).get(reverse("kc-my-evaluation")).content.decode()
    assert as_user(users["other_bureau"]).get(url).status_code == 404
    as_user(users["evaluator"]).post(reverse("kc-evaluation-publish", args=[run.pk]), {"publish": "0"})
    assert as_user(users["bureau"]).get(url).status_code == 404


def test_county_forecast_for_the_cockpit(users, county, other_county):
    assert county_forecast(county) is None
    run = finished_run(users["evaluator"], county)
    mine = run.results.get(region=county)
    forecast = county_forecast(county)
    assert forecast["run_id"] == run.pk and forecast["framework"] == "hebei-county" and forecast["year"] == 2025
    assert forecast["score"] == mine.score and forecast["rank"] == mine.rank and forecast["of"] == 6
    assert forecast["klass"] == mine.klass and set(forecast["p_class"]) == {"A", "B", "C"}
    assert forecast["change"] == mine.score_change and forecast["is_demo"] is False
    assert forecast["path"][0].keys() == {"indicator", "name", "from", "to", "unit"}
    assert forecast["url"] == reverse("kc-evaluation-result", args=[mine.pk])
    assert county_forecast(other_county) is None


def test_synthetic_data_is_marked_on_the_pages_and_in_the_xlsx(as_user, users, county):
    from kechuang.web.indicators.models import Observation

    hebei_data(county)
    Observation.objects.update(is_demo=True, source_kind="demo")
    run = finished_run(users["evaluator"], county)
    assert run.is_demo
    for who, name, args in (("evaluator", "kc-evaluation", [run.pk]), ("leader", "kc-my-evaluation", []),
                            ("evaluator", "kc-evaluations", [])):
        assert "示例数据" in as_user(users[who]).get(reverse(name, args=args)).content.decode(), name
    response = as_user(users["evaluator"]).get(reverse("kc-evaluation-xlsx", args=[run.pk]))
    assert "示例数据" in response["Content-Disposition"] or "%E7%A4%BA%E4%BE%8B" in response["Content-Disposition"]
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert wb["说明"]["A2"].value == "示例数据"


def test_the_evaluator_role_is_created_in_user_management(as_user, users, county):
    province = province_of(county)
    response = as_user(users["admin"]).post(f"{reverse('kc-users')}?region={province.pk}", {
        "username": "hebei-eval", "full_name": "评价方", "role": "evaluator", "region": province.pk})
    assert response.status_code == 200, response.content.decode()[:400]
    from django.contrib.auth import get_user_model

    made = get_user_model().objects.get(username="hebei-eval")
    assert made.profile.role == "evaluator" and made.profile.region == province


def test_the_demo_adds_the_evaluator_and_a_published_run_of_the_latest_year(county):
    from kechuang.web.demo import _user
    from kechuang.web.evaluation.demo import demo_evaluation
    from kechuang.web.indicators.models import Observation

    lines = []

    def make(username, role, region, full_name):
        return _user(username, "!", role, region, full_name=full_name)

    assert demo_evaluation(make, lines.append) == [("hebei-evaluator", "评价方", "河北省")]
    assert lines == ["跳过示例评价:河北省各县尚无指标数据"] and not Run.objects.exists()
    hebei_data(county)
    Observation.objects.update(is_demo=True, source_kind="demo")
    demo_evaluation(make, lines.append)
    run = Run.objects.get()
    assert run.year == 2025 and run.is_demo and run.published_at is not None and run.replications == 1000
    assert run.created_by.username == "hebei-evaluator" and "示例评价:河北省 6 个县" in lines[-1]
    demo_evaluation(make, lines.append)
    assert Run.objects.count() == 1  # created once


def test_the_demo_evaluates_the_latest_year_most_counties_report_not_a_year_one_county_has(county):
    """A registry count or a report of this year for one county must not make the evaluation year."""
    from kechuang.web.evaluation.selectors import years_most_counties_report, years_with_data
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.services import observation_record

    hebei_data(county)
    province = province_of(county)
    latest = max(years_most_counties_report(province))
    observation_record(county, Indicator.objects.get(code="hitech_enterprises"), latest + 2, 9, source_kind="api")
    assert years_with_data(province)[0] == latest + 2
    assert years_most_counties_report(province)[0] == latest
