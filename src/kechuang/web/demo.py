"""The demonstration data (示例数据): the five seed plans extracted live, their departments, users, reports.

Everything it creates is marked as demo data (plans carry ``is_demo``; user names start with the
region's short name). Run by ``kechuang serve --demo`` and ``make run``; running it twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.monitoring.tasks import period_of, previous_period
from kechuang.web.accounts.models import Department, Profile, Region, Role
from kechuang.web.accounts.users import new_password
from kechuang.web.challenges.demo import demo_challenges
from kechuang.web.clock import today
from kechuang.web.enterprises.demo import demo_enterprises
from kechuang.web.evaluation.demo import demo_evaluation
from kechuang.web.indicators.demo import demo_indicator_data
from kechuang.web.libraries.demo import demo_projects
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Plan
from kechuang.web.plans.services import plan_confirm, plan_create
from kechuang.web.talents.demo import demo_people
from kechuang.web.transfer.demo import demo_transfer
from kechuang.web.vouchers.demo import demo_vouchers

# GB/T 2260 codes of the seed plans' regions and their parents.
REGIONS = {
    "鞍山市": ("210300", "lnas", ("210000", "辽宁省"), None),
    "海州区": ("320706", "haizhou", ("320000", "江苏省"), ("320700", "连云港市")),
    "运城市": ("140800", "yuncheng", ("140000", "山西省"), None),
    "灵寿县": ("130126", "lingshou", ("130000", "河北省"), ("130100", "石家庄市")),
    "金塔县": ("620921", "jinta", ("620000", "甘肃省"), ("620900", "酒泉市")),
}
# Members of collective units (a few real townships/counties, enough to show the expansion).
COLLECTIVE_MEMBERS = {
    "各县〔市〕政府": ["台安县人民政府", "岫岩满族自治县人民政府", "海城市人民政府"],
    "各乡(镇)政府": ["灵寿镇人民政府", "青同镇人民政府", "塔上镇人民政府", "陈庄镇人民政府", "慈峪镇人民政府"],
}


# Plausible 姓名 for the demo users (made up, marked 示例), the same on every run.
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ("敏", "伟", "芳", "军", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "霞",
          "建华", "志强", "秀英")


def demo_name(n: int) -> str:
    """The n-th demo person's name, e.g. 张敏(示例)."""
    return f"{_SURNAMES[n % len(_SURNAMES)]}{_GIVEN[(n * 7) % len(_GIVEN)]}(示例)"


@dataclass
class DemoLogin:
    username: str
    role: str
    where: str


def region_for(name: str) -> Region:
    code, _, (pcode, pname), city = REGIONS[name]
    parent, _ = Region.objects.get_or_create(code=pcode, defaults={"name": pname})
    if city:
        parent, _ = Region.objects.get_or_create(code=city[0], defaults={"name": city[1], "parent": parent})
    region, _ = Region.objects.get_or_create(code=code, defaults={"name": name, "parent": parent})
    return region


def departments_for(region: Region, plan_text_units: list[str]) -> list[Department]:
    """One department per unit the plan names (by canonical name), collective units with members."""
    created = []
    for unit in dict.fromkeys(plan_text_units):
        collective = unit.startswith("各")
        department, new = Department.objects.get_or_create(region=region, name=unit,
                                                           defaults={"is_collective": collective})
        if new and collective:
            for member in COLLECTIVE_MEMBERS.get(unit, []):
                m, _ = Department.objects.get_or_create(region=region, name=member)
                department.members.add(m)
        created.append(department)
    return created


def _user(username: str, password_hash: str, role: str, region: Region | None, department: Department | None = None,
          full_name: str = ""):
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=username)
    user.first_name, user.last_name = full_name, ""
    user.password = password_hash  # hashed once for all demo users: hashing is deliberately slow
    user.is_active = True
    user.save()
    Profile.objects.update_or_create(user=user, defaults={"role": role, "region": region, "department": department})
    return user


def users_for(region: Region, password: str, lead_departments: list[Department]) -> list[DemoLogin]:
    slug = REGIONS[region.name][1]
    logins = [DemoLogin(f"{slug}-bureau", "科技局(方案管理)", region.name),
              DemoLogin(f"{slug}-leader", "领导(只读)", region.name)]
    first = int(region.code) % 97  # each region its own people
    _user(f"{slug}-bureau", password, Role.BUREAU, region, full_name=demo_name(first))
    _user(f"{slug}-leader", password, Role.LEADER, region, full_name=demo_name(first + 1))
    for i, d in enumerate(Department.objects.filter(region=region, is_collective=False).order_by("name"), start=1):
        name = f"{slug}-d{i:02d}"
        _user(name, password, Role.DEPARTMENT, region, d, full_name=demo_name(first + 1 + i))
        if d in lead_departments or (not lead_departments and i <= 2):
            logins.append(DemoLogin(name, "责任部门" + ("(牵头)" if d in lead_departments else ""), d.name))
    return logins


def seed_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    if not files:
        raise KechuangError("KC-WEB-DEMO",
                            f"在 {directory} 中没有找到示例方案(*.txt);请在仓库根目录运行,或用 --seeds 指定目录",
                            file=str(directory))
    return files


