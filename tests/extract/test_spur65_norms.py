"""spur65: a bound after the modal 应 (应不低于, 应均不低于, 不应低于, 應不小于) states a norm a product, building or
facility shall meet, no target, when its sentence commits to nothing (targets/norms.py).

Dev documents of two provinces print it, and their gold reads none of these values:
  建筑光伏发电系统采用的单晶硅、多晶硅等光伏组件初始效率不应低于21%        (sh-lingang-gfxt2022, 临港新片区 2022,
                          www.shanghai.gov.cn/zhengce/detail/0058::d95c1369577e4beeb04801d9fb1996db)
  采用晶硅组件的应不低于18%,…太阳能保证率和集热器效率应均不低于50%        (sh-shanghai-xjjzkzs2023, 上海市 2023,
                          www.shanghai.gov.cn/zhengce/detail/0011::ee9b9350175a477991e84de5f523b7a2)
  萬人以上農村的鄉鎮中心幼兒園規模應不小于6個班,生均用地面積應不小于15㎡   (fj-fuzhou-xqjy2011, 福州 2011,
                          www.hxt111.com/wap/2011-07/08/content_5118343.htm)
A 应 bound in a sentence that commits (到2020年我國人均預期壽命應大于77.3歲: cn-quanguo-wstjgb2019; 整治的面积应不低于
年度计划任务量的60%: sh-jiading-wfyd2026, both dev gold) and a bound with no 应 stay read."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

FAMILY = [
    ("sh-lingang-gfxt2022", "为提高发电效率，充分利用太阳光资源，建筑光伏发电系统采用的单晶硅、多晶硅等光伏组件初始效率不应低于21%。",
     2022),
    ("sh-shanghai-xjjzkzs2023", "采用太阳能光伏系统的，初始发电效率要求为：采用晶硅组件的应不低于18%，采用薄膜组件的应不低于12%，"
     "采用透明幕墙薄膜组件的无初始发电效率要求。采用太阳能热水系统的，太阳能保证率和集热器效率应均不低于50%。", 2023),
    ("fj-fuzhou-xqjy2011", "萬人以上農村的鄉鎮中心幼兒園規模應不小于6個班,生均用地面積應不小于15㎡。", 2011),
]


def test_a_norm_gives_no_target():
    for name, text, plan_year in FAMILY:
        assert quoted(name, text), name  # verbatim, from its dev page
        assert _rows(text, plan_year) == [], name


def test_committed_bounds_stay_read():
    rows = _rows("《“十三五”衛生與健康規劃》提出,到2020年我國人均預期壽命應大于77.3歲,孕產婦死亡率應小于18/10萬,"
                 "嬰兒死亡率應小于7.5‰。", 2019)
    assert [r[2] for r in rows] == [77.3, 18, 7.5], rows
    rows = _rows("各街镇（管委会）以“拆除还地”和“清退没收”方式整治的面积应不低于年度计划任务量的60%。", 2026)
    assert [r[2] for r in rows] == [60], rows
    # the same bound with no 应: the plan's own commitment (国家机关办公建筑…面积比例不低于50% is another question)
    rows = _rows("到2025年，全市新建公共机构建筑屋顶光伏覆盖率不低于50%。", 2023)
    assert [r[2] for r in rows] == [50], rows
