"""spur65: the count of those a recognition names (此次认定的…等238家, …等387家企业入选, 决定选认…303名) reports a list
just published, no target (targets/recognitions.py).

Dev documents of three places print it, and their gold reads none of these counts:
  …公示了江西省2023年第二批拟入库科技型中小企业名单,我市…等387家企业入选。   (jx-nanchang-kjqypy2023, 南昌 2023,
                                                    toutiao.dailyss.com/toutiao/2023/0424/3510.html)
  此次認定的陜西昱琛航空設備股份有限公司、…等238家省級“專精特新”中小企業,都是行業中的佼佼者。
                                                    (sn-shaanxi-zjtx2022, 陕西 2022, www.446dt.com/jiaodian/2022/206562.html)
  …研究審定,決定選認第二批寧德市科技特派員303名,、縣鄉兩級科技特派員工作站站長140名(名單詳見附件)
                                                    (fj-ningde-kjtpy2023, 宁德 2023, 0477ly.com/newsdetail/news358125.html)
A recognition the plan commits to (三年内认定市级众创空间60家以上; 每年选拔认定2名…, dev gold) names no list published: it stays read, and so does the same page's goal (jx-nanchang-kjqypy2023's
科技型中小企业入库3000家)."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

FAMILY = [
    ("jx-nanchang-kjqypy2023", "南昌新闻网讯近日,江西省科学技术厅公示了江西省2023年第二批拟入库科技型中小企业名单,我市江西省天驰高速科技"
     "发展有限公司、江西水镜石科技有限公司、江西尤里卡企业咨询顾问有限公司等387家企业入选。", 2023),
    ("sn-shaanxi-zjtx2022", "此次認定的陜西昱琛航空設備股份有限公司、西安泰金工業電化學技術有限公司、西安鑫垚陶瓷復合材料有限公司等238家"
     "省級“專精特新”中小企業,都是行業中的佼佼者。", 2022),
    ("fj-ningde-kjtpy2023", "經(jīng)縣(市,、區(qū))科技主管部門推薦,、市科技特派員工作聯(lián)席會(huì)議研究審定,決定選認(rèn)"
     "第二批寧德市科技特派員303名,、縣鄉(xiāng)兩級(jí)科技特派員工作站站長(zhǎng)140名(名單詳見(jiàn)附件)。", 2023),
]


def test_a_recognition_count_gives_no_target():
    for name, text, plan_year in FAMILY:
        assert quoted(name, text.rstrip("。")), name  # verbatim, from its dev page
        assert _rows(text, plan_year) == [], name


def test_recognitions_committed_to_stay_read():
    assert [r[2] for r in _rows("三年内认定市级众创空间60家以上。", 2015)] == [60]
    assert [r[2] for r in _rows("每年选拔认定2名学术技术带头人。", 2023)] == [2]
    # a commitment before the count in its sentence keeps it (力争…等10家企业入选)
    assert [r[2] for r in _rows("力争全市新增宁德时代、上汽集团等10家企业入选省级制造业单项冠军。", 2023)] == [10]
