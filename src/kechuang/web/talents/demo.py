"""The 人才库, 科技特派员 and 载体 demo of 灵寿县 (示例数据): about forty synthetic talents (ten 特派员 assigned to
listed villages, co-ops and demo enterprises, with service logs and a photo each for some), last year's
evaluations, a 特派员 login, and about twenty-five carriers. Made up, marked ``is_demo`` and named so (ID numbers
only the published test numbers of GB 11643 and python-stdnum); running it twice changes nothing."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction

from kechuang.web.accounts.models import Profile, Region, Role
from kechuang.web.clock import today
from kechuang.web.talents.models import ServiceLog, Talent, Village
from kechuang.web.talents.photos import Photo
from kechuang.web.talents.services import TalentInput, talent_create
from kechuang.web.talents.specialists import (
    AssignmentInput,
    LogInput,
    assignment_create,
    evaluation_save,
    log_create,
    villages_add,
)

REGION, SLUG = "灵寿县", "lingshou"
TEST_IDS = ("11010519491231002X", "360426199101010071")  # the standard's and python-stdnum's examples
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("建国", "春华", "志强", "秀英", "海燕", "明远", "立新", "晓东", "玉兰", "振华", "红梅", "文博")
FIELDS = (("果树栽培", "苹果矮化密植、病虫害绿色防控"), ("食用菌", "香菇大棚栽培与菌棒生产"),
          ("畜牧养殖", "肉牛标准化养殖与疫病防控"), ("中药材", "黄芩、柴胡规范化种植"),
          ("农产品加工", "果蔬干制与冷链保鲜"), ("新材料", "石墨烯导热膜与复合材料"),
          ("智能制造", "工业机器人集成与数控改造"), ("电子信息", "农业物联网与遥感监测"),
          ("生物医药", "兽用疫苗研发"), ("节能环保", "农村污水处理与秸秆资源化"))
UNITS = ("河北农业大学", "河北省农林科学院", "石家庄市农林科学研究院", "灵寿县农业农村局", "灵寿县林业局",
         "河北科技大学", "灵寿县畜牧技术推广站", "石家庄铁道大学")
TITLES = ("研究员", "副研究员", "教授", "副教授", "高级农艺师", "农艺师", "高级畜牧师", "高级工程师")
TOWNS = {"灵寿镇": ("西关村", "东关村", "北关村", "南关村"), "青同镇": ("青同村", "东庄村", "西庄村"),
         "塔上镇": ("塔上村", "上庄村", "下庄村"), "陈庄镇": ("陈庄村", "燕川村", "南营村"),
         "慈峪镇": ("慈峪村", "西河村", "东河村"), "狼窝乡": ("狼窝村", "前车村")}
COOPS = ("灵寿县绿源食用菌专业合作社(示例)", "灵寿县丰收果品专业合作社(示例)", "灵寿县山花中药材种植合作社(示例)")
SERVICES = (("guidance", "现场指导{f}关键技术,解答农户问题"), ("training", "举办{f}技术培训班,讲解操作规程"),
            ("variety", "引进{f}新品种,开展示范种植"), ("technology", "推广{f}新技术,建立示范点"))


def demo_photo(seed: int) -> bytes:
    """A small synthetic picture (coloured bands), a real PNG."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (320, 200), (rng.randint(60, 200), rng.randint(120, 220), rng.randint(60, 160)))
    draw = ImageDraw.Draw(image)
    for k in range(6):
        draw.rectangle((0, 120 + 14 * k, 320, 126 + 14 * k), fill=(90 + 20 * k, 140, 60))
    draw.ellipse((230, 20, 290, 80), fill=(250, 220, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _talents(bureau, region, now: date, rng: random.Random) -> list[Talent]:
    made = []
    for n in range(40):
        field, expertise = FIELDS[n % len(FIELDS)]
        categories = ["specialist"] if n < 10 else ["expert"] if n < 28 else ["high_level", "expert"] if n < 33 \
            else ["returnee"] if n < 37 else ["local"]
        if n in (2, 5):
            categories.append("expert")
        name = f"{SURNAMES[n % len(SURNAMES)]}{GIVEN[(n * 7) % len(GIVEN)]}(示例)"
        unit = UNITS[n % len(UNITS)] if "returnee" not in categories else f"{REGION}返乡创业企业{n}(示例)"
        entered = date(now.year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
        data = TalentInput(name=name, categories=categories, title=TITLES[n % len(TITLES)], affiliation=unit,
                           fields=[field], expertise=f"{expertise}(示例数据)", contact=f"1300000{n:04d}",
                           id_number=TEST_IDS[n] if n < len(TEST_IDS) else "",
                           gender="女" if n % 3 == 1 else "男", birth_year=1960 + n % 30,
                           entered_on=min(entered, now))
        made.append(talent_create(bureau, region, data, now, is_demo=True))
    return made


def _specialist_work(bureau, region, specialists: list[Talent], now: date, rng: random.Random) -> None:
    villages_add(bureau, region, "\n".join(f"{t} {v}" for t, names in TOWNS.items() for v in names))
    villages = list(Village.objects.filter(region=region).order_by("id"))
    firms = list(region.enterprises.filter(is_demo=True).order_by("id")[:3])
    start = date(now.year - 1, 3, 1)
    for k, talent in enumerate(specialists):
        if k < 7:
            target = AssignmentInput("village", village_id=villages[(k * 3) % len(villages)].pk, starts_on=start)
        elif k < 9:
            target = AssignmentInput("coop", target_name=COOPS[k - 7], town="青同镇", starts_on=start)
        else:
            firm = firms[0].pk if firms else None
            target = AssignmentInput("enterprise", enterprise_id=firm, target_name="" if firm else COOPS[2],
                                     starts_on=start)
        assignment = assignment_create(bureau, talent, target, now, is_demo=True)
        field = talent.field_list[0] if talent.field_list else "农业"
        for j in range(rng.randint(3, 7)):
            kind, text = SERVICES[(k + j) % len(SERVICES)]
            on = start + timedelta(days=rng.randint(0, (now - start).days))
            photos = [Photo(f"现场照片{j + 1}(示例).png", demo_photo(k * 10 + j))] if j == 0 else []
            log_create(bureau, LogInput(assignment.pk, on, assignment.target_name, kind, text.format(f=field) +
                                        "(示例数据)", rng.randint(0, 40) if kind == "training" else 0, photos),
                       now, is_demo=True)
        if ServiceLog.objects.filter(specialist=talent, on__year=now.year - 1).exists():
            evaluation_save(bureau, talent, now.year - 1, ("excellent", "pass", "pass")[k % 3], "(示例)考核意见", now)


def _login(password_hash: str, region: Region, talent: Talent) -> str:
    user, _ = get_user_model().objects.get_or_create(username=f"{SLUG}-tpy")
    user.first_name, user.password, user.is_active = talent.name[:30], password_hash, True
    user.save()
    Profile.objects.update_or_create(user=user, defaults={"role": Role.SPECIALIST, "region": region,
                                                          "talent": talent})
    return user.username


def demo_people(password_hash: str) -> list:
    """The demo of 灵寿县 (when the demo region and its bureau exist); the 科技特派员 login (``DemoLogin``)."""
    from kechuang.web.carriers.demo import demo_carriers
    from kechuang.web.demo import DemoLogin

    region = Region.objects.filter(name=REGION).first()
    bureau = get_user_model().objects.filter(username=f"{SLUG}-bureau").first()
    if region is None or bureau is None:
        return []
    now = today()
    with transaction.atomic():
        if not Talent.objects.filter(region=region, is_demo=True).exists():
            rng = random.Random(region.code)
            talents = _talents(bureau, region, now, rng)
            _specialist_work(bureau, region, talents[:10], now, rng)
        first = Talent.objects.filter(region=region, is_demo=True, categories__contains=",specialist,").first()
        username = _login(password_hash, region, first)
        demo_carriers(bureau, region, now)
    return [DemoLogin(username, "科技特派员", f"{region.name}(示例特派员)")]
