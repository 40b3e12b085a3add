"""About twenty-five synthetic carriers of 灵寿县 (示例数据) at every level, some hosted by the demo enterprises,
one revoked, evaluations for last year. Running it twice changes nothing."""

from __future__ import annotations

from datetime import date

from kechuang.web.carriers.models import Carrier
from kechuang.web.carriers.services import CarrierInput, carrier_create, evaluation_save

# (name, kind, level, years before this one)
REVOKED = 11
CARRIERS = [
    ("食用菌工程技术研究中心", "engineering_centre", "provincial", 4),
    ("果品重点实验室", "key_lab", "municipal", 3),
    ("石墨烯材料企业技术中心", "enterprise_centre", "provincial", 2),
    ("科技企业孵化器", "incubator", "provincial", 5),
    ("创客之家众创空间", "makerspace", "municipal", 3),
    ("青同星创天地", "star_space", "national", 4),
    ("院士工作站", "academician", "provincial", 2),
    ("智能装备新型研发机构", "new_rd", "municipal", 1),
    ("中药材工程技术研究中心", "engineering_centre", "municipal", 2),
    ("农业科技园区", "agri_park", "provincial", 6),
    ("电子信息企业技术中心", "enterprise_centre", "municipal", 1),
    ("技术转移工作站", "transfer", "county", 3),
    ("农产品加工重点实验室", "key_lab", "provincial", 3),
    ("返乡创业孵化基地", "incubator", "county", 2),
    ("塔上星创天地", "star_space", "provincial", 3),
    ("大学生众创空间", "makerspace", "county", 1),
    ("畜牧工程技术研究中心", "engineering_centre", "county", 2),
    ("新材料技术创新中心", "innovation_centre", "provincial", 1),
    ("国家级食用菌星创天地", "star_space", "national", 2),
    ("生物医药企业技术中心", "enterprise_centre", "national", 3),
    ("节能环保工程技术研究中心", "engineering_centre", "provincial", 4),
    ("慈峪众创空间", "makerspace", "municipal", 2),
    ("陈庄星创天地", "star_space", "municipal", 1),
    ("智能制造孵化器", "incubator", "municipal", 3),
    ("中药材院士工作站", "academician", "municipal", 2),
]


def demo_carriers(bureau, region, now: date) -> None:
    if Carrier.objects.filter(region=region, is_demo=True).exists():
        return
    firms = list(region.enterprises.filter(is_demo=True).order_by("id"))
    for n, (name, kind, level, back) in enumerate(CARRIERS):
        firm = firms[n % len(firms)] if firms and kind in ("enterprise_centre", "new_rd", "academician") else None
        revoked = n == REVOKED  # revoked last June: counted until then
        carrier = carrier_create(bureau, region, CarrierInput(
            name=f"{region.name}{name}(示例)", kind=kind, level=level, host_enterprise_id=firm.pk if firm else None,
            host_name="" if firm else f"{region.name}科学技术局", recognised_on=date(now.year - back, 3 + n % 9, 10),
            document_no=f"示例〔{now.year - back}〕{n + 1}号", status="revoked" if revoked else "active",
            revoked_on=date(now.year - 1, 6, 30) if revoked else None, note="示例数据"), now, is_demo=True)
        if back >= 2:
            evaluation_save(bureau, carrier, now.year - 1, ("excellent", "good", "pass")[n % 3], "示例数据", now)
