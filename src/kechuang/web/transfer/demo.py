"""The transfer libraries of the demo (示例数据), in 灵寿县: 80 synthetic achievements of universities, institutes
and firms, demands of the demo enterprises, and a few 对接 (one registered 技术合同 of last year feeding the
indicators). Every title carries (示例); running it twice changes nothing."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.transfer.dockings import DockingInput, docking_record
from kechuang.web.transfer.models import Achievement
from kechuang.web.transfer.services import AchievementInput, DemandInput, achievement_create, demand_create

REGION_CODE, SLUG = "130126", "lingshou"  # 灵寿县 (kechuang.web.demo.REGIONS)
HOLDERS = [("河北农业大学(示例)", "university"), ("河北科技大学(示例)", "university"),
           ("河北省农林科学院(示例)", "institute"), ("石家庄示例材料研究所(示例)", "institute"),
           ("河北示例装备制造有限公司(示例)", "enterprise"), ("张工(示例个人)", "person")]
# (topic, fields, what it does): two achievements each, a process and its equipment or application
TOPICS = [
    ("食用菌菌渣育苗基质制备", "农业、资源综合利用", "以食用菌菌渣为主料发酵制备蔬菜育苗基质"),
    ("香菇工厂化栽培", "农业", "香菇菌棒工厂化生产与出菇环境智能控制"),
    ("中药材黄芩规范化种植", "农业、生物医药", "黄芩良种选育与规范化种植、采收加工"),
    ("酸枣仁加工", "农业、生物医药", "酸枣去皮取仁与酸枣仁低温干燥"),
    ("苹果园病虫害绿色防控", "农业", "性诱剂与生物农药结合防控苹果园病虫害"),
    ("板栗采后保鲜", "农业、食品", "板栗气调贮藏与防霉保鲜"),
    ("小杂粮精深加工", "食品", "谷子、荞麦等小杂粮的营养米粉与挂面加工"),
    ("肉羊高效养殖", "农业", "肉羊全混合日粮配制与舍饲育肥"),
    ("畜禽粪污资源化", "农业、环境保护", "畜禽粪污好氧发酵制有机肥与沼液还田"),
    ("农村生活污水处理", "环境保护", "分散式农村生活污水一体化处理设备"),
    ("云母粉超细研磨", "新材料", "湿法研磨制备超细云母粉,用于涂料和塑料填充"),
    ("云母绝缘材料", "新材料、电子信息", "云母纸与云母板制备,用于电机与电池绝缘"),
    ("石材废料综合利用", "新材料、资源综合利用", "石材锯泥与边角料制备人造石和建材"),
    ("玄武岩纤维复合材料", "新材料", "玄武岩纤维增强复合材料的成型与应用"),
    ("高性能混凝土外加剂", "新材料", "聚羧酸减水剂合成与复配"),
    ("光伏组件清洗机器人", "智能制造、新能源", "光伏电站组件自动清洗与巡检机器人"),
    ("分布式光伏运维", "新能源", "分布式光伏电站发电量预测与故障诊断"),
    ("农机智能导航", "智能制造、农业", "拖拉机北斗自动导航与作业监测"),
    ("工业机器人焊接", "智能制造", "机器人焊缝跟踪与焊接工艺参数优化"),
    ("机械零件激光熔覆修复", "智能制造、新材料", "磨损零件激光熔覆再制造"),
    ("设备振动监测", "电子信息、智能制造", "旋转设备振动在线监测与故障预警"),
    ("冷链物流温度监控", "电子信息", "冷链运输全程温湿度监控与追溯"),
    ("农产品质量追溯", "电子信息、农业", "农产品生产加工全过程二维码追溯"),
    ("乡村旅游数字化", "电子信息、文化旅游", "景区客流监测与智慧导览"),
    ("节水灌溉", "农业、水利", "果园水肥一体化滴灌与土壤墒情监测"),
    ("秸秆饲料化", "农业、资源综合利用", "玉米秸秆青贮与微生物发酵饲料"),
    ("生物有机肥", "农业", "功能微生物菌剂与生物有机肥生产"),
    ("食品冻干", "食品", "果蔬真空冷冻干燥工艺与装备"),
    ("中药饮片炮制", "生物医药", "中药饮片标准化炮制与质量控制"),
    ("医用防护材料", "生物医药、新材料", "熔喷非织造布驻极与医用防护材料"),
    ("锂电池正极材料回收", "新能源、资源综合利用", "废旧锂电池正极材料湿法回收"),
    ("生物质颗粒燃料", "新能源", "农林废弃物制生物质成型燃料与清洁炉具"),
    ("建筑垃圾再生骨料", "资源综合利用", "建筑垃圾破碎分选制再生骨料"),
    ("危废焚烧烟气净化", "环境保护", "焚烧烟气脱酸除尘与二噁英控制"),
    ("挥发性有机物治理", "环境保护", "工业VOCs吸附浓缩与催化燃烧"),
    ("水产循环水养殖", "农业", "工厂化循环水养殖水处理系统"),
    ("蔬菜穴盘育苗", "农业", "蔬菜穴盘育苗播种流水线与环境控制"),
    ("葡萄酒酿造", "食品", "干红葡萄酒低温发酵与陈酿工艺"),
    ("蜂产品加工", "食品、农业", "蜂蜜低温浓缩与蜂胶提取"),
    ("森林防火监测", "电子信息、林业", "林区视频烟火识别与预警"),
]
VARIANTS = [("技术", "工艺路线成熟,已在合作企业完成中试验证。", 6),
            ("装备及应用", "已形成成套装备并在多家单位应用。", 8)]
DEMANDS = [  # title, problem, fields, budget (万元), the least maturity wanted
    ("(示例)食用菌菌渣高值化利用",
     "每年产生菌渣约 2 万吨,堆放占地且有异味,希望找到制备育苗基质或有机肥的低成本工艺。", "农业、资源综合利用",
     "50", 6),
    ("(示例)云母粉产品升级",
     "现有云母粉粒径粗、附加值低,需要超细研磨与表面改性技术,用于高端涂料。", "新材料", "120", 6),
    ("(示例)焊接工位自动化改造",
     "人工焊接质量不稳定,需要机器人焊接与焊缝跟踪方案,适应多品种小批量。", "智能制造", "80", 7),
    ("(示例)板栗贮藏期霉变", "板栗贮藏三个月后霉变率高,需要保鲜技术和小型气调库方案。", "农业、食品", "30", 7),
    ("(示例)车间设备故障预警",
     "空压机、风机等设备突发故障影响生产,需要振动在线监测与预警系统。", "电子信息", "40", 7),
    ("(示例)石材锯泥处理", "石材加工锯泥量大,需要制备建材或人造石的综合利用技术。", "新材料、资源综合利用", "100", 5),
]


def _achievements(bureau, region: Region) -> list[Achievement]:
    made = []
    for i, (topic, fields, what) in enumerate(TOPICS):
        for j, (suffix, state, maturity) in enumerate(VARIANTS):
            holder, kind = HOLDERS[(i + j) % len(HOLDERS)]
            made.append(achievement_create(bureau, region, AchievementInput(
                title=f"{topic}{suffix}(示例)", holder=holder, holder_kind=kind,
                summary=f"(示例数据){what}。{state}", fields=fields, maturity=maturity - (i % 3),
                ip=f"ZL2024{10000 + i:05d}{j}.X(示例)" if kind != "person" else "",
                modes=["license", "joint"] if j == 0 else ["assign"], price=str(10 + (i * 7 + j * 13) % 90)),
                is_demo=True))
    return made


def demo_transfer() -> None:
    """Create the demo libraries once (after the registry's and the vouchers' demo enterprises)."""
    region = Region.objects.filter(code=REGION_CODE).first()
    bureau = get_user_model().objects.filter(username=f"{SLUG}-bureau").first()
    if region is None or bureau is None or Achievement.objects.filter(region=region, is_demo=True).exists():
        return
    firms = list(Enterprise.objects.filter(region=region, is_demo=True).order_by("id")[:3])
    with transaction.atomic():
        achievements = _achievements(bureau, region)
        if not firms:
            return
        demands = [demand_create(bureau, DemandInput(title=t, problem=p, fields=f, budget=b, maturity=m,
                                                     contact="(示例)联系人 0311-0000000",
                                                     enterprise_id=firms[i % len(firms)].pk), is_demo=True)
                   for i, (t, p, f, b, m) in enumerate(DEMANDS)]
        last_year = date(today().year - 1, 9, 20)
        docking_record(bureau, demands[0], DockingInput(
            achievement_id=achievements[0].pk, held_on=last_year, form="meeting", outcome="contract",
            contract_no="(示例)130126-2025-0031", contract_amount="28", signed_on=last_year, registered="1",
            note="(示例数据)县科技成果对接会上签约"), is_demo=True)
        docking_record(bureau, demands[1], DockingInput(
            achievement_id=achievements[20].pk, held_on=today(), form="onsite", outcome="intent",
            note="(示例数据)到企业现场考察,达成合作意向"), is_demo=True)
        docking_record(bureau, demands[2], DockingInput(
            partner_kind="expert", partner_name="(示例)李教授", held_on=today(), form="online", outcome="none",
            note="(示例数据)线上交流,企业预算不足,暂未合作"), is_demo=True)
