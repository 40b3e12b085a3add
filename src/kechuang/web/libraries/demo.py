"""Demo projects (示例数据): ~60 synthetic projects of 灵寿县 over five years, of every status, with two planted
near-duplicates among this year's applications (a reworded copy of an earlier project), so that the duplicate
check and the batch check have something to find. Made up; marked ``is_demo``; running it twice changes
nothing."""

from __future__ import annotations

import random
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from kechuang.web import keyset
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.libraries import index_store
from kechuang.web.libraries.models import Project, StatusChange
from kechuang.web.libraries.records import LIBRARY

COUNTY, SLUG = "灵寿县", "lingshou"
_SUBJECTS = ("设施蔬菜", "食用菌", "中药材黄芩", "板栗", "苹果", "奶牛养殖", "小麦", "石材", "云母新材料", "农产品冷链",
             "光伏农业", "农村污水", "特色杂粮", "蜂产品", "连翘")
_METHODS = ("水肥一体化智能控制技术研发", "绿色高效栽培技术集成与示范", "精深加工关键技术研究",
            "品质检测与溯源系统开发", "废弃物资源化利用技术", "病虫害绿色防控技术示范", "数字化生产管理平台建设",
            "新品种引进与示范推广")
_CATEGORIES = ("重点研发计划", "星火计划", "科技特派员项目", "科技成果转化项目", "创新能力提升计划")
_UNITS = ("灵寿县{}科技有限公司(示例)", "灵寿县{}农业专业合作社(示例)", "石家庄{}研究所(示例)")
_WORDS = ("恒信", "绿源", "青禾", "瑞丰", "博远", "鼎泰", "康达", "金石", "天成", "华创")
FIRMS = 3  # registry enterprises (the first ones: the demo's 企业用户 hold the first) that apply for projects
PLANTED = (  # (index of the earlier project, the reworded title of this year's application)
    (3, "{}的研发与应用示范"),
    (11, "{}技术研究及产业化"),
)


def _status(year: int, this_year: int, rng: random.Random) -> str:
    age = this_year - year
    if age == 0:
        return Project.APPLIED
    if age >= 3:
        return rng.choice([Project.CLOSED, Project.CLOSED, Project.ACCEPTED, Project.TERMINATED])
    return rng.choice([Project.APPROVED, Project.MIDTERM, Project.ACCEPTED])


def _projects(region: Region, rng: random.Random, firms: list) -> list[Project]:
    """``firms``: enterprises of the registry that apply for every sixth project (so that the demo's 企业用户 find
    their own projects in the library)."""
    this_year = today().year
    out = []
    for n in range(58):
        subject, method = _SUBJECTS[n % len(_SUBJECTS)], _METHODS[(n * 3) % len(_METHODS)]
        year = this_year - 4 + n % 5
        unit = _UNITS[n % len(_UNITS)].format(_WORDS[n % len(_WORDS)])
        firm = firms[(n // 6) % len(firms)] if firms and n % 6 == 0 else None
        unit = firm.name if firm else unit
        title = f"{subject}{method}"
        out.append(Project(enterprise=firm,
            region=region, title=title, applicant=unit, year=year, status=_status(year, this_year, rng),
            applicant_kind="institute" if "研究所" in unit else "enterprise", leader=f"示例负责人{n + 1}",
            summary=f"示例数据:围绕{subject}产业,开展{method[:-2] if method.endswith('示范') else method},"
                    f"形成可推广的技术规程,带动农户 {rng.randint(50, 800)} 户。",
            budget=float(rng.choice([10, 15, 20, 30, 50, 80])), department_name="灵寿县科学技术局",
            category=_CATEGORIES[n % len(_CATEGORIES)], fields="现代农业" if n % 4 else "先进制造",
            outputs="示例数据:申请专利 1 件" if year < this_year else "", is_demo=True))
    for earlier, pattern in PLANTED:  # reworded copies, applied this year by the same applicant
        old = out[earlier]
        out.append(Project(
            region=region, title=pattern.format(old.title[:-2] if old.title.endswith("示范") else old.title),
            applicant=old.applicant, year=this_year, status=Project.APPLIED, applicant_kind=old.applicant_kind,
            summary=old.summary.replace("形成", "总结形成"), budget=old.budget, department_name="灵寿县农业农村局",
            category=old.category, fields=old.fields, leader=old.leader, is_demo=True))
    return out


def demo_projects() -> int:
    """The demo projects of 灵寿县 (if the county exists and has none yet); returns how many were created."""
    region = Region.objects.filter(name=COUNTY).first()
    if region is None or Project.objects.filter(region=region, is_demo=True).exists():
        return 0
    bureau = get_user_model().objects.filter(username=f"{SLUG}-bureau").first()
    rng = random.Random(15)
    with transaction.atomic():
        firms = list(Enterprise.objects.filter(region=region).order_by("id")[:FIRMS])
        made = Project.objects.bulk_create(_projects(region, rng, firms))
        steps = []
        for p in made:
            applied = min(date(p.year, 3, 1), today())
            p.status_on = applied if p.status == Project.APPLIED else min(date(p.year + 1, 6, 30), today())
            steps.append(StatusChange(project=p, status=Project.APPLIED, on=applied, note="示例数据", by=bureau))
            if p.status != Project.APPLIED:
                steps.append(StatusChange(project=p, status=p.status, on=p.status_on, note="示例数据", by=bureau))
        Project.objects.bulk_update(made, ["status_on"])
        StatusChange.objects.bulk_create(steps)
        index_store.touch(LIBRARY, region.pk)
        keyset.touch(Project)  # bulk_create sends no post_save: the list's count
    return len(made)
