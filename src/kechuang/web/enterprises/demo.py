"""Demo enterprises (示例数据): a few dozen synthetic firms per demo county with three years of figures, IP, some
in the 高企 reserve at every stage (one certificate about to expire), and a 企业用户 login. Made up; marked
``is_demo`` and named so; running it twice changes nothing."""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction
from stdnum.cn import uscc

from kechuang.web.accounts.models import Profile, Region, Role
from kechuang.web.clock import today
from kechuang.web.enterprises.models import Enterprise, IPHolding
from kechuang.web.enterprises.reserve import MoveInput, reserve_enter, reserve_move
from kechuang.web.enterprises.services import EnterpriseInput, enterprise_create, figures_save

COUNTIES = {"灵寿县": "lingshou", "金塔县": "jinta"}
PER_COUNTY = 24
_WORDS = ("华创", "恒信", "智联", "瑞丰", "博远", "新元", "鼎泰", "中科", "远航", "康达", "金石", "天成")
_TRADES = (("电子科技", "C3982", "电子信息"), ("新材料", "C2651", "新材料"), ("生物科技", "C2761", "生物与新医药"),
           ("智能装备", "C3491", "先进制造与自动化"), ("软件", "I6513", "电子信息"),
           ("农业科技", "A0141", "高技术服务"))


def _code(region_code: str, n: int) -> str:
    base = f"91{region_code}MA0D{n:05d}"[:17]
    return base + uscc.calc_check_digit(base)


def _figures(rng: random.Random, strength: float) -> list[dict]:
    sales = rng.uniform(800, 9000)
    staff = rng.randint(25, 260)
    rows = []
    for _ in range(3):
        rows.append({"employees": staff, "tech_staff": round(staff * rng.uniform(0.06, 0.3) * strength),
                     "sales_revenue": round(sales, 1), "total_revenue": round(sales * 1.05, 1),
                     "rd_expense": round(sales * rng.uniform(0.015, 0.07) * strength, 1),
                     "rd_expense_domestic": None, "hitech_revenue": round(sales * rng.uniform(0.4, 0.9), 1),
                     "net_assets": round(sales * 0.6, 1), "total_assets": round(sales * 1.3, 1),
                     "cost_total": round(sales * 0.85, 1)})
        rows[-1]["rd_expense_domestic"] = round(rows[-1]["rd_expense"] * 0.95, 1)
        rows[-1]["tech_staff"] = min(rows[-1]["tech_staff"], staff)
        sales *= rng.uniform(1.02, 1.3)
        staff = int(staff * rng.uniform(1.0, 1.15))
    return rows


def _county(region: Region, slug: str, password_hash: str, bureau) -> str | None:
    """Create the county's demo firms (once); the 企业用户's login name."""
    if Enterprise.objects.filter(region=region, is_demo=True).exists():
        return f"{slug}-ent"
    rng = random.Random(region.code)  # the same firms on every machine
    now = today()
    firms = []
    for n in range(PER_COUNTY):
        word, (trade, industry, field) = _WORDS[n % len(_WORDS)], _TRADES[n % len(_TRADES)]
        name = f"{region.name}{word}{trade}有限公司(示例)" if n < len(_WORDS) else \
            f"{region.name}{word}{trade}{n}有限公司(示例)"
        data = EnterpriseInput(name=name, uscc=_code(region.code, n + 1), industry_code=industry, tech_field=field,
                               size=rng.choice(["micro", "small", "small", "medium"]),
                               registered_on=date(rng.randint(2008, now.year - 2), rng.randint(1, 12), 1),
                               contact_name="联系人(示例)")
        firm = enterprise_create(bureau, region, data, now, is_demo=True).enterprise
        for k, values in enumerate(_figures(rng, 1.4 if n % 3 == 0 else 0.8)):
            figures_save(bureau, firm, now.year - 3 + k, values, source="demo")
        for j in range(rng.randint(0, 4)):
            kind = ("I", "发明专利") if (n + j) % 4 == 0 else ("II", "实用新型专利")
            IPHolding.objects.create(enterprise=firm, ip_class=kind[0], category=kind[1],
                                     number=f"ZL{now.year - 2}{n:04d}{j:03d}(示例)", title=f"{trade}相关技术(示例)",
                                     granted_on=date(now.year - 2, 1 + j, 10))
        firms.append(firm)
    _reserve(bureau, firms, now)
    user = _demo_user(f"{slug}-ent", password_hash, region, firms[0])
    return user.username


def _reserve(bureau, firms, now: date) -> None:
    """Six firms in the reserve: 入库, 培育, 申报, 未通过, and two 认定 (one expiring within 90 days)."""
    start = now - timedelta(days=3 * 365 + 60)
    plans = [[], ["cultivating"], ["cultivating", "applied"], ["applied", "failed"],
             ["cultivating", "applied", "certified"], ["applied", "certified"]]
    for k, (firm, steps) in enumerate(zip(firms[:6], plans, strict=True)):
        # the last one certified 3 years less 40 days ago: its certificate expires within the 90-day notice
        entered = start + timedelta(days=120 * k) if k < 5 else now - timedelta(days=3 * 365 + 200 - 40)
        entry = reserve_enter(bureau, firm, entered, via="check" if k % 2 else "bureau", note="示例数据")
        on = entered
        for stage in steps:
            on = on + timedelta(days=100)
            entry = reserve_move(bureau, entry, MoveInput(stage, on, f"GR{on.year}000{k}(示例)" if stage == "certified"
                                                          else "", "示例数据"), now)


def _demo_user(username: str, password_hash: str, region: Region, enterprise: Enterprise):
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.password, user.is_active = "企业填报员(示例)", password_hash, True
    user.save()
    Profile.objects.update_or_create(user=user, defaults={"role": Role.ENTERPRISE, "region": region,
                                                          "enterprise": enterprise})
    return user


def demo_enterprises(password_hash: str) -> list:
    """The demo firms of the demo counties present; the 企业用户 logins (``DemoLogin``)."""
    from django.contrib.auth import get_user_model

    from kechuang.web.demo import DemoLogin

    logins = []
    for name, slug in COUNTIES.items():
        region = Region.objects.filter(name=name).first()
        bureau = get_user_model().objects.filter(username=f"{slug}-bureau").first()
        if region is None or bureau is None:
            continue
        with transaction.atomic():
            username = _county(region, slug, password_hash, bureau)
        logins.append(DemoLogin(username, "企业用户", f"{region.name}(示例企业)"))
    return logins
