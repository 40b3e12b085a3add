"""The demo's evaluation: a 评价方 of 河北省 and a published run of ``hebei-county`` over the province's counties for
the latest year of the (synthetic, 示例数据) indicator data, computed at once."""

from __future__ import annotations

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region, Role
from kechuang.web.evaluation.models import Run
from kechuang.web.evaluation.selectors import years_most_counties_report
from kechuang.web.evaluation.services import RunInput, run_create, run_execute, run_publish

PROVINCE = "130000"  # 河北省
EVALUATOR = "hebei-evaluator"


def demo_evaluation(make_user, progress=print) -> list[tuple[str, str, str]]:
    """``make_user(username, role, region, full_name)`` creates the demo user; returns the logins to print."""
    province = Region.objects.filter(code=PROVINCE).first()
    if province is None:
        progress("跳过示例评价:没有河北省")
        return []
    user = make_user(EVALUATOR, Role.EVALUATOR, province, "评价方(示例)")
    logins = [(EVALUATOR, "评价方", province.name)]
    years = years_most_counties_report(province)
    if not years:
        progress("跳过示例评价:河北省各县尚无指标数据")
        return logins
    if Run.objects.filter(region=province, year=years[0], framework="hebei-county", status=Run.DONE).exists():
        return logins
    try:
        run = run_create(user, province, RunInput("hebei-county", years[0], 1000, allow_missing=True))
    except KechuangError as exc:  # the demo goes on without an evaluation, saying why
        progress(f"跳过示例评价:{exc.message_zh}")
        return logins
    run_execute(run.pk)
    run.refresh_from_db()
    if run.status == Run.DONE:
        run_publish(user, run)
        progress(f"示例评价:河北省 {run.units} 个县(市、区){run.year} 年 hebei-county(示例数据),排名表已公布")
    else:
        progress(f"示例评价未完成:{(run.error or {}).get('message', '')}")
    return logins