def _member(department_id: int):
    return (get_user_model().objects.filter(profile__department_id=department_id, is_active=True)
            .order_by("id").first())


def _demo_reports(plan: Plan, bureau) -> None:
    """The 督办 cycle at work (marked 示例): units report through the services — a responsible unit's report
    reviewed by its lead unit, a lead unit's by the bureau — some still waiting, one 延期 and one 办结 asked
    for, and the 催办 of what is overdue."""
    from kechuang.web.supervision.cycle import RequestInput, completion_request, extension_request
    from kechuang.web.supervision.reminders import reminders_issue
    from kechuang.web.supervision.services import Evidence, ReportInput, report_approve, report_submit

    tasks = list(plan.tasks.prefetch_related("assignments").all())
    now = today()
    if tasks:
        plan.tasks.filter(pk=tasks[0].pk).update(deadline=now + timedelta(days=400))
        tasks[0].refresh_from_db()
    text = "(示例数据)已按方案推进,相关工作完成情况见佐证材料。"
    for i, task in enumerate(tasks[:12]):
        units = {a.role: a.department_id for a in task.assignments.all()}
        lead, responsible = _member(units.get("lead", 0)), _member(units.get("responsible", 0))
        period = previous_period(period_of(now, task.cycle), task.cycle)
        if responsible is not None and i % 3 != 2:
            report = report_submit(responsible, task, ReportInput(period, text, 100 if i % 2 else 60))
            if lead is not None and i % 3 == 0:
                report_approve(lead, report, "(示例)同意")
        if lead is not None and i % 4 != 3:
            report = report_submit(lead, task, ReportInput(period, text, 50 + 10 * (i % 5)))
            if i % 2 == 0:
                report_approve(bureau, report, "(示例)同意")
    leads = [(t, _member(next((a.department_id for a in t.assignments.all() if a.role == "lead"), 0)))
             for t in tasks]
    leads = [(t, u) for t, u in leads if u is not None]
    if len(leads) > 2:
        task, lead = leads[1]
        extension_request(lead, task, RequestInput("(示例数据)配套资金分批到位,申请延期半年",
                                                   max(filter(None, (task.deadline, now))) + timedelta(days=182)), now)
        task, lead = leads[2]
        evidence = Evidence("示例-验收材料.txt", "(示例数据)验收材料".encode())
        completion_request(lead, task, RequestInput("(示例数据)各项工作已完成,申请办结", files=[evidence]))
    reminders_issue(bureau, plan, now)


def create_demo(seeds: Path, password: str | None = None, progress=print) -> tuple[str, list[DemoLogin]]:
    """Create (or refresh) the demo; returns the password and the logins to print."""
    password = password or new_password()
    password_hash = make_password(password)
    _user("admin", password_hash, Role.ADMIN, None, full_name=demo_name(0))
    logins = [DemoLogin("admin", "管理员", "全部地区")]
    for path in seed_files(seeds):
        extracted = extract_plan(path)
        region_name = extracted.document.region
        if region_name not in REGIONS:
            progress(f"跳过 {path.name}:地区“{region_name}”不在示例地区表中")
            continue
        with transaction.atomic():
            region = region_for(region_name)
            units = [a.canonical for a in extracted.assignments]
            departments_for(region, units)
            leads = list(Department.objects.filter(region=region, name__in=[a.canonical for a in extracted.assignments
                                                                            if a.role == "lead"]))
            logins += users_for(region, password_hash, leads)
            bureau = get_user_model().objects.get(username=f"{REGIONS[region_name][1]}-bureau")
            if not Plan.objects.filter(region=region, sha256=extracted.source.get("sha256"), is_demo=True).exists():
                plan = plan_create(bureau, region, data=path.read_bytes(), name=path.name, is_demo=True)
                plan = plan_confirm(bureau, plan, plan.version, acknowledge_unassigned=True)
                _demo_reports(plan, bureau)
            for plan_id in Plan.objects.filter(region=region).values_list("id", flat=True):
                versions_touch(plan_id=plan_id)  # members and reports were written directly
        progress(f"示例方案:{region_name} {extracted.document.title}")
    demo_indicator_data(progress=progress)  # first: the registry's counts then do not lower the series (feeds.py)
    logins += demo_enterprises(password_hash)
    logins += demo_vouchers(password_hash)  # after the registry's demo enterprises, which it uses
    demo_projects()  # 科技计划项目库 (kechuang.web.libraries.demo)
    logins += demo_challenges(password_hash)  # 揭榜挂帅: after the demo enterprises
    logins += demo_people(password_hash)  # 人才库, 科技特派员, 载体 (kechuang.web.talents.demo)
    demo_transfer()  # needs the demo enterprises
    logins += _demo_outcomes(password_hash, progress)
    return password, logins


def _demo_outcomes(password_hash: str, progress) -> list[DemoLogin]:
    """The evaluator and a run over 河北省's regions (their ten years of synthetic values recorded first)."""

    def make(username, role, region, full_name):
        return _user(username, password_hash, role, region, full_name=full_name)

    return [DemoLogin(*login) for login in demo_evaluation(make, progress)]
